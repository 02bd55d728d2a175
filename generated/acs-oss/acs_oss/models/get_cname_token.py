"""Request and response models of GetCnameToken."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CnameToken

__all__ = ["GetCnameTokenRequest", "GetCnameTokenResponse"]


class GetCnameTokenRequest(_p.Request):
    """Parameters of GetCnameToken, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    cname: str = _p.param("cname")
    """绑定的Cname名称。"""


class GetCnameTokenResponse(_m.Model):
    """保存CnameToken的响应体。"""

    cname_token: CnameToken | None = _m.wire("CnameToken")
    """保存CnameToken的容器。"""


OPERATION = OperationInfo(
    "GetCnameToken",
    GetCnameTokenRequest,
    GetCnameTokenResponse,
    method="GET",
    path="/",
    query=(("comp", "token"),),
    media="xml",
    read_only=True,
    idempotent=True,
)
