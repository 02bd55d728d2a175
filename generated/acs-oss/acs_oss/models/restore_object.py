"""Request and response models of RestoreObject."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RestoreRequest

__all__ = ["RestoreObjectBody", "RestoreObjectRequest", "RestoreObjectResponse"]


class RestoreObjectRequest(_p.Request):
    """Parameters of RestoreObject, checked against the spec's limits when created."""

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
    version_id: str | None = _p.param("versionId", default=None)
    """请求解冻的Obejct的版本号。"""
    body: RestoreObjectBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存解冻请求信息的请求体。"""


class RestoreObjectResponse(_m.Model):
    """A model of the response."""

    object_restore_priority: str | None = _m.header("x-oss-object-restore-priority")
    version_id: str | None = _m.header("x-oss-version-id")


class RestoreObjectBody(_m.Model):
    """A model of the response."""

    restore_request: RestoreRequest | None = _m.wire("RestoreRequest")
    """解冻请求信息的容器。"""


OPERATION = OperationInfo(
    "RestoreObject",
    RestoreObjectRequest,
    RestoreObjectResponse,
    path="/{+key}",
    query=(("restore", ""),),
)
