"""Request and response models of VerifyVodDomainOwner."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["VerifyVodDomainOwnerRequest", "VerifyVodDomainOwnerResponse"]


class VerifyVodDomainOwnerRequest(_p.Request):
    """Parameters of VerifyVodDomainOwner, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """校验的域名。仅支持单域名校验。"""
    verify_type: str = _p.param("VerifyType")
    """域名归属权验证方式，取值：

    - **dnsCheck**：DNS解析验证。
    - **fileCheck**：文件验证。
    """


class VerifyVodDomainOwnerResponse(_m.Model):
    """返回结果。"""

    content: str | None = _m.wire("Content")
    """校验内容。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "VerifyVodDomainOwner",
    VerifyVodDomainOwnerRequest,
    VerifyVodDomainOwnerResponse,
    read_only=True,
    idempotent=True,
)
