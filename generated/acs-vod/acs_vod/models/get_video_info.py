"""Request and response models of GetVideoInfo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetVideoInfoRequest", "GetVideoInfoResponse", "Snapshots", "Video"]


class GetVideoInfoRequest(_p.Request):
    """Parameters of GetVideoInfo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID，仅支持传入一个音/视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 音视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """


class GetVideoInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video: Video | None = _m.wire("Video")
    """音/视频信息。"""


class Video(_m.Model):
    """音/视频信息。"""

    storage_location: str | None = _m.wire("StorageLocation")
    """音/视频存储地址。"""
    creation_time: datetime | None = _m.wire("CreationTime")
    """音/视频创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """音/视频状态。各状态可执行的操作及使用限制等详细信息，请参见[Status：音视频状态](~~52839#title-vqg-8cz-7p8~~)。取值：

    - **Uploading**：上传中。
    - **UploadFail**：上传失败。
    - **UploadSucc**：上传完成。
    - **Transcoding**：转码中。
    - **TranscodeFail**：转码失败。
    - **Blocked**：屏蔽。
    - **Normal**：正常。
    """
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    download_switch: str | None = _m.wire("DownloadSwitch")
    """离线下载开关状态，打开离线下载功能后，则允许移动端用户通过阿里云播放器将视频缓存至本地观看。具体操作，请参见[离线下载](~~86107~~)。取值：

    - **on**：开启，允许离线下载。
    - **off**：关闭，禁止离线下载。
    """
    tags: str | None = _m.wire("Tags")
    """音/视频标签。多个标签之间使用半角逗号（,）分隔。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """音/视频的最后更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region_id: str | None = _m.wire("RegionId")
    """音/视频存储所在地域。"""
    custom_media_info: str | None = _m.wire("CustomMediaInfo")
    """自定义媒资信息。

    > 该参数已废弃，调用API已不会返回该参数。
    """
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    description: str | None = _m.wire("Description")
    """音/视频描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    size: int | None = _m.wire("Size")
    """音/视频源文件大小。单位：字节。"""
    cover_url: str | None = _m.wire("CoverURL")
    """音/视频封面URL。"""
    template_group_id: str | None = _m.wire("TemplateGroupId")
    """转码模板组ID。"""
    duration: float | None = _m.wire("Duration")
    """音/视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """音/视频标题。"""
    audit_status: str | None = _m.wire("AuditStatus")
    """音/视频的终审结果。取值：

    - **Normal**：通过。
    - **Blocked**：屏蔽。
    """
    thumbnail_list: dict[str, Any] | None = _m.wire("ThumbnailList")
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
    "GetVideoInfo",
    GetVideoInfoRequest,
    GetVideoInfoResponse,
    read_only=True,
    idempotent=True,
)
