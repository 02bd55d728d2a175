"""Request and response models of GetBucketWebsite."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import WebsiteConfiguration

__all__ = ["GetBucketWebsiteRequest", "GetBucketWebsiteResponse"]


class GetBucketWebsiteRequest(_p.Request):
    """Parameters of GetBucketWebsite, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketWebsiteResponse(_m.Model):
    """A model of the response."""

    website_configuration: WebsiteConfiguration | None = _m.wire("WebsiteConfiguration")
    """保存静态网站配置信息的容器。"""


OPERATION = OperationInfo(
    "GetBucketWebsite",
    GetBucketWebsiteRequest,
    GetBucketWebsiteResponse,
    method="GET",
    path="/",
    query=(("website", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
