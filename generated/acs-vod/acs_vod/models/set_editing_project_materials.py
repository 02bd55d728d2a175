"""Request and response models of SetEditingProjectMaterials."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SetEditingProjectMaterialsRequest", "SetEditingProjectMaterialsResponse"]


class SetEditingProjectMaterialsRequest(_p.Request):
    """Parameters of SetEditingProjectMaterials, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程ID。"""
    material_ids: str = _p.param("MaterialIds")
    """素材ID。即媒资ID，如视频VideoId、图片ImageId、辅助媒资MediaId等。多个素材ID，请使用英文逗号（,）分隔。"""


class SetEditingProjectMaterialsResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetEditingProjectMaterials",
    SetEditingProjectMaterialsRequest,
    SetEditingProjectMaterialsResponse,
)
