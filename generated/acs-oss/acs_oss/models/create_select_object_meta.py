"""Request and response models of CreateSelectObjectMeta."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import SelectMetaRequest, SelectMetaStatus

__all__ = [
    "CreateSelectObjectMetaBody",
    "CreateSelectObjectMetaRequest",
    "CreateSelectObjectMetaResponse",
]


class CreateSelectObjectMetaRequest(_p.Request):
    """Parameters of CreateSelectObjectMeta, checked against the spec's limits when created."""

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
    body: CreateSelectObjectMetaBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存CreateSelectObjectMeta请求的容器。"""


class CreateSelectObjectMetaResponse(_m.Model):
    """A model of the response."""

    select_meta_status: SelectMetaStatus | None = _m.wire("SelectMetaStatus")
    """保存CreateSelectObjectMeta信息的容器。"""


class CreateSelectObjectMetaBody(_m.Model):
    """A model of the response."""

    select_meta_request: SelectMetaRequest | None = _m.wire("SelectMetaRequest")


OPERATION = OperationInfo(
    "CreateSelectObjectMeta",
    CreateSelectObjectMetaRequest,
    CreateSelectObjectMetaResponse,
    path="/{+key}",
    media="xml",
)
