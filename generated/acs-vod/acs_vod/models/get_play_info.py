"""Request and response models of GetPlayInfo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetPlayInfoRequest",
    "GetPlayInfoResponse",
    "PlayInfoItem",
    "PlayInfoList",
    "VideoBase",
]


class GetPlayInfoRequest(_p.Request):
    """Parameters of GetPlayInfo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID，仅支持传入单个音/视频ID。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[视频点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传音/视频时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[SearchMedia](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    formats: str | None = _p.param("Formats", default=None)
    """媒体流格式。多个格式之间使用半角逗号（,）分隔。取值：

    - **mp4**
    - **m3u8**
    - **mp3**
    - **flv**
    - **mpd**

    > - 默认获取所有格式的流。 > -
    mpd格式仅当转码模板中配置了`dash`封装格式时才会输出。更多详情，请参见[Container：封装格式](~~52839#title-7rr-3hj-gy5~~)。
    """
    auth_timeout: int | None = _p.param("AuthTimeout", default=None)
    """设置播放地址的有效时间。单位：秒。

    - 当OutputType取值为**cdn**时：

    - 只有开启了URL鉴权，播放地址才会定期失效，否则会永久有效。URL鉴权的开启及配置方法，请参见[URL鉴权](~~86090~~)。
    - 最小值：**1**。
    - 最大值：无限制。
    - 默认值：未设置时，取值为URL鉴权中设置的默认有效时长。

    - 当OutputType取值为**oss**时：

    - 只有存储权限为私有，播放地址才会定期失效，否则会永久有效。
    - 最小值：**1**。
    -
    最大值：为降低源站安全风险，当音视频存储在点播系统Bucket上时，最大值为**2592000**（即30天），当音视频存储在OSS自有Bucket上时，最大值为**129600**（即36小时）。如果此处设置的最大值不能满足您的需求，您可以设置OutputType为**cdn**，通过设置URL鉴权来设置更长的有效期。
    - 默认值：未设置时，取值为**3600**。
    """
    output_type: str | None = _p.param("OutputType", default=None)
    """输出地址类型。取值：

    - **oss**：回源地址。
    - **cdn**（默认）：加速地址。
    """
    stream_type: str | None = _p.param("StreamType", default=None)
    """媒体流类型。多个类型之间用半角逗号（,）分隔。支持类型：

    - **video**：视频。
    - **audio**：音频。

    默认获取所有类型的流。
    """
    re_auth_info: str | None = _p.param("ReAuthInfo", default=None)
    """CDN二次鉴权参数，为JSON字符串。当开启了URL鉴权的A方式鉴权功能时，可通过该参数设置鉴权URL的`uid`和`rand`，请参见[鉴权方式A说明](~~2249352~~)。"""
    definition: str | None = _p.param("Definition", default=None)
    """视频流清晰度。多个清晰度之间用半角逗号（,）分隔。取值：

    - **FD**：流畅。
    - **LD**：标清。
    - **SD**：高清。
    - **HD**：超清
    - **OD**：原画。
    - **2K**：2K。
    - **4K**：4K。
    - **SQ**：普通音质。
    - **HQ**：高音质。
    - **AUTO**：自适应码率。

    > - 默认获取所有清晰度的流。 > -
    AUTO格式仅当转码模板中配置了转码打包时才会有该清晰度输出，请参见[PackageSetting：转码打包设置](~~52839#title-4fk-cg8-gzx~~)。
    """
    result_type: str | None = _p.param("ResultType", default=None)
    """返回数据类型。取值：

    - **Single**（默认）：每种清晰度和格式只返回一路最新转码完成的流。
    - **Multiple**：每种清晰度和格式返回所有转码完成的流。
    """
    play_config: str | None = _p.param("PlayConfig", default=None)
    """播放自定义设置。为JSON字符串，支持指定域名播放设置。参数构造详情，请参见[PlayConfig](~~86952#section-9g7-s9b-v7z~~)。

    > -
    PlayConfig不设置或者其中`PlayDomain`不设置时，接口默认使用点播配置的默认域名；如果没有设置默认域名，则会根据域名的修改时间倒序查询，使用最新修改过的域名作为播放域名。为防止返回的不是想要的域名，建议设置默认播放域名（可登录[视频点播控制台](https://vod.console.aliyun.com)，选择**配置管理**
    > **媒资管理配置** > **存储管理** > **管理** > **回源到此存储地址的域名**设置默认播放域名）。 > -
    当PlayConfig中的`EncryptType`参数设置为`AliyunVoDEncryption`时，为了保障您的视频安全，默认不返回私有加密流播放地址，若需要返回私有加密流播放地址，需要同时设置`ResultType`参数为`Multiple`。
    """
    addition_type: str | None = _p.param("AdditionType", default=None)
    """获取弹幕蒙版数据URL地址，取值：**danmu**。

    > 仅当`outputType`取值为`cdn`时才会生效。
    """
    trace: str | None = _p.param("Trace", default=None)
    """用户自定义的数字水印信息。
    -
    当`DigitalWatermarkType`取值为`TraceMark`时，通过传入本参数，可以为视频设置溯源水印的水印信息，并返回包含水印信息的视频流。仅支持传入英文字母、数字及中文字符，最多支持1024个字符。
    -
    当`DigitalWatermarkType`取值为`CopyrightMark`时，`Trace`对应创建水印模板时所设置的**水印文字**。通过传入本参数，可以查询并返回指定水印文字的视频流。
    """
    digital_watermark_type: str | None = _p.param("DigitalWatermarkType", default=None)
    """数字水印类型。取值：

    - TraceMark：溯源水印。
    - CopyrightMark：版权水印。
    """


class GetPlayInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    video_base: VideoBase | None = _m.wire("VideoBase")
    """音/视频基本信息。"""
    play_info_list: PlayInfoList | None = _m.wire("PlayInfoList")


class VideoBase(_m.Model):
    """音/视频基本信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """音/视频创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """音/视频状态。各取值及描述，请参见[Status：音视频状态](~~52839#title-vqg-8cz-7p8~~)。"""
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    cover_url: str | None = _m.wire("CoverURL")
    """音/视频封面地址。"""
    duration: str | None = _m.wire("Duration")
    """音/视频时长。单位：秒。"""
    title: str | None = _m.wire("Title")
    """音/视频标题。"""
    media_type: str | None = _m.wire("MediaType")
    """媒体文件类型，取值：

    - **video**：视频。
    - **audio**：纯音频。
    """
    dan_mu_url: str | None = _m.wire("DanMuURL")
    """弹幕蒙版数据的地址。"""
    thumbnail_list: dict[str, Any] | None = _m.wire("ThumbnailList")
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


class PlayInfoList(_m.Model):
    """A model of the response."""

    play_info: list[PlayInfoItem] | None = _m.wire("PlayInfo")
    """音/视频播放信息（流信息）。"""


class PlayInfoItem(_m.Model):
    """音/视频详细信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """媒体流状态，取值：

    - **Normal**：正常状态，标记的是每种清晰度和格式的一路最新转码完成的流的状态。
    - **Invisible**：不可见状态，当每种清晰度和格式有多路重复的转码流时，除了最新的一路流会被标记为正常状态，其他流会被标记为不可见状态。
    """
    specification: str | None = _m.wire("Specification")
    """音视频转码输出规格。各取值及描述，请参见[输出规格：Specification](~~124671#section-6bv-l0g-opq~~)。"""
    narrow_band_type: str | None = _m.wire("NarrowBandType")
    """转码类型。取值：

    - **0**：普通转码。
    - **1.0**：窄带高清1.0转码。
    - **2.0**：窄带高清2.0转码。
    """
    height: int | None = _m.wire("Height")
    """媒体流高度。单位：px。"""
    bitrate: str | None = _m.wire("Bitrate")
    """媒体流码率。单位：Kbps。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    watermark_id: str | None = _m.wire("WatermarkId")
    """当前媒体流关联的水印模板ID。"""
    encrypt: int | None = _m.wire("Encrypt")
    """媒体流是否加密流，取值：

    - **0**：否。
    - **1**：是。
    """
    definition: str | None = _m.wire("Definition")
    """视频流清晰度定义。取值：

    - **FD**：流畅。
    - **LD**：标清。
    - **SD**：高清。
    - **HD**：超清
    - **OD**：原画。
    - **2K**：2K。
    - **4K**：4K。
    - **SQ**：普通音质。
    - **HQ**：高音质。
    - **AUTO**：自适应码率。
    """
    encrypt_type: str | None = _m.wire("EncryptType")
    """媒体流加密类型。取值：

    - **AliyunVoDEncryption**：阿里云视频加密。
    - **HLSEncryption**：HLS标准加密。

    > 如果加密类型为**AliyunVoDEncryption**，则只能使用阿里云播放器SDK才能正常播放。
    """
    stream_type: str | None = _m.wire("StreamType")
    """媒体流类型。 若媒体流为视频则取值：**video**，若是纯音频则取值：**audio**。"""
    job_id: str | None = _m.wire("JobId")
    """媒体流转码的作业ID。作为媒体流的唯一标识。"""
    size: int | None = _m.wire("Size")
    """媒体流大小。单位：Byte。"""
    width: int | None = _m.wire("Width")
    """媒体流宽度。单位：px。"""
    fps: str | None = _m.wire("Fps")
    """媒体流帧率。单位：帧/每秒。"""
    duration: str | None = _m.wire("Duration")
    """媒体流长度。单位：秒。"""
    play_url: str | None = _m.wire("PlayURL")
    """视频流的播放地址。"""
    format_: str | None = _m.wire("Format")
    """媒体流格式。
    - 若媒体文件为视频则取值： **mp4**、 **m3u8**。
    - 若是纯音频则取值：**mp3**。
    """
    hdr_type: str | None = _m.wire("HDRType")
    """媒体流HDR类型。取值：
    - HDR
    - HDR10
    - HLG
    - DolbyVision
    - HDRVivid
    - SDR+
    """
    bit_depth: int | None = _m.wire("BitDepth")
    """颜色位深。取值为整数。"""
    job_type: int | None = _m.wire("JobType")
    """数字水印类型。取值：
    - **1**：溯源水印。
    - **2**：版权水印。
    """
    job_ext: str | None = _m.wire("JobExt")
    """版权水印的自定义水印信息。仅当`JobType`为`2`时返回该字段。"""


OPERATION = OperationInfo(
    "GetPlayInfo",
    GetPlayInfoRequest,
    GetPlayInfoResponse,
    read_only=True,
    idempotent=True,
)
