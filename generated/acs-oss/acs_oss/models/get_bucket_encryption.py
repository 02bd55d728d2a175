"""Request and response models of GetBucketEncryption."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ApplyServerSideEncryptionByDefault

__all__ = [
    "GetBucketEncryptionRequest",
    "GetBucketEncryptionResponse",
    "GetBucketEncryptionResponseServerSideEncryptionRule",
]


class GetBucketEncryptionRequest(_p.Request):
    """Parameters of GetBucketEncryption, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketEncryptionResponse(_m.Model):
    """保存服务端加密规则的响应体。"""

    server_side_encryption_rule: (
        GetBucketEncryptionResponseServerSideEncryptionRule | None
    ) = _m.wire("ServerSideEncryptionRule")
    """保存服务端加密规则的容器。"""


class GetBucketEncryptionResponseServerSideEncryptionRule(_m.Model):
    """保存服务端加密规则的容器。"""

    apply_server_side_encryption_by_default: (
        ApplyServerSideEncryptionByDefault | None
    ) = _m.wire("ApplyServerSideEncryptionByDefault")
    """服务端加密规则信息。"""


OPERATION = OperationInfo(
    "GetBucketEncryption",
    GetBucketEncryptionRequest,
    GetBucketEncryptionResponse,
    method="GET",
    path="/",
    query=(("encryption", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
