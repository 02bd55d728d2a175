"""Request and response models of PutPublicAccessBlock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import PublicAccessBlockConfiguration

__all__ = ["PutPublicAccessBlockBody", "PutPublicAccessBlockRequest"]


class PutPublicAccessBlockRequest(_p.Request):
    """Parameters of PutPublicAccessBlock, checked against the spec's limits when created."""

    body: PutPublicAccessBlockBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """接口请求体。"""


class PutPublicAccessBlockBody(_m.Model):
    """A model of the response."""

    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问配置信息的容器。"""


OPERATION = OperationInfo(
    "PutPublicAccessBlock",
    PutPublicAccessBlockRequest,
    None,
    method="PUT",
    path="/",
    query=(("publicAccessBlock", ""),),
    idempotent=True,
)
