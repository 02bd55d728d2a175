"""Request and response models of PutBucketArchiveDirectRead."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ArchiveDirectReadConfiguration

__all__ = ["PutBucketArchiveDirectReadBody", "PutBucketArchiveDirectReadRequest"]


class PutBucketArchiveDirectReadRequest(_p.Request):
    """Parameters of PutBucketArchiveDirectRead, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""
    body: PutBucketArchiveDirectReadBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """接口请求体。"""


class PutBucketArchiveDirectReadBody(_m.Model):
    """A model of the response."""

    archive_direct_read_configuration: ArchiveDirectReadConfiguration | None = _m.wire(
        "ArchiveDirectReadConfiguration"
    )
    """Bucket归档直读配置。"""


OPERATION = OperationInfo(
    "PutBucketArchiveDirectRead",
    PutBucketArchiveDirectReadRequest,
    None,
    method="PUT",
    path="/",
    query=(("bucketArchiveDirectRead", ""),),
    idempotent=True,
)
