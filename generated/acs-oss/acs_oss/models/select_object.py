"""Request and response models of SelectObject."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import SelectRequest

__all__ = ["SelectObjectBody", "SelectObjectRequest", "SelectObjectResponse"]


class SelectObjectRequest(_p.Request):
    """Parameters of SelectObject, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object的完整路径。"""
    body: SelectObjectBody | Mapping[str, Any] = _p.param(
        "body", location="body", style="xml"
    )
    """保存SelectObject请求的容器。"""


class SelectObjectResponse(_m.BinaryResponse):
    """A model of the response."""


class SelectObjectBody(_m.Model):
    """A model of the response."""

    select_request: SelectRequest | None = _m.wire("SelectRequest")


OPERATION = OperationInfo(
    "SelectObject",
    SelectObjectRequest,
    SelectObjectResponse,
    path="/{+key}",
    media="binary",
    read_only=True,
    idempotent=True,
)
