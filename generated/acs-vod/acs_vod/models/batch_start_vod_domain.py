"""Request and response models of BatchStartVodDomain."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["BatchStartVodDomainRequest", "BatchStartVodDomainResponse"]


class BatchStartVodDomainRequest(_p.Request):
    """Parameters of BatchStartVodDomain, checked against the spec's limits when created."""

    domain_names: str = _p.param("DomainNames")
    """点播加速域名。多个域名使用英文逗号（,）分隔。"""


class BatchStartVodDomainResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "BatchStartVodDomain", BatchStartVodDomainRequest, BatchStartVodDomainResponse
)
