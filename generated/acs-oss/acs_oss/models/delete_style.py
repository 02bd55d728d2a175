"""Request and response models of DeleteStyle."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteStyleRequest"]


class DeleteStyleRequest(_p.Request):
    """Parameters of DeleteStyle, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    style_name: str = _p.param("styleName")
    """图片样式名称。"""


OPERATION = OperationInfo(
    "DeleteStyle",
    DeleteStyleRequest,
    None,
    method="DELETE",
    path="/",
    query=(("style", ""),),
    idempotent=True,
)
