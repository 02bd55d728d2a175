"""Request and response models of GetMediaRefreshJobs."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetMediaRefreshJobsRequest",
    "GetMediaRefreshJobsResponse",
    "MediaRefreshJobsItem",
]


class GetMediaRefreshJobsRequest(_p.Request):
    """Parameters of GetMediaRefreshJobs, checked against the spec's limits when created."""

    media_refresh_job_id: str = _p.param("MediaRefreshJobId")
    """音/视频刷新或预热的任务ID，为[提交音视频刷新或预热任务](~~431095~~)接口返回参数MediaRefreshJobId的值。"""
    media_id: str | None = _p.param("MediaId", default=None)
    """音/视频ID，为[提交音视频刷新或预热任务](~~431095~~)时传入的`MediaIds`，只能设置一个音/视频ID。

    若不传入本参数，则查询`MediaRefreshJobId`下所有音/视频的任务信息；若传入本参数，则只查询`MediaRefreshJobId`下该音/视频ID所对应的任务信息。
    """


class GetMediaRefreshJobsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_refresh_jobs: list[MediaRefreshJobsItem] | None = _m.wire("MediaRefreshJobs")
    """音/视频刷新或预热任务信息列表。"""


class MediaRefreshJobsItem(_m.Model):
    """音/视频刷新或预热任务详情。"""

    media_refresh_job_id: str | None = _m.wire("MediaRefreshJobId")
    """音/视频刷新或预热的任务ID。"""
    media_id: str | None = _m.wire("MediaId")
    """音/视频ID。"""
    task_type: str | None = _m.wire("TaskType")
    """任务类型。取值：
    - **Refresh**：刷新
    - **Preload**：预热
    """
    filter_policy: str | None = _m.wire("FilterPolicy")
    """播放流的筛选策略。JSON格式，内容为[提交音视频刷新或预热任务](~~431095~~)接口的请求参数。"""
    status: str | None = _m.wire("Status")
    """任务状态。取值：
    - **success**：成功
    - **fail**：失败
    """
    success_play_urls: str | None = _m.wire("SuccessPlayUrls")
    """成功被刷新或预热的播放URL。"""
    task_ids: str | None = _m.wire("TaskIds")
    """播放URL的刷新或预热的任务ID，一个URL对应一个任务ID。该任务ID用于[DescribeVodRefreshTasks](~~69214~~)接口查询每个播放URL的刷新或预热状态。"""
    error_code: str | None = _m.wire("ErrorCode")
    """错误码。 当提交刷新或预热任务失败时会有该字段。"""
    error_message: str | None = _m.wire("ErrorMessage")
    """错误信息。 当提交刷新或预热任务失败时会有该字段。"""
    user_data: str | None = _m.wire("UserData")
    """提交刷新或预热任务时传入的UserData信息。"""
    gmt_create: datetime | None = _m.wire("GmtCreate")
    """任务创建时间。"""
    gmt_modified: datetime | None = _m.wire("GmtModified")
    """任务修改时间。"""


OPERATION = OperationInfo(
    "GetMediaRefreshJobs",
    GetMediaRefreshJobsRequest,
    GetMediaRefreshJobsResponse,
    method="GET",
    read_only=True,
    idempotent=True,
)
