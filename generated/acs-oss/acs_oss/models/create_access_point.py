"""Request and response models of CreateAccessPoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CreateAccessPointConfiguration, CreateAccessPointResult

__all__ = [
    "CreateAccessPointBody",
    "CreateAccessPointRequest",
    "CreateAccessPointResponse",
]


class CreateAccessPointRequest(_p.Request):
    """Parameters of CreateAccessPoint, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: CreateAccessPointBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存接入点信息的容器。"""


class CreateAccessPointResponse(_m.Model):
    """A model of the response."""

    create_access_point_result: CreateAccessPointResult | None = _m.wire(
        "CreateAccessPointResult"
    )
    """保存接入点信息的容器。"""


class CreateAccessPointBody(_m.Model):
    """A model of the response."""

    create_access_point_configuration: CreateAccessPointConfiguration | None = _m.wire(
        "CreateAccessPointConfiguration"
    )
    """保存接入点配置的容器。"""


OPERATION = OperationInfo(
    "CreateAccessPoint",
    CreateAccessPointRequest,
    CreateAccessPointResponse,
    method="PUT",
    path="/",
    query=(("accessPoint", ""),),
    media="xml",
    idempotent=True,
)
