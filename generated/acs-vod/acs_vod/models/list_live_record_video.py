"""Request and response models of ListLiveRecordVideo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "ListLiveRecordVideoRequest",
    "ListLiveRecordVideoResponse",
    "LiveRecordVideoItem",
    "LiveRecordVideoList",
    "Snapshots",
    "Video",
]


class ListLiveRecordVideoRequest(_p.Request):
    """Parameters of ListLiveRecordVideo, checked against the spec's limits when created."""

    stream_name: str | None = _p.param("StreamName", default=None)
    """录制时使用的直播流名称。"""
    domain_name: str | None = _p.param("DomainName", default=None)
    """录制时使用的直播域名。"""
    app_name: str | None = _p.param("AppName", default=None)
    """录制时使用的App名称。"""
    page_no: int | None = _p.param("PageNo", default=None)
    """页号。默认值：**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """页长。最大值：**100**，默认值：**10**。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """结果排序。取值：

    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """录制操作（开始直播节目录制）的开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """录制操作（开始直播节目录制）的结束时间。需晚于开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""


class ListLiveRecordVideoResponse(_m.Model):
    """A model of the response."""

    total: int | None = _m.wire("Total")
    """视频总条数。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    live_record_video_list: LiveRecordVideoList | None = _m.wire("LiveRecordVideoList")


class LiveRecordVideoList(_m.Model):
    """A model of the response."""

    live_record_video: list[LiveRecordVideoItem] | None = _m.wire("LiveRecordVideo")
    """视频列表。"""


class LiveRecordVideoItem(_m.Model):
    """A model of the response."""

    app_name: str | None = _m.wire("AppName")
    """App名称。"""
    playlist_id: str | None = _m.wire("PlaylistId")
    """播单ID。"""
    stream_name: str | None = _m.wire("StreamName")
    """直播流名称。"""
    record_end_time: datetime | None = _m.wire("RecordEndTime")
    """录制结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    record_start_time: datetime | None = _m.wire("RecordStartTime")
    """录制开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    domain_name: str | None = _m.wire("DomainName")
    """域名。"""
    play_info_list: dict[str, Any] | None = _m.wire("PlayInfoList")
    video: Video | None = _m.wire("Video")
    """视频信息。"""


class Video(_m.Model):
    """视频信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """视频创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """视频状态。取值：
    - **Uploading**：上传中。
    - **UploadFail**：上传失败。
    - **UploadSuccess**：上传完成。
    - **Transcoding**：转码中。
    - **TranscodeFail**：转码失败。
    - **Blocked**：屏蔽。
    - **Normal**：正常。
    """
    cate_id: int | None = _m.wire("CateId")
    """视频分类ID。"""
    video_id: str | None = _m.wire("VideoId")
    """视频ID。"""
    tags: str | None = _m.wire("Tags")
    """视频标签。多个标签使用英文逗号（,）分隔。"""
    cate_name: str | None = _m.wire("CateName")
    """视频分类名称。"""
    description: str | None = _m.wire("Description")
    """视频描述。"""
    size: int | None = _m.wire("Size")
    """视频源文件大小。单位：字节。"""
    cover_url: str | None = _m.wire("CoverURL")
    """视频封面URL。"""
    template_group_id: str | None = _m.wire("TemplateGroupId")
    """视频转码时使用的转码模板组ID。"""
    duration: float | None = _m.wire("Duration")
    """视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """视频标题。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """视频更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    snapshots: Snapshots | None = _m.wire("Snapshots")


class Snapshots(_m.Model):
    """A model of the response."""

    snapshot: list[str] | None = _m.wire("Snapshot")
    """视频截图URL数组。"""


OPERATION = OperationInfo(
    "ListLiveRecordVideo",
    ListLiveRecordVideoRequest,
    ListLiveRecordVideoResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("live_record_video_list", "live_record_video"),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
