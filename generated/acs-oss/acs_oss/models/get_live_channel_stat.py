"""Request and response models of GetLiveChannelStat."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LiveChannelAudio, LiveChannelVideo

__all__ = ["GetLiveChannelStatRequest", "GetLiveChannelStatResponse", "LiveChannelStat"]


class GetLiveChannelStatRequest(_p.Request):
    """Parameters of GetLiveChannelStat, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """Livechannel名称。"""


class GetLiveChannelStatResponse(_m.Model):
    """保存GetLiveChannelStat返回结果的响应体。"""

    live_channel_stat: LiveChannelStat | None = _m.wire("LiveChannelStat")
    """保存GetLiveChannelStat返回结果的容器。"""


class LiveChannelStat(_m.Model):
    """保存GetLiveChannelStat返回结果的容器。"""

    status: str | None = _m.wire("Status")
    """LiveChannel当前的推流状态描述。有效值：Disabled、Live、Idle。"""
    connected_time: datetime | None = _m.wire("ConnectedTime")
    """当Status为Live时，表示当前客户端开始推流的时间。此元素使用ISO8601格式表示。"""
    remote_addr: str | None = _m.wire("RemoteAddr")
    """当Status为Live时，表示当前推流客户端的IP地址。"""
    video: LiveChannelVideo | None = _m.wire("Video")
    """当Status为Live时，保存视频流信息的容器。

    >Video、Audio容器只有在Status为Live时才会返回，但Status为Live时不一定返回这两个容器。例如，客户端已经连接到LiveChannel，但尚未发送音视频数据，这种情况不会返回这两个容器。
    """
    audio: LiveChannelAudio | None = _m.wire("Audio")
    """当Status为Live时，保存音频流信息的容器。

    >Video、Audio容器只有在Status为Live时才会返回，但Status为Live时不一定返回这两个容器。例如，客户端已经连接到LiveChannel，但尚未发送音视频数据，这种情况不会返回这两个容器。
    """


OPERATION = OperationInfo(
    "GetLiveChannelStat",
    GetLiveChannelStatRequest,
    GetLiveChannelStatResponse,
    method="GET",
    path="/{channel}",
    query=(("live", ""), ("comp", "stat")),
    media="xml",
    read_only=True,
    idempotent=True,
)
