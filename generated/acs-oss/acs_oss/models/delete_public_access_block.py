"""Request and response models of DeletePublicAccessBlock."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeletePublicAccessBlockRequest"]


class DeletePublicAccessBlockRequest(_p.Request):
    """Parameters of DeletePublicAccessBlock, checked against the spec's limits when created."""


OPERATION = OperationInfo(
    "DeletePublicAccessBlock",
    DeletePublicAccessBlockRequest,
    None,
    method="DELETE",
    path="/",
    query=(("publicAccessBlock", ""),),
    idempotent=True,
)
