"""Request and response models of PutBucketTransferAcceleration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import TransferAccelerationConfiguration

__all__ = ["PutBucketTransferAccelerationBody", "PutBucketTransferAccelerationRequest"]


class PutBucketTransferAccelerationRequest(_p.Request):
    """Parameters of PutBucketTransferAcceleration, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketTransferAccelerationBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """传输加速配置的请求体。"""


class PutBucketTransferAccelerationBody(_m.Model):
    """A model of the response."""

    transfer_acceleration_configuration: TransferAccelerationConfiguration | None = (
        _m.wire("TransferAccelerationConfiguration")
    )
    """传输加速配置的容器。"""


OPERATION = OperationInfo(
    "PutBucketTransferAcceleration",
    PutBucketTransferAccelerationRequest,
    None,
    method="PUT",
    path="/",
    query=(("transferAcceleration", ""),),
    idempotent=True,
)
