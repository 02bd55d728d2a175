"""Request and response models of CompleteBucketWorm."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["CompleteBucketWormRequest"]


class CompleteBucketWormRequest(_p.Request):
    """Parameters of CompleteBucketWorm, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    worm_id: str = _p.param("wormId")
    """合规保留策略的ID。"""


OPERATION = OperationInfo(
    "CompleteBucketWorm", CompleteBucketWormRequest, None, path="/"
)
