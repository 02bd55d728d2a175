"""Request and response models of ListStyle."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import StyleInfo

__all__ = ["ListStyleRequest", "ListStyleResponse", "StyleList"]


class ListStyleRequest(_p.Request):
    """Parameters of ListStyle, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class ListStyleResponse(_m.Model):
    """保存图片样式信息的响应体。"""

    style_list: StyleList | None = _m.wire("StyleList")
    """保存图片样式信息列表的容器。"""


class StyleList(_m.Model):
    """保存图片样式信息列表的容器。"""

    style: list[StyleInfo] | None = _m.wire("Style")
    """保存图片样式信息的列表。"""


OPERATION = OperationInfo(
    "ListStyle",
    ListStyleRequest,
    ListStyleResponse,
    method="GET",
    path="/",
    query=(("style", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
