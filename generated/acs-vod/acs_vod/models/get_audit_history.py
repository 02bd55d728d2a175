"""Request and response models of GetAuditHistory."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = ["GetAuditHistoryRequest", "GetAuditHistoryResponse", "HistoriesItem"]


class GetAuditHistoryRequest(_p.Request):
    """Parameters of GetAuditHistory, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """视频ID。"""
    page_no: int | None = _p.param("PageNo", default=None)
    """页号。默认值为**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """分页大小，每页显示条数。默认值为**10**，最大值为**100**。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """结果排序。取值范围：

    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。
    """


class GetAuditHistoryResponse(_m.Model):
    """A model of the response."""

    status: str | None = _m.wire("Status")
    """本次审核结果。表示当前人工审核的结果，取值范围：
    - **Normal**：正常。
    - **Blocked**：屏蔽。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    total: int | None = _m.wire("Total")
    """审核历史记录总条数。"""
    histories: list[HistoriesItem] | None = _m.wire("Histories")
    """审核历史记录列表。"""


class HistoriesItem(_m.Model):
    """A model of the response."""

    status: str | None = _m.wire("Status")
    """本次审核结果。取值范围：
    - **Normal**（正常）
    - **Blocked**（屏蔽）
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """记录创建的时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    comment: str | None = _m.wire("Comment")
    """审核详情，审核员给出的具体评价。"""
    reason: str | None = _m.wire("Reason")
    """审核不通过理由。若审核结果为不通过，需给出不通过的理由。"""
    auditor: str | None = _m.wire("Auditor")
    """审核员。"""


OPERATION = OperationInfo(
    "GetAuditHistory",
    GetAuditHistoryRequest,
    GetAuditHistoryResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("histories",),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
