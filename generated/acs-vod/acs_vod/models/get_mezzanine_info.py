"""Request and response models of GetMezzanineInfo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AudioStreamListItem",
    "GetMezzanineInfoRequest",
    "GetMezzanineInfoResponse",
    "Mezzanine",
    "VideoStreamListItem",
]


class GetMezzanineInfoRequest(_p.Request):
    """Parameters of GetMezzanineInfo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看视频ID。
    - 通过[获取视频上传地址和凭证](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[搜索媒体信息](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    auth_timeout: int | None = _p.param("AuthTimeout", default=None)
    """FileURL（源文件地址）签名过期时间。单位：秒。默认值为**3600**，支持设置最小值为**1**。
    - 如果OutputType取值为**cdn**：
    - 只有开启了URL鉴权，FileURL才会定期失效，否则会永久有效。
    - 最小值：**1**。
    - 最大值：无限制。
    - 默认值：未设置时，取值为**3600**。
    - 如果OutputType取值为**oss**：
    - 只有存储权限为私有，FileURL才会定期失效，否则会永久有效。
    - 最小值：**1**。
    -
    最大值：为降低源站安全风险，当音视频存储在点播系统Bucket上时，最大值为**2592000**（即30天），当音视频存储在OSS自有Bucket上时，最大值为**129600**（即36小时）。
    - 默认值：未设置时，取值为**3600**。
    """
    output_type: str | None = _p.param("OutputType", default=None)
    """输出地址类型。取值：

    - **oss**：回源地址。
    - **cdn**（默认）：加速地址。

    > 当源文件所在的bucket类型为in时，只返回OSS地址。
    """
    addition_type: str | None = _p.param("AdditionType", default=None)
    """附加信息类型。多个使用半角逗号（,）分隔，默认只返回基本信息。取值：

    - **video**：视频流信息。
    - **audio**：音频流信息。
    """


class GetMezzanineInfoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    mezzanine: Mezzanine | None = _m.wire("Mezzanine")
    """文件信息。"""


class Mezzanine(_m.Model):
    """文件信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """文件创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """文件状态。取值：

    - **Uploading**（上传中）：文件的初始状态，表示正在上传。
    - **Normal**（正常）：文件上传成功。
    - **UploadFail**（失败）：文件上传失败。
    - **Deleted**（删除）：文件被删除。
    """
    file_url: str | None = _m.wire("FileURL")
    """源文件地址。"""
    video_id: str | None = _m.wire("VideoId")
    """视频ID。"""
    height: int | None = _m.wire("Height")
    """文件高度。单位：px。"""
    bitrate: str | None = _m.wire("Bitrate")
    """文件码率。单位：Kbps。"""
    file_name: str | None = _m.wire("FileName")
    """文件名称。"""
    output_type: str | None = _m.wire("OutputType")
    """输出地址类型。取值范围 ：

    - **oss**：回源地址。
    - **cdn**（默认）：加速地址。

    > 仅支持播放格式为MP4的OSS地址。
    """
    width: int | None = _m.wire("Width")
    """文件宽度。单位：px。"""
    size: int | None = _m.wire("Size")
    """文件大小。单位：Byte。"""
    duration: str | None = _m.wire("Duration")
    """文件时长。单位：秒。"""
    fps: str | None = _m.wire("Fps")
    """文件帧率，每秒多少帧。"""
    audio_stream_list: list[AudioStreamListItem] | None = _m.wire("AudioStreamList")
    """音频流信息。"""
    video_stream_list: list[VideoStreamListItem] | None = _m.wire("VideoStreamList")
    """视频流信息。"""
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


class AudioStreamListItem(_m.Model):
    """音频流详情。"""

    index: str | None = _m.wire("Index")
    """音频流序号，标识音频流在整个媒体流中的位置。"""
    timebase: str | None = _m.wire("Timebase")
    """时基。"""
    sample_fmt: str | None = _m.wire("SampleFmt")
    """采样格式。"""
    sample_rate: str | None = _m.wire("SampleRate")
    """采样率。"""
    channel_layout: str | None = _m.wire("ChannelLayout")
    """声道输出样式。取值：

    - **mono**：单声道。
    - **stereo**：双声道。
    """
    lang: str | None = _m.wire("Lang")
    """语言。"""
    codec_long_name: str | None = _m.wire("CodecLongName")
    """编码格式长述名。"""
    channels: str | None = _m.wire("Channels")
    """声道数。"""
    num_frames: str | None = _m.wire("NumFrames")
    """总帧数。"""
    bitrate: str | None = _m.wire("Bitrate")
    """码率。"""
    codec_tag_string: str | None = _m.wire("CodecTagString")
    """编码格式标记文本。"""
    start_time: datetime | None = _m.wire("StartTime")
    """起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    codec_name: str | None = _m.wire("CodecName")
    """编码格式简述名。"""
    duration: str | None = _m.wire("Duration")
    """时长。"""
    codec_tag: str | None = _m.wire("CodecTag")
    """编码格式标记。"""
    codec_time_base: str | None = _m.wire("CodecTimeBase")
    """编码时基。"""


class VideoStreamListItem(_m.Model):
    """视频流详情。"""

    timebase: str | None = _m.wire("Timebase")
    """时基。"""
    index: str | None = _m.wire("Index")
    """视频流序号，标识视频流在整个媒体流中的位置。"""
    avg_fps: str | None = _m.wire("AvgFPS")
    """平均帧率。"""
    pix_fmt: str | None = _m.wire("PixFmt")
    """像素格式。"""
    lang: str | None = _m.wire("Lang")
    """语言。"""
    sar: str | None = _m.wire("Sar")
    """编码信号分辨率比。"""
    height: str | None = _m.wire("Height")
    """视频分辨率长。"""
    codec_long_name: str | None = _m.wire("CodecLongName")
    """编码格式长述名。"""
    num_frames: str | None = _m.wire("NumFrames")
    """总帧数。"""
    bitrate: str | None = _m.wire("Bitrate")
    """文件码率。单位：Kbps。"""
    rotate: str | None = _m.wire("Rotate")
    """视频旋转角度，取值范围：**[0，360)**。"""
    codec_tag_string: str | None = _m.wire("CodecTagString")
    """编码格式标记文本。"""
    has_b_frames: str | None = _m.wire("HasBFrames")
    """是否有B帧。"""
    profile: str | None = _m.wire("Profile")
    """编码预置。"""
    start_time: datetime | None = _m.wire("StartTime")
    """起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    dar: str | None = _m.wire("Dar")
    """编码显示分辨率比。"""
    codec_name: str | None = _m.wire("CodecName")
    """编码格式简述名。"""
    width: str | None = _m.wire("Width")
    """视频分辨率宽。"""
    duration: str | None = _m.wire("Duration")
    """时长。"""
    fps: str | None = _m.wire("Fps")
    """目标帧率。"""
    codec_tag: str | None = _m.wire("CodecTag")
    """编码格式标记。"""
    codec_time_base: str | None = _m.wire("CodecTimeBase")
    """编码时基。"""
    level: str | None = _m.wire("Level")
    """编码等级。"""
    hdr_type: str | None = _m.wire("HDRType")
    """视频流HDR类型。"""


OPERATION = OperationInfo(
    "GetMezzanineInfo",
    GetMezzanineInfoRequest,
    GetMezzanineInfoResponse,
    read_only=True,
    idempotent=True,
)
