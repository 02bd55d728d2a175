"""Request and response models of GetBucketArchiveDirectRead."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ArchiveDirectReadConfiguration

__all__ = ["GetBucketArchiveDirectReadRequest", "GetBucketArchiveDirectReadResponse"]


class GetBucketArchiveDirectReadRequest(_p.Request):
    """Parameters of GetBucketArchiveDirectRead, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""


class GetBucketArchiveDirectReadResponse(_m.Model):
    """Bucket归档直读配置。"""

    archive_direct_read_configuration: ArchiveDirectReadConfiguration | None = _m.wire(
        "ArchiveDirectReadConfiguration"
    )
    """Bucket归档直读配置。"""


OPERATION = OperationInfo(
    "GetBucketArchiveDirectRead",
    GetBucketArchiveDirectReadRequest,
    GetBucketArchiveDirectReadResponse,
    method="GET",
    path="/",
    query=(("bucketArchiveDirectRead", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
