"""Request and response models of GetBucketReplicationProgress."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ReplicationProgressRule

__all__ = [
    "GetBucketReplicationProgressRequest",
    "GetBucketReplicationProgressResponse",
    "ReplicationProgress",
]


class GetBucketReplicationProgressRequest(_p.Request):
    """Parameters of GetBucketReplicationProgress, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    rule_id: str = _p.param("rule-id")
    """复制规则对应的ID。此ID可从GetBucketReplication中获取。"""


class GetBucketReplicationProgressResponse(_m.Model):
    """保存每个复制规则进度条目的响应体。"""

    replication_progress: ReplicationProgress | None = _m.wire("ReplicationProgress")
    """保存每个复制规则进度条目的列表。"""


class ReplicationProgress(_m.Model):
    """保存每个复制规则进度条目的列表。"""

    rule: list[ReplicationProgressRule] | None = _m.wire("Rule")
    """保存复制规则进度信息的容器。"""


OPERATION = OperationInfo(
    "GetBucketReplicationProgress",
    GetBucketReplicationProgressRequest,
    GetBucketReplicationProgressResponse,
    method="GET",
    path="/",
    query=(("replicationProgress", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
