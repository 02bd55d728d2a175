"""Request and response models of GetTranscodeSummary."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetTranscodeSummaryRequest",
    "GetTranscodeSummaryResponse",
    "TranscodeJobInfoSummaryListItem",
    "TranscodeSummaryListItem",
]


class GetTranscodeSummaryRequest(_p.Request):
    """Parameters of GetTranscodeSummary, checked against the spec's limits when created."""

    video_ids: str = _p.param("VideoIds")
    """音/视频ID。最多支持10个ID，多个ID之间使用半角逗号（,）分隔。音/视频ID可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[SearchMedia](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """


class GetTranscodeSummaryResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_video_ids: list[str] | None = _m.wire("NonExistVideoIds")
    """不存在的音/视频ID列表。"""
    transcode_summary_list: list[TranscodeSummaryListItem] | None = _m.wire(
        "TranscodeSummaryList"
    )
    """音/视频转码基础信息列表。"""


class TranscodeSummaryListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """转码任务创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """转码任务完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    transcode_status: str | None = _m.wire("TranscodeStatus")
    """转码处理状态。取值：

    - **Processing**：处理中。
    - **Partial**：部分转码完成。
    - **CompleteAllSucc**：全部处理完成，且全部转码成功。
    - **CompleteAllFail**：全部处理完成，且全部转码失败，如果源片有问题，则不会发起任何转码作业，整个转码任务失败。
    - **CompletePartialSucc**：全部转码完成，但仅部分转码成功。
    """
    transcode_template_group_id: str | None = _m.wire("TranscodeTemplateGroupId")
    """转码使用的模板组ID。"""
    transcode_job_info_summary_list: list[TranscodeJobInfoSummaryListItem] | None = (
        _m.wire("TranscodeJobInfoSummaryList")
    )
    """转码作业摘要信息列表。"""


class TranscodeJobInfoSummaryListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """转码作业创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    error_message: str | None = _m.wire("ErrorMessage")
    """转码失败的错误信息。"""
    height: str | None = _m.wire("Height")
    """转码输出视频的画面高。单位：px。"""
    transcode_progress: int | None = _m.wire("TranscodeProgress")
    """转码进度。取值范围：`[0,100]`。"""
    transcode_template_id: str | None = _m.wire("TranscodeTemplateId")
    """使用的转码模板ID。"""
    bitrate: str | None = _m.wire("Bitrate")
    """转码输出视频的平均码率。单位：Kbps。"""
    error_code: str | None = _m.wire("ErrorCode")
    """转码失败的错误码。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """转码作业完成时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    width: str | None = _m.wire("Width")
    """转码输出视频的画面宽。单位：px。"""
    duration: str | None = _m.wire("Duration")
    """转码输出视频时长。单位：秒。"""
    fps: str | None = _m.wire("Fps")
    """转码输出视频的帧率。单位：帧/秒。"""
    transcode_job_status: str | None = _m.wire("TranscodeJobStatus")
    """转码作业状态。取值：

    - **Transcoding**：转码中。
    - **TranscodeSuccess**：转码成功。
    - **TranscodeFail**：转码失败。
    """
    filesize: int | None = _m.wire("Filesize")
    """转码输出视频的文件大小。单位：Byte。"""
    format_: str | None = _m.wire("Format")
    """转码输出视频的封装格式。"""
    watermark_id_list: list[str] | None = _m.wire("WatermarkIdList")
    """转码使用的水印列表。"""


OPERATION = OperationInfo(
    "GetTranscodeSummary",
    GetTranscodeSummaryRequest,
    GetTranscodeSummaryResponse,
    read_only=True,
    idempotent=True,
)
