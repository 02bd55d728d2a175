"""Request and response models of PutBucketReplication."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ReplicationConfiguration

__all__ = [
    "PutBucketReplicationBody",
    "PutBucketReplicationRequest",
    "PutBucketReplicationResponse",
]


class PutBucketReplicationRequest(_p.Request):
    """Parameters of PutBucketReplication, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketReplicationBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """指定数据复制配置的请求体。"""


class PutBucketReplicationResponse(_m.Model):
    """A model of the response."""

    replication_rule_id: str | None = _m.header("x-oss-replication-rule-id")


class PutBucketReplicationBody(_m.Model):
    """A model of the response."""

    replication_configuration: ReplicationConfiguration | None = _m.wire(
        "ReplicationConfiguration"
    )
    """保存数据复制配置信息的容器。"""


OPERATION = OperationInfo(
    "PutBucketReplication",
    PutBucketReplicationRequest,
    PutBucketReplicationResponse,
    path="/",
    query=(("replication", ""), ("comp", "add")),
)
