"""Request and response models of DescribeVodDomainRealTimeByteHitRateData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ByteHitRateDataModelItem",
    "Data",
    "DescribeVodDomainRealTimeByteHitRateDataRequest",
    "DescribeVodDomainRealTimeByteHitRateDataResponse",
]


class DescribeVodDomainRealTimeByteHitRateDataRequest(_p.Request):
    """Parameters of DescribeVodDomainRealTimeByteHitRateData, checked against the spec's limits when created."""

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


class DescribeVodDomainRealTimeByteHitRateDataResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    data: Data | None = _m.wire("Data")


class Data(_m.Model):
    """A model of the response."""

    byte_hit_rate_data_model: list[ByteHitRateDataModelItem] | None = _m.wire(
        "ByteHitRateDataModel"
    )
    """返回数据详情。"""


class ByteHitRateDataModelItem(_m.Model):
    """A model of the response."""

    byte_hit_rate: float | None = _m.wire("ByteHitRate")
    """字节命中率（百分比数据）。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳，日期格式按照ISO8601表示法，并使用UTC时间。"""


OPERATION = OperationInfo(
    "DescribeVodDomainRealTimeByteHitRateData",
    DescribeVodDomainRealTimeByteHitRateDataRequest,
    DescribeVodDomainRealTimeByteHitRateDataResponse,
    method="GET",
    read_only=True,
    idempotent=True,
)
