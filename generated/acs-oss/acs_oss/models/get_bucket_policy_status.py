"""Request and response models of GetBucketPolicyStatus."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetBucketPolicyStatusRequest",
    "GetBucketPolicyStatusResponse",
    "PolicyStatus",
]


class GetBucketPolicyStatusRequest(_p.Request):
    """Parameters of GetBucketPolicyStatus, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""


class GetBucketPolicyStatusResponse(_m.Model):
    """返回响应。"""

    policy_status: PolicyStatus | None = _m.wire("PolicyStatus")
    """保存公共访问信息的容器。"""


class PolicyStatus(_m.Model):
    """保存公共访问信息的容器。"""

    is_public: bool | None = _m.wire("IsPublic")
    """当前Bucket Policy是否包含公共访问的语义。
    - true：包含公共访问的语义。
    - false：不包含公共访问的语义或者没有设置Bucket Policy。
    """


OPERATION = OperationInfo(
    "GetBucketPolicyStatus",
    GetBucketPolicyStatusRequest,
    GetBucketPolicyStatusResponse,
    method="GET",
    path="/",
    query=(("policyStatus", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
