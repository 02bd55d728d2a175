"""Request and response models of OpenMetaQuery."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["OpenMetaQueryRequest"]


class OpenMetaQueryRequest(_p.Request):
    """Parameters of OpenMetaQuery, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


OPERATION = OperationInfo(
    "OpenMetaQuery",
    OpenMetaQueryRequest,
    None,
    path="/",
    query=(("metaQuery", ""), ("comp", "add")),
)
