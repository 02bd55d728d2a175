"""Request and response models of DeleteBucketReplication."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DeleteBucketReplicationBody",
    "DeleteBucketReplicationRequest",
    "ReplicationRules",
]


class DeleteBucketReplicationRequest(_p.Request):
    """Parameters of DeleteBucketReplication, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: DeleteBucketReplicationBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存需要删除的数据复制规则的请求体。"""


class DeleteBucketReplicationBody(_m.Model):
    """A model of the response."""

    replication_rules: ReplicationRules | None = _m.wire("ReplicationRules")
    """保存需要删除的数据复制规则的容器。"""


class ReplicationRules(_m.Model):
    """保存需要删除的数据复制规则的容器。"""

    id_: str | None = _m.wire("ID")
    """需要删除的数据复制规则的名称。"""


OPERATION = OperationInfo(
    "DeleteBucketReplication",
    DeleteBucketReplicationRequest,
    None,
    path="/",
    query=(("replication", ""), ("comp", "delete")),
)
