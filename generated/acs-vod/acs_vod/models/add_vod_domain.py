"""Request and response models of AddVodDomain."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddVodDomainRequest", "AddVodDomainResponse"]


class AddVodDomainRequest(_p.Request):
    """Parameters of AddVodDomain, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """需要接入点播的加速域名。支持泛域名，以英文句号（.）开头，如：.example.com。"""
    sources: str = _p.param("Sources")
    """回源地址列表。参数详情，请参见下表**Sources**。"""
    check_url: str | None = _p.param("CheckUrl", default=None)
    """健康检测URL。"""
    scope: str | None = _p.param("Scope", default=None)
    """国际用户、中国内地L3及以上用户设置有效。 取值范围：
    - **domestic**（默认）：中国大陆。
    - **overseas**：港澳台及海外。
    - **global**：全球加速。
    """
    top_level_domain: str | None = _p.param("TopLevelDomain", default=None)
    """顶级接入域。"""


class AddVodDomainResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("AddVodDomain", AddVodDomainRequest, AddVodDomainResponse)
