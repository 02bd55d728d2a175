"""Request and response models of CreateCnameToken."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CnameToken

__all__ = [
    "CreateCnameTokenBody",
    "CreateCnameTokenBodyBucketCnameConfiguration",
    "CreateCnameTokenBodyBucketCnameConfigurationCname",
    "CreateCnameTokenRequest",
    "CreateCnameTokenResponse",
]


class CreateCnameTokenRequest(_p.Request):
    """Parameters of CreateCnameToken, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: CreateCnameTokenBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """创建CnameToken的请求体。"""


class CreateCnameTokenResponse(_m.Model):
    """保存CnameToken的相应。"""

    cname_token: CnameToken | None = _m.wire("CnameToken")
    """保存CnameToken的容器。"""


class CreateCnameTokenBody(_m.Model):
    """A model of the response."""

    bucket_cname_configuration: CreateCnameTokenBodyBucketCnameConfiguration | None = (
        _m.wire("BucketCnameConfiguration")
    )
    """保存Cname配置的容器。"""


class CreateCnameTokenBodyBucketCnameConfiguration(_m.Model):
    """保存Cname配置的容器。"""

    cname: CreateCnameTokenBodyBucketCnameConfigurationCname | None = _m.wire("Cname")
    """保存要生成Token的Cname域名。"""


class CreateCnameTokenBodyBucketCnameConfigurationCname(_m.Model):
    """保存要生成Token的Cname域名。"""

    domain: str | None = _m.wire("Domain")
    """目标Cname域名。"""


OPERATION = OperationInfo(
    "CreateCnameToken",
    CreateCnameTokenRequest,
    CreateCnameTokenResponse,
    path="/",
    query=(("cname", ""), ("comp", "token")),
    media="xml",
)
