"""Request and response models of UpdateVodDomain."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateVodDomainRequest", "UpdateVodDomainResponse"]


class UpdateVodDomainRequest(_p.Request):
    """Parameters of UpdateVodDomain, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """点播加速域名。"""
    sources: str | None = _p.param("Sources", default=None)
    """回源地址列表。"""
    top_level_domain: str | None = _p.param("TopLevelDomain", default=None)
    """顶级接入域。"""


class UpdateVodDomainResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateVodDomain", UpdateVodDomainRequest, UpdateVodDomainResponse
)
