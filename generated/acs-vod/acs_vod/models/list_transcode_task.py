"""Request and response models of ListTranscodeTask."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "ListTranscodeTaskRequest",
    "ListTranscodeTaskResponse",
    "TranscodeTaskListItem",
]


class ListTranscodeTaskRequest(_p.Request):
    """Parameters of ListTranscodeTask, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID。可通过以下方式获取：
    - 通过控制台上传的音/视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音/视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口获取上传地址和凭证时，音/视频ID为返回参数VideoId的值。
    - 音/视频上传后，可通过[SearchMedia](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """结束时间（需晚于开始时间）。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """查询页数据大小，传入此参数，立刻设置返回数据每页显示的条数。最大值为**50**，默认值为**10**。"""
    page_no: int | None = _p.param("PageNo", default=None)
    """查询数据的当前页码。传入此参数，可指定查询数据从第几页开始返回。默认值为**1**。"""


class ListTranscodeTaskResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_task_list: list[TranscodeTaskListItem] | None = _m.wire(
        "TranscodeTaskList"
    )
    """转码处理信息列表。"""


class TranscodeTaskListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """转码任务创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    trigger: str | None = _m.wire("Trigger")
    """触发类型。取值：

    - **Auto**：上传视频，自动触发。
    - **Manual**：SubmitTranscodeJobs接口触发。
    """
    task_status: str | None = _m.wire("TaskStatus")
    """转码任务状态。

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


OPERATION = OperationInfo(
    "ListTranscodeTask",
    ListTranscodeTaskRequest,
    ListTranscodeTaskResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number", ("transcode_task_list",), page="page_no", page_size="page_size"
    ),
)
