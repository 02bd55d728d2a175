"""Request and response models of DescribeVodUserDomains."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "DescribeVodUserDomainsRequest",
    "DescribeVodUserDomainsResponse",
    "Domains",
    "PageDataItem",
    "SourceItem",
    "Sources",
]


class DescribeVodUserDomainsRequest(_p.Request):
    """Parameters of DescribeVodUserDomains, checked against the spec's limits when created."""

    page_size: int | None = _p.param("PageSize", default=None, minimum=1, maximum=500)
    """分页大小。默认值为**20**，最大值为**50**。取值：**1**~**50**之间的任意整数。"""
    page_number: int | None = _p.param("PageNumber", default=None, minimum=1)
    """当前页码。"""
    domain_name: str | None = _p.param("DomainName", default=None)
    """点播加速域名，支持域名模糊匹配过滤。"""
    domain_status: str | None = _p.param("DomainStatus", default=None)
    """域名状态过滤。取值意义：

    - **online**：表示启用。
    - **offline**：表示停用。
    - **configuring**：表示配置中。
    - **configure_failed**：表示配置失败。
    - **checking**：表示正在审核。
    - **check_failed**：表示审核失败。
    """
    domain_search_type: str | None = _p.param("DomainSearchType", default=None)
    """域名查询类型：

    - **fuzzy_match**（默认）：模糊匹配。
    - **pre_match**：前匹配。
    - **suf_match**：后匹配。
    - **full_match**：完全匹配。
    """
    tag: Sequence[Mapping[str, Any]] | None = _p.param(
        "Tag", default=None, style="repeatList", max_items=20
    )
    """标签。"""


class DescribeVodUserDomainsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    page_number: int | None = _m.wire("PageNumber")
    """返回数据的页码。"""
    page_size: int | None = _m.wire("PageSize")
    """分页大小。"""
    total_count: int | None = _m.wire("TotalCount")
    """总条数。"""
    domains: Domains | None = _m.wire("Domains")


class Domains(_m.Model):
    """A model of the response."""

    page_data: list[PageDataItem] | None = _m.wire("PageData")
    """由PageData组成的数组格式，返回点播域名的状态信息。"""


class PageDataItem(_m.Model):
    """返回信息。"""

    gmt_created: datetime | None = _m.wire("GmtCreated")
    """点播域名创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    ssl_protocol: str | None = _m.wire("SslProtocol")
    """HTTPS开关。
    - **on**：已开启。
    - **off**：未开启。
    """
    description: str | None = _m.wire("Description")
    """备注。"""
    sandbox: str | None = _m.wire("Sandbox")
    """沙箱。"""
    cname: str | None = _m.wire("Cname")
    """点播域名对应的CNAME域名。"""
    domain_status: str | None = _m.wire("DomainStatus")
    """点播域名状态，取值含义：

    - **online**：表示启用。
    - **offline**：表示停用。
    - **configuring**：表示配置中。
    - **configure_failed**：表示配置失败。
    - **checking**：表示正在审核。
    - **check_failed**：表示审核失败。
    """
    gmt_modified: datetime | None = _m.wire("GmtModified")
    """点播域名修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    domain_name: str | None = _m.wire("DomainName")
    """点播加速域名。"""
    sources: Sources | None = _m.wire("Sources")


class Sources(_m.Model):
    """A model of the response."""

    source: list[SourceItem] | None = _m.wire("Source")
    """源站信息。"""


class SourceItem(_m.Model):
    """源站详情。"""

    type_: str | None = _m.wire("Type")
    """源站类型，取值含义：
    - **ipaddr**：IP源站。
    - **domain**：域名源站。
    - **oss**：OSS Bucket为源站。
    """
    priority: str | None = _m.wire("Priority")
    """优先级。"""
    port: int | None = _m.wire("Port")
    """端口，支持**443**和**80**。"""
    content: str | None = _m.wire("Content")
    """回源地址。"""


OPERATION = OperationInfo(
    "DescribeVodUserDomains",
    DescribeVodUserDomainsRequest,
    DescribeVodUserDomainsResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("domains", "page_data"),
        page="page_number",
        page_size="page_size",
        total=("total_count",),
    ),
)
