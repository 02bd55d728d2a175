"""Request and response models of GetAppInfos."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AppInfoListItem", "GetAppInfosRequest", "GetAppInfosResponse"]


class GetAppInfosRequest(_p.Request):
    """Parameters of GetAppInfos, checked against the spec's limits when created."""

    app_ids: str = _p.param("AppIds")
    """应用ID列表。由一个或多个应用ID组成，应用ID为调用[创建应用](~~113266~~)接口或[获取应用信息列表](~~114000~~)接口返回参数AppId的值。
    - 最多支持10个ID。
    - 多个ID之间使用半角逗号（,）分隔。
    """


class GetAppInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_app_ids: list[str] | None = _m.wire("NonExistAppIds")
    """不存在的应用ID列表。"""
    app_info_list: list[AppInfoListItem] | None = _m.wire("AppInfoList")
    """应用信息列表。"""
    code: str | None = _m.wire("Code")
    """错误码。"""


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
    """UTC更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""


OPERATION = OperationInfo(
    "GetAppInfos",
    GetAppInfosRequest,
    GetAppInfosResponse,
    read_only=True,
    idempotent=True,
)
