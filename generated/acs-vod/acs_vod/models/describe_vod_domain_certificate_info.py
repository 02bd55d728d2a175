"""Request and response models of DescribeVodDomainCertificateInfo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "CertInfoItem",
    "CertInfos",
    "DescribeVodDomainCertificateInfoRequest",
    "DescribeVodDomainCertificateInfoResponse",
]


class DescribeVodDomainCertificateInfoRequest(_p.Request):
    """Parameters of DescribeVodDomainCertificateInfo, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """点播加速域名。"""


class DescribeVodDomainCertificateInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    cert_infos: CertInfos | None = _m.wire("CertInfos")


class CertInfos(_m.Model):
    """A model of the response."""

    cert_info: list[CertInfoItem] | None = _m.wire("CertInfo")
    """证书信息。"""


class CertInfoItem(_m.Model):
    """A model of the response."""

    status: str | None = _m.wire("Status")
    """证书状态。
    - **success**：已生效
    - **checking**：检测域名是否在阿里云点播
    - **cname_error**：域名没有切到阿里云点播
    - **domain_invalid**：域名包含非法字符
    - **unsupport_wildcard**：不支持泛域名
    - **applying**：证书申请中
    - **failed**：证书申请失败

    > 仅当`CertType`为`free`时，该字段才会返回值，其他类型的证书该字段返回为空。
    """
    cert_life: str | None = _m.wire("CertLife")
    """证书时长。单位：months（月），years（年）。"""
    cert_expire_time: datetime | None = _m.wire("CertExpireTime")
    """证书过期时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    cert_type: str | None = _m.wire("CertType")
    """证书类型。取值：
    - **free**：免费证书
    - **cas**：云盾证书
    - **upload**：自定义上传
    """
    server_certificate_status: str | None = _m.wire("ServerCertificateStatus")
    """HTTPS证书开启状态。
    - **on**：已开启
    - **off**：未开启
    """
    cert_domain_name: str | None = _m.wire("CertDomainName")
    """证书匹配的域名。"""
    cert_name: str | None = _m.wire("CertName")
    """证书名称。"""
    cert_org: str | None = _m.wire("CertOrg")
    """证书组织。"""
    domain_name: str | None = _m.wire("DomainName")
    """加速域名。"""


OPERATION = OperationInfo(
    "DescribeVodDomainCertificateInfo",
    DescribeVodDomainCertificateInfoRequest,
    DescribeVodDomainCertificateInfoResponse,
    read_only=True,
    idempotent=True,
)
