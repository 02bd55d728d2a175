"""Request and response models of PutBucketTags."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import Tagging

__all__ = ["PutBucketTagsBody", "PutBucketTagsRequest"]


class PutBucketTagsRequest(_p.Request):
    """Parameters of PutBucketTags, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketTagsBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """设置Bucket TagSet的请求体。"""


class PutBucketTagsBody(_m.Model):
    """A model of the response."""

    tagging: Tagging | None = _m.wire("Tagging")
    """设置Bucket TagSet的容器。"""


OPERATION = OperationInfo(
    "PutBucketTags",
    PutBucketTagsRequest,
    None,
    method="PUT",
    path="/",
    query=(("tagging", ""),),
    idempotent=True,
)
