"""Request and response models of DeleteAIImageInfos."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAIImageInfosRequest", "DeleteAIImageInfosResponse"]


class DeleteAIImageInfosRequest(_p.Request):
    """Parameters of DeleteAIImageInfos, checked against the spec's limits when created."""

    ai_image_info_ids: str = _p.param("AIImageInfoIds")
    """AI图片数据信息ID。由一个或多个AIImageInfoId组成，AIImageInfoId为调用[ListAIImageInfo](~~186924~~)接口返回参数AIImageInfoId的值。
    - 最多支持10个ID。
    - 多个ID之间使用半角逗号（,）分隔。
    """


class DeleteAIImageInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteAIImageInfos", DeleteAIImageInfosRequest, DeleteAIImageInfosResponse
)
