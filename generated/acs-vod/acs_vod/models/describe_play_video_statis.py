"""Request and response models of DescribePlayVideoStatis."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribePlayVideoStatisRequest",
    "DescribePlayVideoStatisResponse",
    "VideoPlayStatisDetailItem",
    "VideoPlayStatisDetails",
]


class DescribePlayVideoStatisRequest(_p.Request):
    """Parameters of DescribePlayVideoStatis, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """指定查询的起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """指定查询的结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。 >
    结束时间需大于起始时间，且与起始时间的最大跨度为180天。
    """
    video_id: str = _p.param("VideoId")
    """要查询的视频的视频ID，仅支持传入一个视频ID。可通过以下方式获取：
    - 可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看。
    - 调用[CreateUploadVideo](~~CreateUploadVideo~~)接口获取上传地址和凭证时会返回。
    - 音视频上传后，调用[SearchMedia ](~~SearchMedia~~)接口查询视频时会返回。
    """


class DescribePlayVideoStatisResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video_play_statis_details: VideoPlayStatisDetails | None = _m.wire(
        "VideoPlayStatisDetails"
    )


class VideoPlayStatisDetails(_m.Model):
    """A model of the response."""

    video_play_statis_detail: list[VideoPlayStatisDetailItem] | None = _m.wire(
        "VideoPlayStatisDetail"
    )
    """视频在指定时间段内每日的播放统计数据。"""


class VideoPlayStatisDetailItem(_m.Model):
    """A model of the response."""

    play_duration: str | None = _m.wire("PlayDuration")
    """播放总时长。单位：毫秒。"""
    date: datetime | None = _m.wire("Date")
    """播放日期，格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    vv: str | None = _m.wire("VV")
    """播放次数。"""
    title: str | None = _m.wire("Title")
    """视频名称。"""
    uv: str | None = _m.wire("UV")
    """播放用户数。"""
    play_range: str | None = _m.wire("PlayRange")
    """播放时长分布。"""


OPERATION = OperationInfo(
    "DescribePlayVideoStatis",
    DescribePlayVideoStatisRequest,
    DescribePlayVideoStatisResponse,
    read_only=True,
    idempotent=True,
)
