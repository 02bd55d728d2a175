"""Request and response models of SearchMedia."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "AiData",
    "AiLabelInfoItem",
    "AiRoughData",
    "AttachedMedia",
    "Audio",
    "CategoriesItem",
    "Image",
    "MediaListItem",
    "OccurrencesItem",
    "OcrInfoItem",
    "SearchMediaRequest",
    "SearchMediaResponse",
    "Video",
]


class SearchMediaRequest(_p.Request):
    """Parameters of SearchMedia, checked against the spec's limits when created."""

    search_type: str | None = _p.param("SearchType", default=None)
    """搜索媒资数据类型。取值范围：

    - **video**（默认值）：视频。
    - **audio**：音频。
    - **image**：图片。
    - **attached**：辅助媒资。

    > 当本参数取值为**video**或**audio**，且需要遍历搜索条件命中的所有数据时，必须设置ScrollToken参数。
    """
    fields: str | None = _p.param("Fields", default=None)
    """搜索结果中返回的媒资字段。

    默认只返回基本媒资字段，可指定返回更多媒资字段，请参见[使用示例](~~99179~~)。
    """
    match_: str | None = _p.param("Match", default=None)
    """过滤条件。语法规则，请参见[搜索协议语法](~~86991~~)。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """排序字段和排序顺序。多个使用半角逗号（,）分隔。取值：
    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。

    > - 排序字段示例：[排序字段](~~99179~~)。 > - 获取搜索条件是前5000条的数据时，最多支持三个排序字段。 > -
    获取搜索条件是所有数据时，仅支持一个排序字段。
    """
    page_no: int | None = _p.param("PageNo", default=None)
    """当前页码。默认值为**1**。

    > 当本参数取值超过**200**时，建议同时设置ScrollToken参数。
    """
    page_size: int | None = _p.param("PageSize", default=None)
    """每页返回的数据条数。默认值为**10**，最大值为**100**。"""
    scroll_token: str | None = _p.param("ScrollToken", default=None)
    """翻页标识。长度为32个字符。
    第一次执行搜索请求时不用设置本参数。搜索请求命中数据时，服务端会返回该参数值，用于记录当前搜索数据的位置地址。请记录返回的参数值，下一次搜索时按下述要求或建议设置本参数：
    - 当SearchType参数取值为**video**或**audio**，且需要遍历搜索条件命中的所有数据时，本参数必须设置。
    - 当PageNo参数取值超过**200**时，建议设置本参数优化搜索性能。
    """


class SearchMediaResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    total: int | None = _m.wire("Total")
    """满足搜索条件的媒资信息总条数。"""
    scroll_token: str | None = _m.wire("ScrollToken")
    """翻页标识。"""
    media_list: list[MediaListItem] | None = _m.wire("MediaList")
    """媒资信息列表。"""


class MediaListItem(_m.Model):
    """媒资信息详情。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """媒体创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_type: str | None = _m.wire("MediaType")
    """媒体类型。取值范围：

    - **video**：视频。
    - **audio**：音频。
    - **image**：图片。
    - **attached**：辅助媒资。
    """
    media_id: str | None = _m.wire("MediaId")
    """媒体ID。"""
    video: Video | None = _m.wire("Video")
    """[视频信息](~~86991~~)。"""
    audio: Audio | None = _m.wire("Audio")
    """[音频信息](~~86991~~)。"""
    image: Image | None = _m.wire("Image")
    """[图片信息](~~86991~~)。"""
    attached_media: AttachedMedia | None = _m.wire("AttachedMedia")
    """[辅助媒资信息](~~86991~~)。"""
    ai_data: AiData | None = _m.wire("AiData")
    """AI详细信息。"""
    ai_rough_data: AiRoughData | None = _m.wire("AiRoughData")
    """AI简介数据。"""


class Video(_m.Model):
    """[视频信息](~~86991~~)。"""

    status: str | None = _m.wire("Status")
    """状态。取值：

    - **Uploading**：上传中。
    - **UploadFail**：上传失败。
    - **UploadSucc**：上传完成。
    - **Transcoding**：转码中。
    - **TranscodeFail**：转码失败。
    - **Blocked**：屏蔽。
    - **Normal**：正常。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """视频信息创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    storage_location: str | None = _m.wire("StorageLocation")
    """存储区域。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    tags: str | None = _m.wire("Tags")
    """视频标签。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """视频信息更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_source: str | None = _m.wire("MediaSource")
    """来源。取值：

    - **general**：点播上传。
    - **short_video**：短视频SDK。
    - **editing**：剪辑合成。
    - **live**：直播录制。
    """
    description: str | None = _m.wire("Description")
    """视频描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    cover_url: str | None = _m.wire("CoverURL")
    """封面图片。"""
    video_id: str | None = _m.wire("VideoId")
    """视频ID。"""
    download_switch: str | None = _m.wire("DownloadSwitch")
    """下载开关。只有状态开启时才允许离线下载。取值范围：

    - **on**（开启）：初始状态，允许离线下载。
    - **off**（禁用）：禁用离线下载。
    """
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    transcode_mode: str | None = _m.wire("TranscodeMode")
    """转码模式。取值：

    - **FastTranscode**（普通转码）：默认模式，上传完成即开始转码，且转码完成才能播放。
    - **NoTranscode**（不转码即分发）：上传完成不转码，且立即能播放。
    - **AsyncTranscode**（上传即分发并转码） ：上传完成即能播放，同时异步进行转码。
    """
    preprocess_status: str | None = _m.wire("PreprocessStatus")
    """预处理状态 。取值：

    - **UnPreprocess**：未进行预处理。
    - **Preprocessing**：预处理中。
    - **PreprocessSucceed**：预处理完成。
    - **PreprocessFailed**：预处理失败。
    """
    restore_expiration: datetime | None = _m.wire("RestoreExpiration")
    """媒资解冻有效期。"""
    restore_status: str | None = _m.wire("RestoreStatus")
    """媒资解冻状态。取值：
    - **Processing**：解冻中。
    - **Success**：解冻成功。
    - **Failed**：解冻失败。
    """
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
    size: int | None = _m.wire("Size")
    """视频大小。"""
    duration: float | None = _m.wire("Duration")
    """视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """视频标题。"""
    sprite_snapshots: list[str] | None = _m.wire("SpriteSnapshots")
    """雪碧图列表。"""
    snapshots: list[str] | None = _m.wire("Snapshots")
    """自动截图列表。"""


class Audio(_m.Model):
    """[音频信息](~~86991~~)。"""

    status: str | None = _m.wire("Status")
    """状态。取值：

    - **Uploading**：上传中。
    - **Normal**：正常。
    - **UploadFail**：失败。
    - **Deleted**：删除。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    storage_location: str | None = _m.wire("StorageLocation")
    """存储区域。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    tags: str | None = _m.wire("Tags")
    """标签。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_source: str | None = _m.wire("MediaSource")
    """来源。取值：

    - **general**（点播上传）：普通上传。
    - **short_video**（短视频SDK）： 通过短视频SDK上传文件至点播，详细内容请参见[短视频SDK](~~53407~~)。
    - **editing**（剪辑合成）：通过云剪辑合成上传文件至点播，详细内容请参见[视频合成](~~68536~~)。
    - **live**（直播录制）：通过直播录制上传文件至点播。
    """
    description: str | None = _m.wire("Description")
    """描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    cover_url: str | None = _m.wire("CoverURL")
    """封面图片。"""
    audio_id: str | None = _m.wire("AudioId")
    """音频ID。"""
    download_switch: str | None = _m.wire("DownloadSwitch")
    """下载开关。只有状态开启时才允许离线下载。取值：

    - **on**（开启）：初始状态，允许离线下载。
    - **off**（禁用）：禁用离线下载。
    """
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    transcode_mode: str | None = _m.wire("TranscodeMode")
    """转码模式。取值范围：

    - **FastTranscode**（普通转码，默认值）：上传完成即开始转码，且转码完成才能播放。
    - **NoTranscode**（不转码即分发）：上传完成不转码，且立即能播放。
    - **AsyncTranscode**（上传即分发并转码）：上传完成即能播放，同时异步进行转码。
    """
    preprocess_status: str | None = _m.wire("PreprocessStatus")
    """预处理状态，预处理完成后的视频才可用于直播导播。取值：

    - **UnPreprocess**：未进行预处理。
    - **Preprocessing**：预处理中。
    - **PreprocessSucceed**：预处理完成。
    - **PreprocessFailed**：预处理失败。
    """
    restore_expiration: datetime | None = _m.wire("RestoreExpiration")
    """媒资解冻有效期。"""
    restore_status: str | None = _m.wire("RestoreStatus")
    """媒资解冻状态。取值：
    - **Processing**：解冻中。
    - **Success**：解冻成功。
    - **Failed**：解冻失败。
    """
    storage_class: str | None = _m.wire("StorageClass")
    """媒资存储类型。取值：
    - **Standard**：标准。
    - **IA**：媒资低频。
    - **Archive**：媒资归档。
    - **ColdArchive**：媒资冷归档。
    - **SourceIA**：源文件低频。
    - **SourceArchive**：源文件归档。
    - **SourceColdArchive**：源文件冷归档。
    - **Changing**：变更中。
    """
    size: int | None = _m.wire("Size")
    """大小。"""
    duration: float | None = _m.wire("Duration")
    """时长。"""
    title: str | None = _m.wire("Title")
    """标题。"""
    sprite_snapshots: list[str] | None = _m.wire("SpriteSnapshots")
    """雪碧图列表。"""
    snapshots: list[str] | None = _m.wire("Snapshots")
    """自动截图列表。"""


class Image(_m.Model):
    """[图片信息](~~86991~~)。"""

    storage_location: str | None = _m.wire("StorageLocation")
    """存储地域。"""
    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """图片状态。

    - **Uploading**（上传中）：初始状态，表示图片正在上传。
    - **Normal**（正常）：图片上传成功。
    - **UploadFail**（失败）：图片上传失败。
    """
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    tags: str | None = _m.wire("Tags")
    """标签。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    description: str | None = _m.wire("Description")
    """描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    url: str | None = _m.wire("URL")
    """图片URL。"""
    title: str | None = _m.wire("Title")
    """标题。"""
    image_id: str | None = _m.wire("ImageId")
    """图片ID。"""


class AttachedMedia(_m.Model):
    """[辅助媒资信息](~~86991~~)。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """状态。取值：

    - **Uploading**（上传中）： 初始状态，表示辅助媒资正在上传。
    - **Normal**（正常）：辅助媒资上传成功。
    - **UploadFail**（失败）：辅助媒资上传失败。
    """
    storage_location: str | None = _m.wire("StorageLocation")
    """存储区域。"""
    tags: str | None = _m.wire("Tags")
    """标签。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    media_id: str | None = _m.wire("MediaId")
    """辅助媒资ID。"""
    business_type: str | None = _m.wire("BusinessType")
    """业务类型。取值：

    - **watermark**：水印。
    - **subtitle**：字幕。
    - **material**：素材。
    """
    description: str | None = _m.wire("Description")
    """描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    url: str | None = _m.wire("URL")
    """辅助媒资URL。"""
    title: str | None = _m.wire("Title")
    """标题。"""
    categories: list[CategoriesItem] | None = _m.wire("Categories")
    """分类ID列表。"""


class CategoriesItem(_m.Model):
    """分类详情。"""

    parent_id: int | None = _m.wire("ParentId")
    """父节点ID。"""
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    level: int | None = _m.wire("Level")
    """分类层级。"""


class AiData(_m.Model):
    """AI详细信息。"""

    ai_label_info: list[AiLabelInfoItem] | None = _m.wire("AiLabelInfo")
    """AI标签信息列表。"""
    ocr_info: list[OcrInfoItem] | None = _m.wire("OcrInfo")
    """字幕信息列表。"""


class AiLabelInfoItem(_m.Model):
    """AI标签信息。"""

    category: str | None = _m.wire("Category")
    """分类。"""
    label_name: str | None = _m.wire("LabelName")
    """实体名称。"""
    label_id: str | None = _m.wire("LabelId")
    """实体ID。"""
    occurrences: list[OccurrencesItem] | None = _m.wire("Occurrences")
    """片段列表。"""


class OccurrencesItem(_m.Model):
    """片段。"""

    score: float | None = _m.wire("Score")
    """打分。"""
    from_: float | None = _m.wire("From")
    """片段起始时间。"""
    to: float | None = _m.wire("To")
    """片段结束时间。"""


class OcrInfoItem(_m.Model):
    """字幕信息。"""

    from_: float | None = _m.wire("From")
    """片段起始时间。"""
    to: float | None = _m.wire("To")
    """片段结束时间。"""
    content: str | None = _m.wire("Content")
    """文本内容。"""


class AiRoughData(_m.Model):
    """AI简介数据。"""

    save_type: str | None = _m.wire("SaveType")
    """保存类型。"""
    status: str | None = _m.wire("Status")
    """数据状态。"""
    ai_job_id: str | None = _m.wire("AiJobId")
    """AI任务ID。"""
    ai_category: str | None = _m.wire("AiCategory")
    """视频AI分类。"""


OPERATION = OperationInfo(
    "SearchMedia",
    SearchMediaRequest,
    SearchMediaResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("media_list",),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
