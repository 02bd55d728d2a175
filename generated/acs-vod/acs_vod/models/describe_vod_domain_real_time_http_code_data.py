"""Request and response models of DescribeVodDomainRealTimeHttpCodeData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodDomainRealTimeHttpCodeDataRequest",
    "DescribeVodDomainRealTimeHttpCodeDataResponse",
    "RealTimeCodeProportionDataItem",
    "RealTimeHttpCodeData",
    "UsageDataItem",
    "Value",
]


class DescribeVodDomainRealTimeHttpCodeDataRequest(_p.Request):
    """Parameters of DescribeVodDomainRealTimeHttpCodeData, checked against the spec's limits when created."""

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


class DescribeVodDomainRealTimeHttpCodeDataResponse(_m.Model):
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
    """每条数据的时间间隔，单位：秒。

    根据单次查询的时间跨度不同，该参数固定返回60（1分钟）、300（5分钟）或3600（1小时），具体请参见**接口说明**中的**返回数据时间粒度**。
    """
    real_time_http_code_data: RealTimeHttpCodeData | None = _m.wire(
        "RealTimeHttpCodeData"
    )


class RealTimeHttpCodeData(_m.Model):
    """A model of the response."""

    usage_data: list[UsageDataItem] | None = _m.wire("UsageData")
    """每个时间间隔的HTTP状态码占比数据。"""


class UsageDataItem(_m.Model):
    """A model of the response."""

    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳。日期格式按照ISO8601表示法，并使用UTC时间。"""
    value: Value | None = _m.wire("Value")


class Value(_m.Model):
    """A model of the response."""

    real_time_code_proportion_data: list[RealTimeCodeProportionDataItem] | None = (
        _m.wire("RealTimeCodeProportionData")
    )
    """各状态码占比使用数据列表。"""


class RealTimeCodeProportionDataItem(_m.Model):
    """A model of the response."""

    code: str | None = _m.wire("Code")
    """HTTP状态码。"""
    proportion: str | None = _m.wire("Proportion")
    """该HTTP状态码的占比（百分比数据）。"""
    count: str | None = _m.wire("Count")
    """该HTTP状态码的总数。"""


OPERATION = OperationInfo(
    "DescribeVodDomainRealTimeHttpCodeData",
    DescribeVodDomainRealTimeHttpCodeDataRequest,
    DescribeVodDomainRealTimeHttpCodeDataResponse,
    read_only=True,
    idempotent=True,
)
