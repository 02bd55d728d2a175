"""Request and response models of AddVodStorageForApp."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddVodStorageForAppRequest", "AddVodStorageForAppResponse"]


class AddVodStorageForAppRequest(_p.Request):
    """Parameters of AddVodStorageForApp, checked against the spec's limits when created."""

    app_id: str = _p.param("AppId")
    """应用ID列表。应用ID为调用[CreateAppInfo](~~CreateAppInfo~~)接口或[ListAppInfo](~~ListAppInfo~~)接口返回参数`AppId`的值。"""
    storage_location: str | None = _p.param("StorageLocation", default=None)
    """OSS bucket地址。当前版本仅支持启用点播系统bucket，无需填写该字段。"""
    storage_type: str | None = _p.param("StorageType", default=None)
    """存储类型。默认为**vod_oss_bucket**。"""


class AddVodStorageForAppResponse(_m.Model):
    """返回结果"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    storage_location: str | None = _m.wire("StorageLocation")
    """创建的点播系统bucket存储地址。"""


OPERATION = OperationInfo(
    "AddVodStorageForApp", AddVodStorageForAppRequest, AddVodStorageForAppResponse
)
