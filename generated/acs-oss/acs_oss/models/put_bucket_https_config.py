"""Request and response models of PutBucketHttpsConfig."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import HttpsConfiguration

__all__ = ["PutBucketHttpsConfigBody", "PutBucketHttpsConfigRequest"]


class PutBucketHttpsConfigRequest(_p.Request):
    """Parameters of PutBucketHttpsConfig, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称"""
    body: PutBucketHttpsConfigBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存HTTPS配置的请求体。"""


class PutBucketHttpsConfigBody(_m.Model):
    """A model of the response."""

    https_configuration: HttpsConfiguration | None = _m.wire("HttpsConfiguration")
    """保存HTTPS配置的容器。"""


OPERATION = OperationInfo(
    "PutBucketHttpsConfig",
    PutBucketHttpsConfigRequest,
    None,
    method="PUT",
    path="/",
    query=(("httpsConfig", ""),),
    idempotent=True,
)
