"""Request and response models of UpdateAttachedMediaInfos."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateAttachedMediaInfosRequest", "UpdateAttachedMediaInfosResponse"]


class UpdateAttachedMediaInfosRequest(_p.Request):
    """Parameters of UpdateAttachedMediaInfos, checked against the spec's limits when created."""

    update_content: str = _p.param("UpdateContent")
    """更新内容。一次最多支持修改20个辅助媒资信息。UpdateContent参数结构，可以参见下表**更新内容UpdateContent**。"""


class UpdateAttachedMediaInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_media_ids: list[str] | None = _m.wire("NonExistMediaIds")
    """不存在的辅助媒资ID列表。"""


OPERATION = OperationInfo(
    "UpdateAttachedMediaInfos",
    UpdateAttachedMediaInfosRequest,
    UpdateAttachedMediaInfosResponse,
)
