"""Request and response models of DescribeVodDomainHitRateData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DataModuleItem",
    "DescribeVodDomainHitRateDataRequest",
    "DescribeVodDomainHitRateDataResponse",
    "HitRateInterval",
]


class DescribeVodDomainHitRateDataRequest(_p.Request):
    """Parameters of DescribeVodDomainHitRateData, checked against the spec's limits when created."""

    domain_name: str | None = _p.param("DomainName", default=None)
    """要查询的加速域名。

    - 不传入该参数，则默认返回所有加速域名的合并数据。
    - 支持批量查询，多个域名之间用半角逗号（,）分隔，一次最多支持500个域名查询。
    - 您可以登录[视频点播控制台](https://vod.console.aliyun.com)，从左侧导航选择**配置管理 > 分发加速配置 >
    域名管理**，查看您已接入到视频点播的加速域名，或者调用[DescribeVodUserDomains](~~DescribeVodUserDomains~~)接口查询加速域名列表。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据起始时间点。 日期格式按照 ISO8601 表示法，并使用 UTC 时间，格式为 yyyy-MM-ddTHH:mm:ssZ。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据的结束时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为：yyyy-MM-ddTHH:mm:ssZ。 > 结束时间需大于起始时间。
    """
    interval: str | None = _p.param("Interval", default=None)
    """设置查询数据的时间粒度。单位：秒。取值：**300**、**3600**和**86400**。不传和传的值不支持时，使用默认值。根据您指定的`StartTime`和`EndTime`的时间跨度，支持设置的时间粒度如下：

    - 3天以内（不包含3天整）支持：**300**（默认）、**3600**、**86400**。
    - 3-31天（不包含31天整）支持：**3600**（默认）和**86400**。
    - 31天以上支持：**86400**（默认）。
    """


class DescribeVodDomainHitRateDataResponse(_m.Model):
    """返回结果。"""

    end_time: datetime | None = _m.wire("EndTime")
    """数据的结束时间点。"""
    start_time: datetime | None = _m.wire("StartTime")
    """数据的起始时间点。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    domain_name: str | None = _m.wire("DomainName")
    """加速域名。"""
    data_interval: str | None = _m.wire("DataInterval")
    """每条数据的时间间隔，即数据的时间粒度。单位：秒。"""
    hit_rate_interval: HitRateInterval | None = _m.wire("HitRateInterval")


class HitRateInterval(_m.Model):
    """A model of the response."""

    data_module: list[DataModuleItem] | None = _m.wire("DataModule")
    """每个时间间隔的字节命中率数据列表。"""


class DataModuleItem(_m.Model):
    """A model of the response."""

    value: str | None = _m.wire("Value")
    """总字节命中率。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳。日期格式按照ISO8601表示法，并使用UTC时间。"""
    https_value: str | None = _m.wire("HttpsValue")
    """HTTPS字节命中率。"""


OPERATION = OperationInfo(
    "DescribeVodDomainHitRateData",
    DescribeVodDomainHitRateDataRequest,
    DescribeVodDomainHitRateDataResponse,
    read_only=True,
    idempotent=True,
)
