"""Request and response models of GetCategories."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "Category",
    "CategoryItem",
    "GetCategoriesRequest",
    "GetCategoriesResponse",
    "SubCategories",
]


class GetCategoriesRequest(_p.Request):
    """Parameters of GetCategories, checked against the spec's limits when created."""

    cate_id: int | None = _p.param("CateId", default=None)
    """分类ID，传入此参数，则可查询指定ID的分类。仅支持传入单个分类ID。可通过以下方式获取：
    - 登录[视频点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[AddCategory](~~AddCategory~~)接口创建分类时会返回。
    """
    page_no: int | None = _p.param("PageNo", default=None)
    """子分类列表页号。默认值为**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """子分类列表页大小。默认值为**10**，最大值为**100**。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """查询结果排序。取值：

    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。
    """
    type_: str | None = _p.param("Type", default=None)
    """分类类型，传入此参数，则可筛选查询指定类型的分类。取值：
    - **default**：音视频/图片分类。
    - **material**：短视频素材分类。
    """


class GetCategoriesResponse(_m.Model):
    """返回结果。"""

    sub_total: int | None = _m.wire("SubTotal")
    """子分类总数。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    category: Category | None = _m.wire("Category")
    """分类的详细信息。"""
    sub_categories: SubCategories | None = _m.wire("SubCategories")


class Category(_m.Model):
    """分类的详细信息。"""

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
    """分类ID。"""
    level: int | None = _m.wire("Level")
    """分类层级。取值：

    - **0**：一级分类。
    - **1**：二级分类。
    - **2**：三级分类。
    """


class SubCategories(_m.Model):
    """A model of the response."""

    category: list[CategoryItem] | None = _m.wire("Category")
    """子分类的详细信息。"""


class CategoryItem(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    """子分类的类型。取值：
    - **default**：音视频/图片分类。
    - **material**：短视频素材分类。
    """
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    parent_id: int | None = _m.wire("ParentId")
    """父分类ID。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    sub_total: int | None = _m.wire("SubTotal")
    """子分类总数。"""
    level: int | None = _m.wire("Level")
    """分类层级。取值：

    - **0**：一级分类。
    - **1**：二级分类。
    - **2**：三级分类。
    """


OPERATION = OperationInfo(
    "GetCategories",
    GetCategoriesRequest,
    GetCategoriesResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("sub_categories", "category"),
        page="page_no",
        page_size="page_size",
    ),
)
