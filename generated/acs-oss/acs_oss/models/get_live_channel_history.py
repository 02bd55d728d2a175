"""Request and response models of GetLiveChannelHistory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LiveRecord

__all__ = [
    "GetLiveChannelHistoryRequest",
    "GetLiveChannelHistoryResponse",
    "LiveChannelHistory",
]


class GetLiveChannelHistoryRequest(_p.Request):
    """Parameters of GetLiveChannelHistory, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """LiveChannel名称。"""


class GetLiveChannelHistoryResponse(_m.Model):
    """保存GetLiveChannelHistory返回结果的响应体。"""

    live_channel_history: LiveChannelHistory | None = _m.wire("LiveChannelHistory")
    """保存GetLiveChannelHistory返回结果的容器。"""


class LiveChannelHistory(_m.Model):
    """保存GetLiveChannelHistory返回结果的容器。"""

    live_record: list[LiveRecord] | None = _m.wire("LiveRecord")
    """保存推流记录信息的列表。"""


OPERATION = OperationInfo(
    "GetLiveChannelHistory",
    GetLiveChannelHistoryRequest,
    GetLiveChannelHistoryResponse,
    method="GET",
    path="/{channel}",
    query=(("live", ""), ("comp", "history")),
    media="xml",
    read_only=True,
    idempotent=True,
)
