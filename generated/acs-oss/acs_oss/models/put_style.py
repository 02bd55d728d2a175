"""Request and response models of PutStyle."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import Style

__all__ = ["PutStyleBody", "PutStyleRequest"]


class PutStyleRequest(_p.Request):
    """Parameters of PutStyle, checked against the spec's limits when created."""

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
    category: str | None = _p.param("category", default=None)
    """样式分类。

    取值：image、document、video。
    """
    body: PutStyleBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存图片样式信息的请求体。"""


class PutStyleBody(_m.Model):
    """A model of the response."""

    style: Style | None = _m.wire("Style")
    """保存图片样式信息列表的容器。"""


OPERATION = OperationInfo(
    "PutStyle",
    PutStyleRequest,
    None,
    method="PUT",
    path="/",
    query=(("style", ""),),
    idempotent=True,
)
