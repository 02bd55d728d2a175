"""Request and response models of PutBucketVersioning."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import VersioningConfiguration

__all__ = ["PutBucketVersioningBody", "PutBucketVersioningRequest"]


class PutBucketVersioningRequest(_p.Request):
    """Parameters of PutBucketVersioning, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketVersioningBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """请求体。"""


class PutBucketVersioningBody(_m.Model):
    """A model of the response."""

    versioning_configuration: VersioningConfiguration | None = _m.wire(
        "VersioningConfiguration"
    )
    """保存版本控制配置容器。"""


OPERATION = OperationInfo(
    "PutBucketVersioning",
    PutBucketVersioningRequest,
    None,
    method="PUT",
    path="/",
    query=(("versioning", ""),),
    idempotent=True,
)
