"""Request and response models of InitiateBucketWorm."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import InitiateWormConfiguration

__all__ = [
    "InitiateBucketWormBody",
    "InitiateBucketWormRequest",
    "InitiateBucketWormResponse",
]


class InitiateBucketWormRequest(_p.Request):
    """Parameters of InitiateBucketWorm, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: InitiateBucketWormBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """请求体。"""


class InitiateBucketWormResponse(_m.Model):
    """A model of the response."""

    worm_id: str | None = _m.header("x-oss-worm-id")


class InitiateBucketWormBody(_m.Model):
    """A model of the response."""

    initiate_worm_configuration: InitiateWormConfiguration | None = _m.wire(
        "InitiateWormConfiguration"
    )
    """初始化合规保留策略的配置。"""


OPERATION = OperationInfo(
    "InitiateBucketWorm",
    InitiateBucketWormRequest,
    InitiateBucketWormResponse,
    path="/",
    query=(("worm", ""),),
)
