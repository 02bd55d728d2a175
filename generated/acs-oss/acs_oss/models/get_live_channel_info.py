"""Request and response models of GetLiveChannelInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LiveChannelTarget

__all__ = [
    "GetLiveChannelInfoRequest",
    "GetLiveChannelInfoResponse",
    "GetLiveChannelInfoResponseLiveChannelConfiguration",
]


class GetLiveChannelInfoRequest(_p.Request):
    """Parameters of GetLiveChannelInfo, checked against the spec's limits when created."""

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


class GetLiveChannelInfoResponse(_m.Model):
    """保存GetLiveChannelInfo返回结果的响应体。"""

    live_channel_configuration: (
        GetLiveChannelInfoResponseLiveChannelConfiguration | None
    ) = _m.wire("LiveChannelConfiguration")
    """保存GetLiveChannelInfo返回结果的容器。"""


class GetLiveChannelInfoResponseLiveChannelConfiguration(_m.Model):
    """保存GetLiveChannelInfo返回结果的容器。"""

    description: str | None = _m.wire("Description")
    """LiveChannel的描述信息。"""
    status: str | None = _m.wire("Status")
    """LiveChannel的状态信息。有效值：

    enabled：启用状态

    disabled：禁用状态
    """
    target: LiveChannelTarget | None = _m.wire("Target")
    """保存LiveChannel转储配置的容器。"""


OPERATION = OperationInfo(
    "GetLiveChannelInfo",
    GetLiveChannelInfoRequest,
    GetLiveChannelInfoResponse,
    method="GET",
    path="/{channel}",
    query=(("live", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
