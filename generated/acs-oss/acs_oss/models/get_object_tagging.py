"""Request and response models of GetObjectTagging."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import TagSet

__all__ = [
    "GetObjectTaggingRequest",
    "GetObjectTaggingResponse",
    "GetObjectTaggingResponseTagging",
]


class GetObjectTaggingRequest(_p.Request):
    """Parameters of GetObjectTagging, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object的完整路径。"""
    version_id: str | None = _p.param("versionId", default=None)
    """获取的目标Object的版本号。"""


class GetObjectTaggingResponse(_m.Model):
    """保存标签集合的响应体。"""

    tagging: GetObjectTaggingResponseTagging | None = _m.wire("Tagging")
    """保存标签集合的容器。"""


class GetObjectTaggingResponseTagging(_m.Model):
    """保存标签集合的容器。"""

    tag_set: TagSet | None = _m.wire("TagSet")
    """标签集合。"""


OPERATION = OperationInfo(
    "GetObjectTagging",
    GetObjectTaggingRequest,
    GetObjectTaggingResponse,
    method="GET",
    path="/{+key}",
    query=(("tagging", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
