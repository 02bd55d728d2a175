"""Request and response models of ExtendBucketWorm."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ExtendWormConfiguration

__all__ = ["ExtendBucketWormBody", "ExtendBucketWormRequest"]


class ExtendBucketWormRequest(_p.Request):
    """Parameters of ExtendBucketWorm, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    worm_id: str = _p.param("wormId")
    """合规保留策略的ID。

    > 如果指定用于延长Object保留天数对应的合规保留策略ID不存在，则返回404。
    """
    body: ExtendBucketWormBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存合规保留策略的容器。"""


class ExtendBucketWormBody(_m.Model):
    """A model of the response."""

    extend_worm_configuration: ExtendWormConfiguration | None = _m.wire(
        "ExtendWormConfiguration"
    )
    """保存合规保留策略的容器。"""


OPERATION = OperationInfo(
    "ExtendBucketWorm",
    ExtendBucketWormRequest,
    None,
    path="/",
    query=(("wormExtend", ""),),
)
