"""Request and response models of DeleteEditingProjectMaterials."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DeleteEditingProjectMaterialsRequest",
    "DeleteEditingProjectMaterialsResponse",
]


class DeleteEditingProjectMaterialsRequest(_p.Request):
    """Parameters of DeleteEditingProjectMaterials, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程id。"""
    material_ids: str = _p.param("MaterialIds")
    """素材ID。即媒资ID，如视频VideoId、图片ImageId、辅助媒资MediaId等。多个素材ID使用英文逗号（,）分隔。

    获取素材ID，更多信息，请参见[搜索媒体信息](~~86044~~)。
    """
    material_type: str = _p.param("MaterialType")
    """素材类型。取值：
    - **video**：视频。
    - **audio**：纯音频。
    - **image**：图片。
    """


class DeleteEditingProjectMaterialsResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteEditingProjectMaterials",
    DeleteEditingProjectMaterialsRequest,
    DeleteEditingProjectMaterialsResponse,
)
