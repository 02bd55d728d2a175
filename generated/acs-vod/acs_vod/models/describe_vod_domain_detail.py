"""Request and response models of DescribeVodDomainDetail."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodDomainDetailRequest",
    "DescribeVodDomainDetailResponse",
    "DomainDetail",
    "SourceItem",
    "Sources",
]


class DescribeVodDomainDetailRequest(_p.Request):
    """Parameters of DescribeVodDomainDetail, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """点播加速域名名称。"""


class DescribeVodDomainDetailResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    domain_detail: DomainDetail | None = _m.wire("DomainDetail")
    """域名配置的基本信息。"""


class DomainDetail(_m.Model):
    """域名配置的基本信息。"""

    gmt_created: datetime | None = _m.wire("GmtCreated")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    weight: str | None = _m.wire("Weight")
    """回源权重。"""
    ssl_pub: str | None = _m.wire("SSLPub")
    """如果开启HTTPS安全加速，此处为HTTPS证书的公钥；如果未开启HTTPS安全加速，则不返回此参数。"""
    description: str | None = _m.wire("Description")
    """点播加速域名描述。"""
    ssl_protocol: str | None = _m.wire("SSLProtocol")
    """是否开启SSL证书。取值：

    - **on**：开启。
    - **off**：关闭。
    """
    cert_name: str | None = _m.wire("CertName")
    """如果开启HTTPS安全加速，此处为HTTPS证书的名称；如果未开启HTTPS安全加速，则不返回此参数。"""
    scope: str | None = _m.wire("Scope")
    """加速区域。取值：

    - **domestic**（默认）：仅中国内地。
    - **overseas**：全球（不包含中国内地）。
    - **global**：全球。
    """
    cname: str | None = _m.wire("Cname")
    """为加速域名生成的一个CNAME域名，需要在域名解析服务商处将此加速域名CNAME解析到该域名。详细操作请参见[配置CNAME](~~86075~~)。"""
    domain_status: str | None = _m.wire("DomainStatus")
    """加速域名运行状态。取值意义：

    - **online**：表示启用。
    - **offline**：表示停用。
    - **configuring**：表示配置中。
    - **configure_failed**：表示配置失败。
    - **checking**：表示正在审核。
    - **check_failed**：表示审核失败。
    """
    gmt_modified: datetime | None = _m.wire("GmtModified")
    """最近修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    domain_name: str | None = _m.wire("DomainName")
    """点播加速域名。"""
    sources: Sources | None = _m.wire("Sources")


class Sources(_m.Model):
    """A model of the response."""

    source: list[SourceItem] | None = _m.wire("Source")
    """源站信息。"""


class SourceItem(_m.Model):
    """源站详细信息。"""

    type_: str | None = _m.wire("Type")
    """源站类型。取值：

    - **ipaddr**：IP源站。
    - **domain**：域名源站。
    - **oss**：OSS Bucket为源站。
    """
    priority: str | None = _m.wire("Priority")
    """优先级。"""
    port: int | None = _m.wire("Port")
    """端口。支持443和80。"""
    content: str | None = _m.wire("Content")
    """回源地址。"""
    enabled: str | None = _m.wire("Enabled")
    """源站状态。取值：

    - **online**：启用。
    - **offline**：停用。
    """
    weight: str | None = _m.wire("Weight")


OPERATION = OperationInfo(
    "DescribeVodDomainDetail",
    DescribeVodDomainDetailRequest,
    DescribeVodDomainDetailResponse,
    read_only=True,
    idempotent=True,
)
