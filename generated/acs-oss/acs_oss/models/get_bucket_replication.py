"""Request and response models of GetBucketReplication."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ReplicationRule

__all__ = [
    "GetBucketReplicationRequest",
    "GetBucketReplicationResponse",
    "GetBucketReplicationResponseReplicationConfiguration",
]


class GetBucketReplicationRequest(_p.Request):
    """Parameters of GetBucketReplication, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketReplicationResponse(_m.Model):
    """A model of the response."""

    replication_configuration: (
        GetBucketReplicationResponseReplicationConfiguration | None
    ) = _m.wire("ReplicationConfiguration")
    """保存复制规则的列表。"""


class GetBucketReplicationResponseReplicationConfiguration(_m.Model):
    """保存复制规则的列表。"""

    rule: list[ReplicationRule] | None = _m.wire("Rule")
    """保存复制规则的容器。"""


OPERATION = OperationInfo(
    "GetBucketReplication",
    GetBucketReplicationRequest,
    GetBucketReplicationResponse,
    method="GET",
    path="/",
    query=(("replication", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
