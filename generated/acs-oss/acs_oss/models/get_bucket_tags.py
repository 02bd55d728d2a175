"""Request and response models of GetBucketTags."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import TagSet

__all__ = [
    "GetBucketTagsRequest",
    "GetBucketTagsResponse",
    "GetBucketTagsResponseTagging",
]


class GetBucketTagsRequest(_p.Request):
    """Parameters of GetBucketTags, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketTagsResponse(_m.Model):
    """A model of the response."""

    tagging: GetBucketTagsResponseTagging | None = _m.wire("Tagging")
    """保存Bucket Tag结果的容器。"""


class GetBucketTagsResponseTagging(_m.Model):
    """保存Bucket Tag结果的容器。"""

    tag_set: TagSet | None = _m.wire("TagSet")
    """保存标签集合的容器。"""


OPERATION = OperationInfo(
    "GetBucketTags",
    GetBucketTagsRequest,
    GetBucketTagsResponse,
    method="GET",
    path="/",
    query=(("tagging", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
