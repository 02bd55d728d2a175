"""Request and response models of ListAIJob."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AIJobItem",
    "AIJobList",
    "ListAIJobRequest",
    "ListAIJobResponse",
    "NonExistAIJobIds",
]


class ListAIJobRequest(_p.Request):
    """Parameters of ListAIJob, checked against the spec's limits when created."""

    job_ids: str = _p.param("JobIds")
    """作业ID列表。JobId可以通过[GetPlayInfo](~~56124~~)接口中返回的PlayInfo结构体中获取。

    > 多个ID之间用半角逗号（,）分隔，一次最多可以查询10个作业ID。
    """


class ListAIJobResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_ai_job_ids: NonExistAIJobIds | None = _m.wire("NonExistAIJobIds")
    ai_job_list: AIJobList | None = _m.wire("AIJobList")


class NonExistAIJobIds(_m.Model):
    """A model of the response."""

    string: list[str] | None = _m.wire("String")
    """不存在的作业ID列表。"""


class AIJobList(_m.Model):
    """A model of the response."""

    ai_job: list[AIJobItem] | None = _m.wire("AIJob")
    """作业信息列表。"""


class AIJobItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """作业开始时间。日期格式按照ISO8601表示法，并使用UTC时间，格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z。"""
    status: str | None = _m.wire("Status")
    """作业状态。取值：
    - **success**：成功。
    - **fail**：失败。
    - **init**：初始化。
    - **processing**：处理中。
    """
    type_: str | None = _m.wire("Type")
    """作业类型。取值：

    - **AIMediaDNA**：视频DNA。
    - **AIVideoTag**：智能标签。
    """
    data: str | None = _m.wire("Data")
    """作业结果数据，JSON数据格式。具体数据结构请参见[AITemplateConfig](~~89863~~)。"""
    complete_time: datetime | None = _m.wire("CompleteTime")
    """作业结束时间。日期格式按照ISO8601表示法，并使用UTC时间，格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z。"""
    job_id: str | None = _m.wire("JobId")
    """作业ID。"""
    code: str | None = _m.wire("Code")
    """作业错误码。当Status为失败时，可关注该字段。"""
    message: str | None = _m.wire("Message")
    """作业错误信息。当Status为失败时，可关注该字段。"""
    media_id: str | None = _m.wire("MediaId")
    """视频ID。"""


OPERATION = OperationInfo(
    "ListAIJob", ListAIJobRequest, ListAIJobResponse, read_only=True, idempotent=True
)
