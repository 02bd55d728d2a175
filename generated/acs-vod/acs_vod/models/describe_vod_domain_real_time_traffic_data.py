"""Request and response models of DescribeVodDomainRealTimeTrafficData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DataModuleItem",
    "DescribeVodDomainRealTimeTrafficDataRequest",
    "DescribeVodDomainRealTimeTrafficDataResponse",
    "RealTimeTrafficDataPerInterval",
]


class DescribeVodDomainRealTimeTrafficDataRequest(_p.Request):
    """Parameters of DescribeVodDomainRealTimeTrafficData, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """要查询的加速域名。
    - 多个域名用半角逗号（,）分隔，一次最多支持100个域名查询。
    - 查询多个域名时，返回的数据为各域名合并后的数据值。
    - 您可以登录[视频点播控制台](https://vod.console.aliyun.com)，从左侧导航选择**配置管理 > 分发加速配置 >
    域名管理**，查看您已接入到视频点播的加速域名，或者调用[DescribeVodUserDomains](~~DescribeVodUserDomains~~)接口查询加速域名列表。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据的起始时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为：yyyy-MM-ddTHH:mm:ssZ。
    """
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据的结束时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为：yyyy-MM-ddTHH:mm:ssZ。 > 结束时间需大于起始时间。
    """
    isp_name_en: str | None = _p.param("IspNameEn", default=None)
    """运营商英文名。不传该参数默认查询所有运营商。"""
    location_name_en: str | None = _p.param("LocationNameEn", default=None)
    """地域英文名。不传该参数默认查询所有地域。"""


class DescribeVodDomainRealTimeTrafficDataResponse(_m.Model):
    """A model of the response."""

    end_time: datetime | None = _m.wire("EndTime")
    """数据的结束时间点。"""
    start_time: datetime | None = _m.wire("StartTime")
    """数据的起始时间点。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    domain_name: str | None = _m.wire("DomainName")
    """加速域名。"""
    data_interval: str | None = _m.wire("DataInterval")
    """每条数据的时间间隔，即数据的时间粒度，单位：秒。

    根据单次查询的时间跨度不同，该参数固定返回60（1分钟）、300（5分钟）或3600（1小时），具体请参见**接口说明**中的**返回数据时间粒度**。
    """
    real_time_traffic_data_per_interval: RealTimeTrafficDataPerInterval | None = (
        _m.wire("RealTimeTrafficDataPerInterval")
    )


class RealTimeTrafficDataPerInterval(_m.Model):
    """A model of the response."""

    data_module: list[DataModuleItem] | None = _m.wire("DataModule")
    """每个时间间隔的流量数据详情。"""


class DataModuleItem(_m.Model):
    """A model of the response."""

    value: str | None = _m.wire("Value")
    """流量数据，单位：Byte。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳。日期格式按照ISO8601表示法，并使用UTC时间。"""


OPERATION = OperationInfo(
    "DescribeVodDomainRealTimeTrafficData",
    DescribeVodDomainRealTimeTrafficDataRequest,
    DescribeVodDomainRealTimeTrafficDataResponse,
    read_only=True,
    idempotent=True,
)
