"""Request and response models of PutBucketWebsite."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import WebsiteConfiguration

__all__ = ["PutBucketWebsiteBody", "PutBucketWebsiteRequest"]


class PutBucketWebsiteRequest(_p.Request):
    """Parameters of PutBucketWebsite, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketWebsiteBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存静态网站配置的容器。"""


class PutBucketWebsiteBody(_m.Model):
    """A model of the response."""

    website_configuration: WebsiteConfiguration | None = _m.wire("WebsiteConfiguration")
    """保存静态网站配置的容器。"""


OPERATION = OperationInfo(
    "PutBucketWebsite",
    PutBucketWebsiteRequest,
    None,
    method="PUT",
    path="/",
    query=(("website", ""),),
    idempotent=True,
)
