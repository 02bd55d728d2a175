"""Request and response models of GetPublicAccessBlock."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import PublicAccessBlockConfiguration

__all__ = ["GetPublicAccessBlockRequest", "GetPublicAccessBlockResponse"]


class GetPublicAccessBlockRequest(_p.Request):
    """Parameters of GetPublicAccessBlock, checked against the spec's limits when created."""


class GetPublicAccessBlockResponse(_m.Model):
    """接口响应信息。"""

    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问信息的容器。"""


OPERATION = OperationInfo(
    "GetPublicAccessBlock",
    GetPublicAccessBlockRequest,
    GetPublicAccessBlockResponse,
    method="GET",
    path="/",
    query=(("publicAccessBlock", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
