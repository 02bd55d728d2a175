"""Request and response models of DeleteAppInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAppInfoRequest", "DeleteAppInfoResponse"]


class DeleteAppInfoRequest(_p.Request):
    """Parameters of DeleteAppInfo, checked against the spec's limits when created."""

    app_id: str = _p.param("AppId")
    """应用ID。为调用[创建应用](~~113266~~)接口或[获取应用信息列表](~~114000~~)接口返回参数AppId的值。"""


class DeleteAppInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("DeleteAppInfo", DeleteAppInfoRequest, DeleteAppInfoResponse)
