"""Request and response models of DescribePlayTopVideos."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "DescribePlayTopVideosRequest",
    "DescribePlayTopVideosResponse",
    "TopPlayVideoStatisItem",
    "TopPlayVideos",
]


class DescribePlayTopVideosRequest(_p.Request):
    """Parameters of DescribePlayTopVideos, checked against the spec's limits when created."""

    biz_date: str = _p.param("BizDate")
    """指定查询的日期。格式为：yyyy-MM-ddTHH:mm:ssZ（UTC时间）。"""
    page_no: int | None = _p.param("PageNo", default=None)
    """分页的页码。默认值：**1**。"""
    page_size: int | None = _p.param("PageSize", default=None, minimum=10, maximum=1000)
    """每页大小，每页显示的条数。默认值为**100**，最大值为**1000**。"""


class DescribePlayTopVideosResponse(_m.Model):
    """A model of the response."""

    page_no: int | None = _m.wire("PageNo")
    """分页的页码。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    page_size: int | None = _m.wire("PageSize")
    """每页大小。"""
    total_num: int | None = _m.wire("TotalNum")
    """TOP视频的总条数。"""
    top_play_videos: TopPlayVideos | None = _m.wire("TopPlayVideos")


class TopPlayVideos(_m.Model):
    """A model of the response."""

    top_play_video_statis: list[TopPlayVideoStatisItem] | None = _m.wire(
        "TopPlayVideoStatis"
    )
    """TOP视频的当日播放数据。"""


class TopPlayVideoStatisItem(_m.Model):
    """A model of the response."""

    title: str | None = _m.wire("Title")
    """视频名称。"""
    vv: str | None = _m.wire("VV")
    """播放次数。"""
    play_duration: str | None = _m.wire("PlayDuration")
    """播放总时长。单位：毫秒。"""
    video_id: str | None = _m.wire("VideoId")
    """视频ID。"""
    uv: str | None = _m.wire("UV")
    """播放用户数。"""


OPERATION = OperationInfo(
    "DescribePlayTopVideos",
    DescribePlayTopVideosRequest,
    DescribePlayTopVideosResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("top_play_videos", "top_play_video_statis"),
        page="page_no",
        page_size="page_size",
        total=("total_num",),
    ),
)
