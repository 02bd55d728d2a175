"""Request and response models of OptionObject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["OptionObjectRequest", "OptionObjectResponse"]


class OptionObjectRequest(_p.Request):
    """Parameters of OptionObject, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object完整路径。"""
    origin: str | None = _p.param("Origin", default=None, location="header")
    """请求来源域，用于标识跨域请求。 在实际请求中只能设置一个该请求头。 默认值：无"""
    access_control_request_method: str | None = _p.param(
        "Access-Control-Request-Method", default=None, location="header"
    )
    """在实际请求中会用到的方法。 在实际请求中只能设置一个该请求头。 默认值：无"""
    access_control_request_headers: str | None = _p.param(
        "Access-Control-Request-Headers", default=None, location="header"
    )
    """在实际请求中会用到的除了简单头部之外的header。 在实际请求中可以为该请求头设置多个header，多个header之间使用英文逗号(,)隔开。 默认值：无"""


class OptionObjectResponse(_m.Model):
    """A model of the response."""

    access_control_allow_origin: str | None = _m.header("Access-Control-Allow-Origin")
    access_control_allow_methods: str | None = _m.header("Access-Control-Allow-Methods")
    access_control_allow_headers: str | None = _m.header("Access-Control-Allow-Headers")
    access_control_expose_headers: str | None = _m.header(
        "Access-Control-Expose-Headers"
    )
    access_control_max_age: int | None = _m.header("Access-Control-Max-Age")


OPERATION = OperationInfo(
    "OptionObject",
    OptionObjectRequest,
    OptionObjectResponse,
    method="OPTIONS",
    path="/{+key}",
    read_only=True,
    idempotent=True,
)
