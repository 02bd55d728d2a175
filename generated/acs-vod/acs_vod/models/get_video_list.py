"""Request and response models of GetVideoList."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "GetVideoListRequest",
    "GetVideoListResponse",
    "Snapshots",
    "VideoItem",
    "VideoList",
]


class GetVideoListRequest(_p.Request):
    """Parameters of GetVideoList, checked against the spec's limits when created."""

    cate_id: int | None = _p.param("CateId", default=None)
    """分类ID。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[创建分类](~~56401~~)接口创建分类时，分类ID为返回参数CateId的值。
    - 通过[获取分类及子分类](~~56406~~)接口查询分类时，为请求后返回参数CateId的值。
    """
    status: str | None = _p.param("Status", default=None)
    """视频状态。支持获取多个状态的视频，多个状态之间使用半角逗号（,）分隔。取值：

    - **Uploading**：上传中。
    - **UploadFail**：上传失败。
    - **UploadSucc**：上传完成。
    - **Transcoding**：转码中。
    - **TranscodeFail**：转码失败。
    - **Checking**：审核中。
    - **Blocked**：屏蔽。
    - **Normal**：正常。
    - **ProduceFail**：合成失败。

    各视频状态的具体含义解释及相关限制，请参见[Status：视频状态](~~52839#section-p7c-jgy-070~~)。
    """
    page_no: int | None = _p.param("PageNo", default=None)
    """当前页码。默认值为**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """列表页大小。默认值为**10**，最大值为**100**。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """查询结果排序。取值：

    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """CreationTime（创建时间）的开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """CreationTime的结束时间，需晚于开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    storage_location: str | None = _p.param("StorageLocation", default=None)
    """音/视频存储地址。"""


class GetVideoListResponse(_m.Model):
    """返回结果。"""

    total: int | None = _m.wire("Total")
    """音/视频总条数。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video_list: VideoList | None = _m.wire("VideoList")


class VideoList(_m.Model):
    """A model of the response."""

    video: list[VideoItem] | None = _m.wire("Video")
    """获取音/视频信息列表。最大支持获取前5000条。"""


class VideoItem(_m.Model):
    """音/视频信息详情。"""

    storage_location: str | None = _m.wire("StorageLocation")
    """音/视频存储地址。"""
    status: str | None = _m.wire("Status")
    """视频状态。取值：

    - **Uploading**：上传中。
    - **UploadFail**：上传失败。
    - **UploadSucc**：上传完成。
    - **Transcoding**：转码中。
    - **TranscodeFail**：转码失败。
    - **Checking**：审核中。
    - **Blocked**：屏蔽。
    - **Normal**：正常。
    - **ProduceFail**：合成失败。

    各视频状态的具体含义解释及相关限制，请参见[Status：视频状态](~~52839#section-p7c-jgy-070~~)。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """音/视频创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    tags: str | None = _m.wire("Tags")
    """音/视频标签。多个用半角逗号（,）分隔。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """视频更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    description: str | None = _m.wire("Description")
    """音/视频描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。默认取值：**app-1000000**。"""
    size: int | None = _m.wire("Size")
    """音/视频源文件大小。单位：字节。"""
    cover_url: str | None = _m.wire("CoverURL")
    """音/视频封面URL。"""
    duration: float | None = _m.wire("Duration")
    """音/视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """音/视频标题。"""
    snapshots: Snapshots | None = _m.wire("Snapshots")
    storage_class: str | None = _m.wire("StorageClass")
    """媒资存储类型。取值：

    - **Standard**：标准。
    - **IA**：媒资低频。
    - **Archive**：媒资归档。
    - **ColdArchive**：媒资冷归档。
    - **SourceIA**：源文件低频。
    - **SourceArchive**：源文件归档。
    - **SourceColdArchive**：源文件冷归档。
    - **Changing**：媒资存储类型变更中。
    - **SourceChanging**：源文件存储类型变更中。
    """
    restore_status: str | None = _m.wire("RestoreStatus")
    """媒资解冻状态。取值：
    - **Processing**：解冻中。
    - **Success**：解冻成功。
    - **Failed**：解冻失败。
    """
    restore_expiration: datetime | None = _m.wire("RestoreExpiration")
    """媒资解冻有效期。"""


class Snapshots(_m.Model):
    """A model of the response."""

    snapshot: list[str] | None = _m.wire("Snapshot")
    """视频截图URL数组。"""


OPERATION = OperationInfo(
    "GetVideoList",
    GetVideoListRequest,
    GetVideoListResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("video_list", "video"),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
