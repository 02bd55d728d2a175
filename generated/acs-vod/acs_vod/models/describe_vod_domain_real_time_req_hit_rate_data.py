"""Request and response models of DescribeVodDomainRealTimeReqHitRateData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "Data",
    "DescribeVodDomainRealTimeReqHitRateDataRequest",
    "DescribeVodDomainRealTimeReqHitRateDataResponse",
    "ReqHitRateDataModelItem",
]


class DescribeVodDomainRealTimeReqHitRateDataRequest(_p.Request):
    """Parameters of DescribeVodDomainRealTimeReqHitRateData, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """加速域名，多个域名用半角逗号（,）分隔，一次最多支持100个域名查询。查询多个域名时，返回的数据为各域名合并后的数据值。"""
    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据的起始时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为：yyyy-MM-ddTHH:mm:ssZ。
    """
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据的结束时间点。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为：yyyy-MM-ddTHH:mm:ssZ。 > 结束时间需大于起始时间。
    """


class DescribeVodDomainRealTimeReqHitRateDataResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    data: Data | None = _m.wire("Data")


class Data(_m.Model):
    """A model of the response."""

    req_hit_rate_data_model: list[ReqHitRateDataModelItem] | None = _m.wire(
        "ReqHitRateDataModel"
    )
    """返回数据详情。"""


class ReqHitRateDataModelItem(_m.Model):
    """A model of the response."""

    req_hit_rate: float | None = _m.wire("ReqHitRate")
    """请求命中率（百分比数据）。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间戳，日期格式按照ISO8601表示法，并使用UTC时间。"""


OPERATION = OperationInfo(
    "DescribeVodDomainRealTimeReqHitRateData",
    DescribeVodDomainRealTimeReqHitRateDataRequest,
    DescribeVodDomainRealTimeReqHitRateDataResponse,
    method="GET",
    read_only=True,
    idempotent=True,
)
