"""Request and response models of DeleteVodDomain."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteVodDomainRequest", "DeleteVodDomainResponse"]


class DeleteVodDomainRequest(_p.Request):
    """Parameters of DeleteVodDomain, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """要删除的点播加速域名。"""


class DeleteVodDomainResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteVodDomain", DeleteVodDomainRequest, DeleteVodDomainResponse
)
