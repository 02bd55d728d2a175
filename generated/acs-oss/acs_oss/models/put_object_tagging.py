"""Request and response models of PutObjectTagging."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import Tagging

__all__ = [
    "PutObjectTaggingBody",
    "PutObjectTaggingRequest",
    "PutObjectTaggingResponse",
]


class PutObjectTaggingRequest(_p.Request):
    """Parameters of PutObjectTagging, checked against the spec's limits when created."""

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
    """版本对应的ID。"""
    body: PutObjectTaggingBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存标签集合的请求体。"""


class PutObjectTaggingResponse(_m.Model):
    """A model of the response."""

    version_id: str | None = _m.header("x-oss-version-id")


class PutObjectTaggingBody(_m.Model):
    """A model of the response."""

    tagging: Tagging | None = _m.wire("Tagging")
    """标签集合。"""


OPERATION = OperationInfo(
    "PutObjectTagging",
    PutObjectTaggingRequest,
    PutObjectTaggingResponse,
    method="PUT",
    path="/{+key}",
    query=(("tagging", ""),),
    idempotent=True,
)
