"""Request and response models of PreloadVodObjectCaches."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PreloadVodObjectCachesRequest", "PreloadVodObjectCachesResponse"]


class PreloadVodObjectCachesRequest(_p.Request):
    """Parameters of PreloadVodObjectCaches, checked against the spec's limits when created."""

    object_path: str = _p.param("ObjectPath")
    """预热文件URL。多个URL使用换行符（\\n或\\r\\n）分隔。"""


class PreloadVodObjectCachesResponse(_m.Model):
    """返回结果。"""

    preload_task_id: str | None = _m.wire("PreloadTaskId")
    """预热返回的任务ID。多个任务ID用半角逗号（,）分隔。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "PreloadVodObjectCaches",
    PreloadVodObjectCachesRequest,
    PreloadVodObjectCachesResponse,
)
