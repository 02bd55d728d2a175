"""Request and response models of SetVodDomainCertificate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SetVodDomainCertificateRequest", "SetVodDomainCertificateResponse"]


class SetVodDomainCertificateRequest(_p.Request):
    """Parameters of SetVodDomainCertificate, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """指定证书所属加速域名。需属于HTTPS加速类型。"""
    cert_name: str | None = _p.param("CertName", default=None)
    """证书名称。"""
    ssl_protocol: str = _p.param("SSLProtocol")
    """HTTPS证书是否启用。取值：

    - **on**：启用。
    - **off**（默认值）：不启用。
    """
    ssl_pub: str | None = _p.param("SSLPub", default=None)
    """安全证书内容。不启用证书则无需输入，配置证书请输入证书内容。"""
    ssl_pri: str | None = _p.param("SSLPri", default=None)
    """私钥内容。不启用证书则无需输入，配置证书请输入私钥内容。"""


class SetVodDomainCertificateResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetVodDomainCertificate",
    SetVodDomainCertificateRequest,
    SetVodDomainCertificateResponse,
)
