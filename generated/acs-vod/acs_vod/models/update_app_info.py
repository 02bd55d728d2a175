"""Request and response models of UpdateAppInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateAppInfoRequest", "UpdateAppInfoResponse"]


class UpdateAppInfoRequest(_p.Request):
    """Parameters of UpdateAppInfo, checked against the spec's limits when created."""

    app_id: str = _p.param("AppId")
    """应用ID。为调用[创建应用](~~113266~~)接口或[获取应用信息列表](~~114000~~)接口返回参数AppId的值。"""
    app_name: str | None = _p.param("AppName", default=None)
    """期望修改的应用名称。
    - 最多支持128个字符，仅支持中文、大小写英文字母、数字、半角句号（.）、短划线（-）和at字符（@）。
    - UTF-8编码。
    """
    description: str | None = _p.param("Description", default=None)
    """期望修改的应用描述。
    - 最多支持512个字符。
    - UTF-8编码。
    """
    status: str | None = _p.param("Status", default=None)
    """期望修改的应用状态。可选值：
    - **Normal**（正常启用）
    - **Disable**（停用）
    """


class UpdateAppInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("UpdateAppInfo", UpdateAppInfoRequest, UpdateAppInfoResponse)
