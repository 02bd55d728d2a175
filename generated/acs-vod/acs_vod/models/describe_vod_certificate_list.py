"""Request and response models of DescribeVodCertificateList."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "CertItem",
    "CertList",
    "CertificateListModel",
    "DescribeVodCertificateListRequest",
    "DescribeVodCertificateListResponse",
]


class DescribeVodCertificateListRequest(_p.Request):
    """Parameters of DescribeVodCertificateList, checked against the spec's limits when created."""

    domain_name: str | None = _p.param("DomainName", default=None)
    """点播加速域名。"""


class DescribeVodCertificateListResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    certificate_list_model: CertificateListModel | None = _m.wire(
        "CertificateListModel"
    )
    """证书ID。"""


class CertificateListModel(_m.Model):
    """证书ID。"""

    count: int | None = _m.wire("Count")
    """证书个数。"""
    cert_list: CertList | None = _m.wire("CertList")


class CertList(_m.Model):
    """A model of the response."""

    cert: list[CertItem] | None = _m.wire("Cert")
    """证书列表信息。"""


class CertItem(_m.Model):
    """A model of the response."""

    last_time: int | None = _m.wire("LastTime")
    """证书签发时间。单位：秒。"""
    fingerprint: str | None = _m.wire("Fingerprint")
    """证书指纹。"""
    cert_name: str | None = _m.wire("CertName")
    """证书名称。"""
    issuer: str | None = _m.wire("Issuer")
    """证书发行商。"""
    cert_id: int | None = _m.wire("CertId")
    """证书ID。"""
    common: str | None = _m.wire("Common")
    """证书公用名。"""


OPERATION = OperationInfo(
    "DescribeVodCertificateList",
    DescribeVodCertificateListRequest,
    DescribeVodCertificateListResponse,
    read_only=True,
    idempotent=True,
)
