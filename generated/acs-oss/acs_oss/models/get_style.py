"""Request and response models of GetStyle."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import StyleInfo

__all__ = ["GetStyleRequest", "GetStyleResponse"]


class GetStyleRequest(_p.Request):
    """Parameters of GetStyle, checked against the spec's limits when created."""

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


class GetStyleResponse(_m.Model):
    """保存已获取图片样式内容的响应体。"""

    style: StyleInfo | None = _m.wire("Style")
    """保存已获取样式内容的容器。"""


OPERATION = OperationInfo(
    "GetStyle",
    GetStyleRequest,
    GetStyleResponse,
    method="GET",
    path="/",
    query=(("style", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
