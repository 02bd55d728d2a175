"""Request and response models of PutBucketLifecycle."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LifecycleConfiguration

__all__ = ["PutBucketLifecycleBody", "PutBucketLifecycleRequest"]


class PutBucketLifecycleRequest(_p.Request):
    """Parameters of PutBucketLifecycle, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    allow_same_action_overlap: str | None = _p.param(
        "x-oss-allow-same-action-overlap", default=None, location="header"
    )
    """指定生命周期规则是否允许前缀重叠。取值如下：

    true：允许前缀重叠。

    false：不允许前缀重叠。
    """
    body: PutBucketLifecycleBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存Lifecycle配置的请求体。"""


class PutBucketLifecycleBody(_m.Model):
    """A model of the response."""

    lifecycle_configuration: LifecycleConfiguration | None = _m.wire(
        "LifecycleConfiguration"
    )
    """Lifecycle配置的容器，最多可容纳1000条规则。"""


OPERATION = OperationInfo(
    "PutBucketLifecycle",
    PutBucketLifecycleRequest,
    None,
    method="PUT",
    path="/",
    query=(("lifecycle", ""),),
    idempotent=True,
)
