"""Request and response models of PutLiveChannel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import (
    LiveChannelConfiguration,
    LiveChannelPlayUrls,
    LiveChannelPublishUrls,
)

__all__ = [
    "CreateLiveChannelResult",
    "PutLiveChannelBody",
    "PutLiveChannelRequest",
    "PutLiveChannelResponse",
]


class PutLiveChannelRequest(_p.Request):
    """Parameters of PutLiveChannel, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """频道名称。不能包含斜杠（/）。"""
    body: PutLiveChannelBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存LiveChannel配置的请求体。"""


class PutLiveChannelResponse(_m.Model):
    """保存CreateLiveChannel请求结果的响应体。"""

    create_live_channel_result: CreateLiveChannelResult | None = _m.wire(
        "CreateLiveChannelResult"
    )
    """保存CreateLiveChannel请求结果的容器。"""


class CreateLiveChannelResult(_m.Model):
    """保存CreateLiveChannel请求结果的容器。"""

    publish_urls: LiveChannelPublishUrls | None = _m.wire("PublishUrls")
    """保存推流地址的容器。"""
    play_urls: LiveChannelPlayUrls | None = _m.wire("PlayUrls")
    """保存播放地址的容器。"""


class PutLiveChannelBody(_m.Model):
    """A model of the response."""

    live_channel_configuration: LiveChannelConfiguration | None = _m.wire(
        "LiveChannelConfiguration"
    )
    """保存LiveChannel配置的容器。"""


OPERATION = OperationInfo(
    "PutLiveChannel",
    PutLiveChannelRequest,
    PutLiveChannelResponse,
    method="PUT",
    path="/{channel}",
    query=(("live", ""),),
    media="xml",
    idempotent=True,
)
