"""Request and response models of UpdateCategory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateCategoryRequest", "UpdateCategoryResponse"]


class UpdateCategoryRequest(_p.Request):
    """Parameters of UpdateCategory, checked against the spec's limits when created."""

    cate_name: str = _p.param("CateName")
    """分类名称。

    - 最多支持64个字节。
    - UTF-8编码。
    """
    cate_id: int = _p.param("CateId")
    """分类ID，仅支持传入单个分类ID。可通过以下方式获取：
    - 登录[视频点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** > **分类管理** >
    **音视频/图片分类**或**短视频素材分类**查看分类ID。
    - 调用[AddCategory](~~AddCategory~~)接口创建分类时会返回。
    """


class UpdateCategoryResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateCategory", UpdateCategoryRequest, UpdateCategoryResponse
)
