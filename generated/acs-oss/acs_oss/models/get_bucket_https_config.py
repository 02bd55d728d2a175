"""Request and response models of GetBucketHttpsConfig."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import HttpsConfiguration

__all__ = ["GetBucketHttpsConfigRequest", "GetBucketHttpsConfigResponse"]


class GetBucketHttpsConfigRequest(_p.Request):
    """Parameters of GetBucketHttpsConfig, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称"""


class GetBucketHttpsConfigResponse(_m.Model):
    """保存HTTPS配置的响应。"""

    https_configuration: HttpsConfiguration | None = _m.wire("HttpsConfiguration")
    """保存HTTPS配置的容器。"""


OPERATION = OperationInfo(
    "GetBucketHttpsConfig",
    GetBucketHttpsConfigRequest,
    GetBucketHttpsConfigResponse,
    method="GET",
    path="/",
    query=(("httpsConfig", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
