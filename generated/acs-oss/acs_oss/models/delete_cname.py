"""Request and response models of DeleteCname."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DeleteCnameBody",
    "DeleteCnameBodyBucketCnameConfiguration",
    "DeleteCnameBodyBucketCnameConfigurationCname",
    "DeleteCnameRequest",
]


class DeleteCnameRequest(_p.Request):
    """Parameters of DeleteCname, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: DeleteCnameBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """删除Cname配置信息的请求体。"""


class DeleteCnameBody(_m.Model):
    """A model of the response."""

    bucket_cname_configuration: DeleteCnameBodyBucketCnameConfiguration | None = (
        _m.wire("BucketCnameConfiguration")
    )
    """保存Cname配置的容器。"""


class DeleteCnameBodyBucketCnameConfiguration(_m.Model):
    """保存Cname配置的容器。"""

    cname: DeleteCnameBodyBucketCnameConfigurationCname | None = _m.wire("Cname")
    """保存目标Cname域名的容器。"""


class DeleteCnameBodyBucketCnameConfigurationCname(_m.Model):
    """保存目标Cname域名的容器。"""

    domain: str | None = _m.wire("Domain")
    """要删除的Cname。"""


OPERATION = OperationInfo(
    "DeleteCname",
    DeleteCnameRequest,
    None,
    path="/",
    query=(("cname", ""), ("comp", "delete")),
)
