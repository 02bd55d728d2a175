"""Request and response models of GetTranscodeTask."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetTranscodeTaskRequest",
    "GetTranscodeTaskResponse",
    "OutputFile",
    "TranscodeJobInfoListItem",
    "TranscodeTask",
]


class GetTranscodeTaskRequest(_p.Request):
    """Parameters of GetTranscodeTask, checked against the spec's limits when created."""

    transcode_task_id: str = _p.param("TranscodeTaskId")
    """转码任务ID，可通过以下方式获取：
    - 通过[SubmitTranscodeJobs](~~68570~~)接口发起转码任务时，为返回参数TranscodeTaskId的值。
    - 通过[ListTranscodeTask](~~109120~~)接口查询，为请求后返回参数TranscodeTaskId的值。
    """


class GetTranscodeTaskResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_task: TranscodeTask | None = _m.wire("TranscodeTask")
    """转码任务信息。"""


class TranscodeTask(_m.Model):
    """转码任务信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """转码任务创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    trigger: str | None = _m.wire("Trigger")
    """触发类型。取值：

    - **Auto**：上传视频，自动触发。
    - **Manual** ：SubmitTranscodeJobs接口触发。
    """
    task_status: str | None = _m.wire("TaskStatus")
    """转码任务状态。取值：

    - **Processing**：处理中。
    - **Partial**：部分转码完成。
    - **CompleteAllSucc**：全部处理完成，且全部转码成功。
    - **CompleteAllFail**：全部处理完成，且全部转码失败，如果源片有问题，则不会发起任何转码作业，整个转码任务失败。
    - **CompletePartialSucc**：全部转码完成，但仅部分转码成功。
    """
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """转码任务完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码使用的模板组ID。"""
    transcode_task_id: str | None = _m.wire("TranscodeTaskId")
    """转码任务ID。"""
    transcode_job_info_list: list[TranscodeJobInfoListItem] | None = _m.wire(
        "TranscodeJobInfoList"
    )
    """转码作业信息。"""


class TranscodeJobInfoListItem(_m.Model):
    """A model of the response."""

    definition: str | None = _m.wire("Definition")
    """视频清晰度。取值：

    - **LD**：流畅。
    - **SD**：标清。
    - **HD**：高清。
    - **FHD**：超清。
    - **OD**：原画。
    - **2K**：2K。
    - **4K**：4K。
    - **SQ**：普通音质。
    - **HQ**：高音质
    - **AUTO**：自适应码率。仅当转码模板中配置了打包时才会有该清晰度输出，请参见[转码模板配置-PackageSetting](~~52839~~)。

    > 该值为转码模板配置的清晰度标记，不表示转码输出文件实际的分辨率范围。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """转码作业创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    input_file_url: str | None = _m.wire("InputFileUrl")
    """转码源文件的OSS地址。"""
    error_message: str | None = _m.wire("ErrorMessage")
    """转码失败错误信息。"""
    error_code: str | None = _m.wire("ErrorCode")
    """转码失败错误码。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """转码作业完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    transcode_progress: int | None = _m.wire("TranscodeProgress")
    """转码作业处理进度。取值范围：`[0,100]`。"""
    priority: str | None = _m.wire("Priority")
    """转码任务优先级。"""
    transcode_job_status: str | None = _m.wire("TranscodeJobStatus")
    """转码作业状态。
    - **Transcoding**：转码中。
    - **TranscodeSuccess**：转码成功。
    - **TranscodeFail**：转码失败。
    """
    transcode_template_id: str | None = _m.wire("TranscodeTemplateId")
    """转码使用的转码模板ID。"""
    transcode_job_id: str | None = _m.wire("TranscodeJobId")
    """转码作业ID。"""
    output_file: OutputFile | None = _m.wire("OutputFile")
    """转码输出文件的信息。"""


class OutputFile(_m.Model):
    """转码输出文件的信息。"""

    video_stream_list: str | None = _m.wire("VideoStreamList")
    """视频流列表。"""
    output_file_url: str | None = _m.wire("OutputFileUrl")
    """转码输出文件的OSS地址。"""
    encryption: str | None = _m.wire("Encryption")
    """转码输出文件使用的加密配置。取值：

    - **AliyunVoDEncryption**：阿里云视频加密（私有加密）。
    - **HLSEncryption**：HLS标准加密。
    """
    height: str | None = _m.wire("Height")
    """转码输出文件视频画面高。单位：px。"""
    subtitle_stream_list: str | None = _m.wire("SubtitleStreamList")
    """字幕流列表。"""
    bitrate: str | None = _m.wire("Bitrate")
    """转码输出文件平均码率。单位：Kbps。"""
    audio_stream_list: str | None = _m.wire("AudioStreamList")
    """音频流列表。"""
    width: str | None = _m.wire("Width")
    """转码输出文件视频画面宽。单位：px。"""
    fps: str | None = _m.wire("Fps")
    """转码输出文件的帧率。单位：帧/秒。"""
    duration: str | None = _m.wire("Duration")
    """转码输出文件时长。单位：秒。"""
    format_: str | None = _m.wire("Format")
    """转码输出文件的封装格式。"""
    filesize: int | None = _m.wire("Filesize")
    """转码输出文件大小。单位：Byte。"""
    watermark_id_list: list[str] | None = _m.wire("WatermarkIdList")
    """转码输出文件使用的水印ID列表。"""


OPERATION = OperationInfo(
    "GetTranscodeTask",
    GetTranscodeTaskRequest,
    GetTranscodeTaskResponse,
    read_only=True,
    idempotent=True,
)
