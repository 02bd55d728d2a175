"""Request and response models of CreateAppInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["CreateAppInfoRequest", "CreateAppInfoResponse"]


class CreateAppInfoRequest(_p.Request):
    """Parameters of CreateAppInfo, checked against the spec's limits when created."""

    app_name: str = _p.param("AppName")
    """应用名称。不能重复。
    - 最多支持128个字符，仅支持中文、大小写英文字母、数字、半角句号（.）、短划线（-）和at字符（@）。
    - UTF-8编码。
    """
    description: str | None = _p.param("Description", default=None)
    """应用描述。
    - 最多支持512个字符。
    - UTF-8编码。
    """


class CreateAppInfoResponse(_m.Model):
    """返回结果。"""

    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("CreateAppInfo", CreateAppInfoRequest, CreateAppInfoResponse)
