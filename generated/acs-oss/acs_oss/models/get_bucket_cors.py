"""Request and response models of GetBucketCors."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CORSRule

__all__ = [
    "GetBucketCorsRequest",
    "GetBucketCorsResponse",
    "GetBucketCorsResponseCORSConfiguration",
]


class GetBucketCorsRequest(_p.Request):
    """Parameters of GetBucketCors, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketCorsResponse(_m.Model):
    """A model of the response."""

    cors_configuration: GetBucketCorsResponseCORSConfiguration | None = _m.wire(
        "CORSConfiguration"
    )
    """保存CORS规则配置的容器。"""


class GetBucketCorsResponseCORSConfiguration(_m.Model):
    """保存CORS规则配置的容器。"""

    cors_rule: list[CORSRule] | None = _m.wire("CORSRule")
    """保存CORS规则的列表。"""
    response_vary: bool | None = _m.wire("ResponseVary")
    """是否返回Vary: Origin头。

    true：不管发送的是否是跨域请求或跨域请求是否成功，均会返回Vary: Origin头。

    false：任何情况下均不返回Vary: Origin头。
    """


OPERATION = OperationInfo(
    "GetBucketCors",
    GetBucketCorsRequest,
    GetBucketCorsResponse,
    method="GET",
    path="/",
    query=(("cors", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
