"""Request and response models of UpdateImageInfos."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["NonExistImageIds", "UpdateImageInfosRequest", "UpdateImageInfosResponse"]


class UpdateImageInfosRequest(_p.Request):
    """Parameters of UpdateImageInfos, checked against the spec's limits when created."""

    update_content: str = _p.param("UpdateContent")
    """更新内容。一次最多支持修改20个图片的信息。参数结构参考下表**更新内容UpdateContent**。

    > - Title、Description、Tags更新内容中不能包含表情符。 >- 传入参数则更新相应字段，否则相应字段不会被覆盖或更新。
    """


class UpdateImageInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_image_ids: NonExistImageIds | None = _m.wire("NonExistImageIds")


class NonExistImageIds(_m.Model):
    """A model of the response."""

    image_id: list[str] | None = _m.wire("ImageId")
    """不存在的图片ID列表。"""


OPERATION = OperationInfo(
    "UpdateImageInfos", UpdateImageInfosRequest, UpdateImageInfosResponse
)
