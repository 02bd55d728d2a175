"""Request and response models of PutCname."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketCnameConfiguration

__all__ = ["PutCnameBody", "PutCnameRequest"]


class PutCnameRequest(_p.Request):
    """Parameters of PutCname, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutCnameBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存Cname配置的请求体。"""


class PutCnameBody(_m.Model):
    """A model of the response."""

    bucket_cname_configuration: BucketCnameConfiguration | None = _m.wire(
        "BucketCnameConfiguration"
    )
    """保存Cname配置的容器。"""


OPERATION = OperationInfo(
    "PutCname", PutCnameRequest, None, path="/", query=(("cname", ""), ("comp", "add"))
)
