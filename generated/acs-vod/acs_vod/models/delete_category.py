"""Request and response models of DeleteCategory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteCategoryRequest", "DeleteCategoryResponse"]


class DeleteCategoryRequest(_p.Request):
    """Parameters of DeleteCategory, checked against the spec's limits when created."""

    cate_id: int = _p.param("CateId")
    """分类ID，仅支持传入单个分类ID。可通过以下方式获取：
    - 登录[视频点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[AddCategory](~~AddCategory~~)接口创建分类时会返回。

    > 若传入的分类ID为父分类的ID，则会同时删除该分类及其所有子分类，请谨慎操作。
    """


class DeleteCategoryResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteCategory", DeleteCategoryRequest, DeleteCategoryResponse
)
