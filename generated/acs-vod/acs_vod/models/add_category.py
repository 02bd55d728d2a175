"""Request and response models of AddCategory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddCategoryRequest", "AddCategoryResponse", "Category"]


class AddCategoryRequest(_p.Request):
    """Parameters of AddCategory, checked against the spec's limits when created."""

    cate_name: str = _p.param("CateName")
    """分类名称。
    - 最多支持64个字节。
    - UTF-8编码。
    """
    parent_id: int | None = _p.param("ParentId", default=None)
    """父分类ID。

    可登录[视频点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** > **分类管理** >
    **音视频/图片分类**或**短视频素材分类**查看分类ID。

    > - 若传入此参数，则在该父分类下创建子分类。若不传入此参数，则创建一级分类。 > -
    因短视频素材分类的一级分类全部为系统内置，不支持修改、新增、删除，仅支持在一级分类下创建子分类，所以当`Type`为`material`时，此参数必填。
    """
    type_: str | None = _p.param("Type", default=None)
    """分类类型。取值：

    - **default**（默认值）：音视频/图片分类。
    - **material**：短视频素材分类。
    """


class AddCategoryResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    category: Category | None = _m.wire("Category")
    """媒资分类信息。"""


class Category(_m.Model):
    """媒资分类信息。"""

    type_: str | None = _m.wire("Type")
    """分类类型。取值：

    - **default**：音视频/图片分类。
    - **material**：短视频素材分类。
    """
    parent_id: int | None = _m.wire("ParentId")
    """父分类ID。"""
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。后续可作为[UpdateCategory](~~UpdateCategory~~)、[DeleteCategory](~~DeleteCategory~~)、[GetCategories](~~GetCategories~~)接口的请求参数。"""
    level: int | None = _m.wire("Level")
    """分类层级。取值：
    - **0**：一级分类。
    - **1**：二级分类。
    - **2**：三级分类。
    """


OPERATION = OperationInfo("AddCategory", AddCategoryRequest, AddCategoryResponse)
