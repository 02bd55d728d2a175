"""Request and response models of PutBucketEncryption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ServerSideEncryptionRule

__all__ = ["PutBucketEncryptionBody", "PutBucketEncryptionRequest"]


class PutBucketEncryptionRequest(_p.Request):
    """Parameters of PutBucketEncryption, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketEncryptionBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """配置服务器端加密规则的请求体。"""


class PutBucketEncryptionBody(_m.Model):
    """A model of the response."""

    server_side_encryption_rule: ServerSideEncryptionRule | None = _m.wire(
        "ServerSideEncryptionRule"
    )
    """服务器端加密规则的容器。"""


OPERATION = OperationInfo(
    "PutBucketEncryption",
    PutBucketEncryptionRequest,
    None,
    method="PUT",
    path="/",
    query=(("encryption", ""),),
    idempotent=True,
)
