"""Request and response models of ListAppInfo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = ["AppInfoListItem", "ListAppInfoRequest", "ListAppInfoResponse"]


class ListAppInfoRequest(_p.Request):
    """Parameters of ListAppInfo, checked against the spec's limits when created."""

    status: str | None = _p.param("Status", default=None)
    """应用状态，可查询指定状态的应用。应用创建后默认为**Normal**，取值范围：
    - **Normal**（正常）
    - **Disable**（停用）
    """
    page_no: int | None = _p.param("PageNo", default=None)
    """页码。默认值为**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """每页返回的数据条数。默认值为**10**，最大值为**100**。"""


class ListAppInfoResponse(_m.Model):
    """返回结果。"""

    total: int | None = _m.wire("Total")
    """总条目。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    app_info_list: list[AppInfoListItem] | None = _m.wire("AppInfoList")
    """应用信息列表。"""


class AppInfoListItem(_m.Model):
    """应用信息详情。"""

    type_: str | None = _m.wire("Type")
    """应用类型。取值范围：
    - **System**（系统默认）
    - **Custom**（用户创建）
    """
    status: str | None = _m.wire("Status")
    """应用状态。取值范围：
    - **Normal**（正常）
    - **Disable**（停用）
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """UTC创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    app_name: str | None = _m.wire("AppName")
    """应用名称。"""
    description: str | None = _m.wire("Description")
    """应用描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """UTC更新时间。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""


OPERATION = OperationInfo(
    "ListAppInfo",
    ListAppInfoRequest,
    ListAppInfoResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("app_info_list",),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
