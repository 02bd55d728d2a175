"""Request and response models of GetEditingProjectMaterials."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetEditingProjectMaterialsRequest",
    "GetEditingProjectMaterialsResponse",
    "MaterialItem",
    "MaterialList",
    "Snapshots",
    "Sprites",
]


class GetEditingProjectMaterialsRequest(_p.Request):
    """Parameters of GetEditingProjectMaterials, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程ID。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**制作中心** > **视频剪辑**，查看ID。
    - 通过**创建云剪辑工程**接口创建工程时，为返回参数ProjectId的值。
    """
    type_: str | None = _p.param("Type", default=None)
    """素材类型。取值：

    - **video**：视频
    - **audio**：纯音频
    """
    material_type: str | None = _p.param("MaterialType", default=None)
    """素材类型。取值：

    - **video**：视频
    - **audio**：纯音频
    - **image**：图片
    """


class GetEditingProjectMaterialsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    material_list: MaterialList | None = _m.wire("MaterialList")


class MaterialList(_m.Model):
    """A model of the response."""

    material: list[MaterialItem] | None = _m.wire("Material")
    """素材列表。"""


class MaterialItem(_m.Model):
    """素材详情。"""

    status: str | None = _m.wire("Status")
    """素材状态。取值：

    - **Normal**：草稿 。
    - **Producing**：合成中。
    - **Produced** ：合成成功。
    - **ProduceFailed**：合成失败。
    """
    creation_time: str | None = _m.wire("CreationTime")
    """素材创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    cate_id: int | None = _m.wire("CateId")
    """素材分类ID。"""
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
    source: str | None = _m.wire("Source")
    """雪碧图来源。"""
    cate_name: str | None = _m.wire("CateName")
    """素材分类名称。"""
    modified_time: str | None = _m.wire("ModifiedTime")
    """素材更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    description: str | None = _m.wire("Description")
    """素材描述。"""
    material_id: str | None = _m.wire("MaterialId")
    """素材ID。"""
    size: int | None = _m.wire("Size")
    """素材源文件大小，单位：字节。"""
    cover_url: str | None = _m.wire("CoverURL")
    """素材封面URL。"""
    duration: float | None = _m.wire("Duration")
    """素材时长，精确到小数点后4位，单位：秒。"""
    title: str | None = _m.wire("Title")
    """素材标题。"""
    sprites: Sprites | None = _m.wire("Sprites")
    snapshots: Snapshots | None = _m.wire("Snapshots")


class Sprites(_m.Model):
    """A model of the response."""

    sprite: list[str] | None = _m.wire("Sprite")
    """素材雪碧图URL数组。"""


class Snapshots(_m.Model):
    """A model of the response."""

    snapshot: list[str] | None = _m.wire("Snapshot")
    """素材截图URL数组。"""


OPERATION = OperationInfo(
    "GetEditingProjectMaterials",
    GetEditingProjectMaterialsRequest,
    GetEditingProjectMaterialsResponse,
    read_only=True,
    idempotent=True,
)
