"""Request and response models of GetBucketPolicy."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetBucketPolicyRequest", "GetBucketPolicyResponse"]


class GetBucketPolicyRequest(_p.Request):
    """Parameters of GetBucketPolicy, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketPolicyResponse(_m.BinaryResponse):
    """A model of the response."""


OPERATION = OperationInfo(
    "GetBucketPolicy",
    GetBucketPolicyRequest,
    GetBucketPolicyResponse,
    method="GET",
    path="/",
    query=(("policy", ""),),
    media="binary",
    read_only=True,
    idempotent=True,
)
