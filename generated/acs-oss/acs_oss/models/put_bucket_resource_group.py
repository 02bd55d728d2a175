"""Request and response models of PutBucketResourceGroup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketResourceGroupConfiguration

__all__ = ["PutBucketResourceGroupBody", "PutBucketResourceGroupRequest"]


class PutBucketResourceGroupRequest(_p.Request):
    """Parameters of PutBucketResourceGroup, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要修改的目标Bucket"""
    body: PutBucketResourceGroupBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """配置资源组ID的请求体。"""


class PutBucketResourceGroupBody(_m.Model):
    """A model of the response."""

    bucket_resource_group_configuration: BucketResourceGroupConfiguration | None = (
        _m.wire("BucketResourceGroupConfiguration")
    )
    """配置资源组ID的容器。"""


OPERATION = OperationInfo(
    "PutBucketResourceGroup",
    PutBucketResourceGroupRequest,
    None,
    method="PUT",
    path="/",
    query=(("resourceGroup", ""),),
    idempotent=True,
)
