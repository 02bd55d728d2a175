"""Request and response models of GetVodPlaylist."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetVodPlaylistRequest", "GetVodPlaylistResponse"]


class GetVodPlaylistRequest(_p.Request):
    """Parameters of GetVodPlaylist, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """指定LiveChannel名称。该LiveChannel必须存在。"""
    end_time: str = _p.param("endTime")
    """指定查询ts文件的终止时间，格式为Unix timestamp。 > EndTime必须大于 StartTime，且时间跨度不能大于1天。"""
    start_time: str = _p.param("startTime")
    """指定查询ts文件的起始时间，格式为Unix timestamp。"""


class GetVodPlaylistResponse(_m.BinaryResponse):
    """A model of the response."""


OPERATION = OperationInfo(
    "GetVodPlaylist",
    GetVodPlaylistRequest,
    GetVodPlaylistResponse,
    method="GET",
    path="/{channel}",
    query=(("vod", ""),),
    media="binary",
    read_only=True,
    idempotent=True,
)
