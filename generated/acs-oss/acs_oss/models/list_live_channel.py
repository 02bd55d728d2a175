"""Request and response models of ListLiveChannel."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import LiveChannel

__all__ = ["ListLiveChannelRequest", "ListLiveChannelResponse", "ListLiveChannelResult"]


class ListLiveChannelRequest(_p.Request):
    """Parameters of ListLiveChannel, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    marker: str | None = _p.param("marker", default=None)
    """设定结果从marker之后按字母排序的第一个开始返回。"""
    max_keys: int | None = _p.param("max-keys", default=None)
    """限定此次返回LiveChannel的最大数。max-keys取值不能大于1000。 默认值：100"""
    prefix: str | None = _p.param("prefix", default=None)
    """限定返回的LiveChannel必须以prefix作为前缀。注意使用prefix查询时，返回的key中仍会包含prefix。"""


class ListLiveChannelResponse(_m.Model):
    """保存ListLiveChannel请求结果的响应体。"""

    list_live_channel_result: ListLiveChannelResult | None = _m.wire(
        "ListLiveChannelResult"
    )
    """保存ListLiveChannel请求结果的容器。"""


class ListLiveChannelResult(_m.Model):
    """保存ListLiveChannel请求结果的容器。"""

    prefix: str | None = _m.wire("Prefix")
    """本次查询结果的开始前缀。"""
    marker: str | None = _m.wire("Marker")
    """本次ListLiveChannel的起点。"""
    max_keys: int | None = _m.wire("MaxKeys")
    """响应请求内返回结果的最大数目。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """是否已返回所有的结果。

    true：表示本次请求已返回全部结果。

    false：表示本次请求未返回全部结果。
    """
    next_marker: str | None = _m.wire("NextMarker")
    """如果本次没有返回全部结果，响应请求中将包含NextMarker元素，用于标明接下来请求的Marker值。"""
    live_channel: list[LiveChannel] | None = _m.wire("LiveChannel")
    """保存返回的LiveChannel信息的列表。"""


OPERATION = OperationInfo(
    "ListLiveChannel",
    ListLiveChannelRequest,
    ListLiveChannelResponse,
    method="GET",
    path="/",
    query=(("live", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_live_channel_result", "live_channel"),
        markers=(("marker", ("list_live_channel_result", "next_marker")),),
        truncated=("list_live_channel_result", "is_truncated"),
    ),
)
