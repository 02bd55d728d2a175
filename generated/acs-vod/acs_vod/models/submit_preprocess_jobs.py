"""Request and response models of SubmitPreprocessJobs."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "PreprocessJobItem",
    "PreprocessJobs",
    "SubmitPreprocessJobsRequest",
    "SubmitPreprocessJobsResponse",
]


class SubmitPreprocessJobsRequest(_p.Request):
    """Parameters of SubmitPreprocessJobs, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传视频时，视频ID为返回参数VideoId的值。
    - 视频上传后，可通过[SearchMedia](~~86044~~)接口查询视频ID，为请求后返回参数VideoId的值。
    """
    preprocess_type: str = _p.param("PreprocessType")
    """预处理类型。取固定值：**LivePreprocess**（导播台视频预处理）。"""


class SubmitPreprocessJobsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    preprocess_jobs: PreprocessJobs | None = _m.wire("PreprocessJobs")


class PreprocessJobs(_m.Model):
    """A model of the response."""

    preprocess_job: list[PreprocessJobItem] | None = _m.wire("PreprocessJob")
    """作业信息。"""


class PreprocessJobItem(_m.Model):
    """作业详情。"""

    job_id: str | None = _m.wire("JobId")
    """作业ID。"""


OPERATION = OperationInfo(
    "SubmitPreprocessJobs", SubmitPreprocessJobsRequest, SubmitPreprocessJobsResponse
)
