"""Request and response models of DescribeVodDomainBpsDataByLayer."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "BpsDataInterval",
    "DataModuleItem",
    "DescribeVodDomainBpsDataByLayerRequest",
    "DescribeVodDomainBpsDataByLayerResponse",
]


class DescribeVodDomainBpsDataByLayerRequest(_p.Request):
    """Parameters of DescribeVodDomainBpsDataByLayer, checked against the spec's limits when created."""

    domain_name: str | None = _p.param("DomainName", default=None)
    """要查询的加速域名。

    - 不传入该参数，则默认返回所有加速域名的合并数据。
    - 支持批量查询，多个域名之间用半角逗号（,）分隔，一次最多支持500个域名查询。
    - 您可以登录[视频点播控制台](https://vod.console.aliyun.com)，从左侧导航选择**配置管理 > 分发加速配置 >
    域名管理**，查看您已接入到视频点播的加速域名，或者调用[DescribeVodUserDomains](~~DescribeVodUserDomains~~)接口查询加速域名列表。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据的起始时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为yyyy-MM-ddTHH:mm:ssZ。
    """
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据的结束时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为yyyy-MM-ddTHH:mm:ssZ。 > 结束时间需大于起始时间。
    """
    interval: str | None = _p.param("Interval", default=None)
    """设置查询数据的时间粒度。单位：秒。取值：**300**、**3600**和**86400**。不传和传的值不支持时，使用默认值。根据您指定的`StartTime`和`EndTime`的时间跨度，支持设置的时间粒度如下：

    - 3天以内（不包含3天整）支持：**300**（默认）、**3600**、**86400**。
    - 3-31天（不包含31天整）支持：**3600**（默认）和**86400**。
    - 31天以上支持：**86400**（默认）。
    """
    isp_name_en: str | None = _p.param("IspNameEn", default=None)
    """运营商英文名。不传入该参数，默认查询所有运营商。"""
    location_name_en: str | None = _p.param("LocationNameEn", default=None)
    """地域英文名。不传入该参数，默认查询所有地域。"""
    layer: str | None = _p.param("Layer", default=None)
    """协议类型。可按网络层或应用层的维度指定查询的协议类型。

    默认取值：
    - all：包含网络层和应用层

    网络层取值：
    - IPv4
    - IPv6

    应用层取值：
    - http
    - https
    - quic
    """


class DescribeVodDomainBpsDataByLayerResponse(_m.Model):
    """A model of the response."""

    data_interval: int | None = _m.wire("DataInterval")
    """每条记录的时间间隔，即数据的时间粒度。单位：秒。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    bps_data_interval: BpsDataInterval | None = _m.wire("BpsDataInterval")


class BpsDataInterval(_m.Model):
    """A model of the response."""

    data_module: list[DataModuleItem] | None = _m.wire("DataModule")
    """每个时间间隔的每秒访问次数Bps数据列表。"""


class DataModuleItem(_m.Model):
    """A model of the response."""

    value: float | None = _m.wire("Value")
    """峰值带宽，单位：bps。"""
    traffic_value: int | None = _m.wire("TrafficValue")
    """总流量，单位：字节。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳。日期格式按照ISO8601表示法，并使用UTC时间。"""


OPERATION = OperationInfo(
    "DescribeVodDomainBpsDataByLayer",
    DescribeVodDomainBpsDataByLayerRequest,
    DescribeVodDomainBpsDataByLayerResponse,
    read_only=True,
    idempotent=True,
)
