"""Request and response models of AddEditingProjectMaterials."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AddEditingProjectMaterialsRequest",
    "AddEditingProjectMaterialsResponse",
    "MaterialListItem",
]


class AddEditingProjectMaterialsRequest(_p.Request):
    """Parameters of AddEditingProjectMaterials, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程ID"""
    material_ids: str = _p.param("MaterialIds")
    """素材ID，多个素材以逗号（,）分隔；最多支持10个素材ID > 关联多个素材时应保证多个素材均为同一类型，且与MaterialType取值对应"""
    material_type: str = _p.param("MaterialType")
    """素材类型。取值：
    - **video**：视频。
    - **audio**：纯音频。
    - **image**：图片。
    """


class AddEditingProjectMaterialsResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID"""
    material_list: list[MaterialListItem] | None = _m.wire("MaterialList")
    """素材列表"""


class MaterialListItem(_m.Model):
    """素材详情"""

    status: str | None = _m.wire("Status")
    """素材状态。取值：

    - **Normal**：正常。
    - **Uploading**：上传中。
    - **UploadFail** ：上传成功。
    """
    cate_id: int | None = _m.wire("CateId")
    """分类ID"""
    create_time: str | None = _m.wire("CreateTime")
    """素材创建时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    material_type: str | None = _m.wire("MaterialType")
    """素材类型。取值：

    - **video**：视频
    - **audio**：纯音频
    - **image**：图片
    """
    tags: str | None = _m.wire("Tags")
    """素材标签。多个使用半角逗号（,）分隔。"""
    sprite_config: str | None = _m.wire("SpriteConfig")
    """雪碧图配置。"""
    cate_name: str | None = _m.wire("CateName")
    """素材分类名称。"""
    description: str | None = _m.wire("Description")
    """素材描述。"""
    material_id: str | None = _m.wire("MaterialId")
    """素材id。"""
    size: int | None = _m.wire("Size")
    """文件大小。"""
    cover_url: str | None = _m.wire("CoverURL")
    """素材封面url。"""
    duration: float | None = _m.wire("Duration")
    """素材时长。单位（秒），精确到小数点后4位。"""
    customer_id: int | None = _m.wire("CustomerId")
    """用户id。"""
    title: str | None = _m.wire("Title")
    """素材标题。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """素材更新时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    sprites: list[str] | None = _m.wire("Sprites")
    """素材雪碧图url数组。"""
    snapshots: list[str] | None = _m.wire("Snapshots")
    """素材截图URL数组。"""


OPERATION = OperationInfo(
    "AddEditingProjectMaterials",
    AddEditingProjectMaterialsRequest,
    AddEditingProjectMaterialsResponse,
)
