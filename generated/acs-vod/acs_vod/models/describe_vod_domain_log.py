"""Request and response models of DescribeVodDomainLog."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "DescribeVodDomainLogRequest",
    "DescribeVodDomainLogResponse",
    "DomainLogDetailItem",
    "DomainLogDetails",
    "LogInfoDetailItem",
    "LogInfos",
    "PageInfos",
]


class DescribeVodDomainLogRequest(_p.Request):
    """Parameters of DescribeVodDomainLog, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """域名。 > 仅支持单个查询。"""
    page_size: int | None = _p.param("PageSize", default=None, minimum=1, maximum=1000)
    """分页大小，每页显示条数。
    - 默认值：**300**
    - 最大值：**1000**
    """
    page_number: int | None = _p.param("PageNumber", default=None, minimum=1)
    """页码。默认值为**1**。"""
    start_time: str | None = _p.param("StartTime", default=None)
    """获取日志起始时间点。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """结束时间，需晚于起始时间。起止时间和结束时间，间隔不超过一年。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""


class DescribeVodDomainLogResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    domain_log_details: DomainLogDetails | None = _m.wire("DomainLogDetails")


class DomainLogDetails(_m.Model):
    """A model of the response."""

    domain_log_detail: list[DomainLogDetailItem] | None = _m.wire("DomainLogDetail")
    """CDN日志详细数据。"""


class DomainLogDetailItem(_m.Model):
    """CDN日志详情。"""

    log_count: int | None = _m.wire("LogCount")
    """本页返回的总条数。"""
    domain_name: str | None = _m.wire("DomainName")
    """域名。"""
    log_infos: LogInfos | None = _m.wire("LogInfos")
    page_infos: PageInfos | None = _m.wire("PageInfos")
    """CDN日志翻页信息。"""


class LogInfos(_m.Model):
    """A model of the response."""

    log_info_detail: list[LogInfoDetailItem] | None = _m.wire("LogInfoDetail")
    """CDN日志详细信息。"""


class LogInfoDetailItem(_m.Model):
    """CDN日志详情。"""

    end_time: datetime | None = _m.wire("EndTime")
    """结束时间。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    log_size: int | None = _m.wire("LogSize")
    """日志大小。"""
    start_time: datetime | None = _m.wire("StartTime")
    """开始时间。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    log_name: str | None = _m.wire("LogName")
    """日志名称。"""
    log_path: str | None = _m.wire("LogPath")
    """日志路径。"""


class PageInfos(_m.Model):
    """CDN日志翻页信息。"""

    page_number: int | None = _m.wire("PageNumber")
    """返回数据的页码。"""
    page_size: int | None = _m.wire("PageSize")
    """整页大小。"""
    total: int | None = _m.wire("Total")
    """总条数。"""


OPERATION = OperationInfo(
    "DescribeVodDomainLog",
    DescribeVodDomainLogRequest,
    DescribeVodDomainLogResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("domain_log_details", "domain_log_detail"),
        page="page_number",
        page_size="page_size",
    ),
)
