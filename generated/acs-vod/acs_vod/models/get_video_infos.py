"""Request and response models of GetVideoInfos."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetVideoInfosRequest", "GetVideoInfosResponse", "VideoListItem"]


class GetVideoInfosRequest(_p.Request):
    """Parameters of GetVideoInfos, checked against the spec's limits when created."""

    video_ids: str = _p.param("VideoIds")
    """音/视频ID列表。多个ID之间使用半角逗号（,）分隔，最多支持20个。可通过以下方式获取音/视频ID：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """


class GetVideoInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_video_ids: list[str] | None = _m.wire("NonExistVideoIds")
    """不存在的音/视频ID列表。"""
    video_list: list[VideoListItem] | None = _m.wire("VideoList")
    """音/视频信息列表。"""


class VideoListItem(_m.Model):
    """音/视频信息详情。"""

    storage_location: str | None = _m.wire("StorageLocation")
    """音/视频存储地址。"""
    creation_time: datetime | None = _m.wire("CreationTime")
    """音/视频创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """视频状态。取值：

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
    """音/视频的最后一次更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
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
    snapshots: list[str] | None = _m.wire("Snapshots")
    """视频截图URL数组。"""
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


OPERATION = OperationInfo(
    "GetVideoInfos",
    GetVideoInfosRequest,
    GetVideoInfosResponse,
    read_only=True,
    idempotent=True,
)
