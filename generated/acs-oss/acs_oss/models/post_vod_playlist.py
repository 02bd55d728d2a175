"""Request and response models of PostVodPlaylist."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PostVodPlaylistRequest"]


class PostVodPlaylistRequest(_p.Request):
    """Parameters of PostVodPlaylist, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """指定LiveChannel名称，该LiveChannel必须存在。"""
    playlist: str = _p.param("playlist", location="path")
    """指定生成的点播播放列表的名称，必须以“.m3u8”结尾。"""
    end_time: str = _p.param("endTime")
    """指定查询ts文件的终止时间。 格式：Unix timestamp >EndTime必须大于StartTime，且时间跨度不能大于1天。"""
    start_time: str = _p.param("startTime")
    """指定查询ts文件的起始时间，格式为Unix timestamp。"""


OPERATION = OperationInfo(
    "PostVodPlaylist",
    PostVodPlaylistRequest,
    None,
    path="/{channel}/{playlist}",
    query=(("vod", ""),),
)
