"""Request and response models of DeleteAttachedMedia."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAttachedMediaRequest", "DeleteAttachedMediaResponse"]


class DeleteAttachedMediaRequest(_p.Request):
    """Parameters of DeleteAttachedMedia, checked against the spec's limits when created."""

    media_ids: str = _p.param("MediaIds")
    """辅助媒资ID列表。辅助媒资ID为[获取辅助媒资上传地址和凭证](~~98467~~)接口返回参数MediaId的值。

    - 多个ID之间使用半角逗号（,）分隔。
    - 最多支持20个。
    """


class DeleteAttachedMediaResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_media_ids: list[str] | None = _m.wire("NonExistMediaIds")
    """删除失败的辅助媒资ID。"""


OPERATION = OperationInfo(
    "DeleteAttachedMedia", DeleteAttachedMediaRequest, DeleteAttachedMediaResponse
)
