"""Request and response models of MoveAppResource."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["MoveAppResourceRequest", "MoveAppResourceResponse"]


class MoveAppResourceRequest(_p.Request):
    """Parameters of MoveAppResource, checked against the spec's limits when created."""

    target_app_id: str = _p.param("TargetAppId")
    """目标应用ID。默认取值：**app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""
    resource_type: str = _p.param("ResourceType")
    """资源类型。取值：
    - **video**：视频。
    - **image**：图片。
    - **attached**：辅助媒资。
    """
    resource_ids: str = _p.param("ResourceIds")
    """资源ID。多个ID使用英文逗号（,）分隔，一次最多20条。"""


class MoveAppResourceResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_resource_ids: list[str] | None = _m.wire("NonExistResourceIds")
    """不存在的资源ID。"""
    failed_resource_ids: list[str] | None = _m.wire("FailedResourceIds")
    """失败的资源ID。"""


OPERATION = OperationInfo(
    "MoveAppResource", MoveAppResourceRequest, MoveAppResourceResponse
)
