"""Request and response models of PutBucketPolicy."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutBucketPolicyRequest"]


class PutBucketPolicyRequest(_p.Request):
    """Parameters of PutBucketPolicy, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: str = _p.param("body", location="body")
    """请求体。"""


OPERATION = OperationInfo(
    "PutBucketPolicy",
    PutBucketPolicyRequest,
    None,
    method="PUT",
    path="/",
    query=(("policy", ""),),
    idempotent=True,
)
