"""Request and response models of CancelUrlUploadJobs."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["CancelUrlUploadJobsRequest", "CancelUrlUploadJobsResponse"]


class CancelUrlUploadJobsRequest(_p.Request):
    """Parameters of CancelUrlUploadJobs, checked against the spec's limits when created."""

    job_ids: str | None = _p.param("JobIds", default=None)
    """任务ID列表，任务ID（JobId）可以通过[GetPlayInfo](~~56124~~)接口中返回的PlayInfo结构体中获取。
    - 最多支持10个ID。
    - 多个ID之间使用半角逗号（,）分隔。

    > JobIds和UploadUrls必须指定一个，二者同时传入时只处理JobIds。
    """
    upload_urls: str | None = _p.param("UploadUrls", default=None)
    """上传源视频URL列表。多个URL之间使用半角逗号（,）分隔，最多支持10个。

    > - 使用前，先进行URL编码。 > - JobIds和UploadUrls必须指定一个，二者同时传入时只处理JobIds。
    """


class CancelUrlUploadJobsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    canceled_jobs: list[str] | None = _m.wire("CanceledJobs")
    """取消成功的任务列表。"""
    non_exists: list[str] | None = _m.wire("NonExists")
    """不存在的任务列表。"""


OPERATION = OperationInfo(
    "CancelUrlUploadJobs", CancelUrlUploadJobsRequest, CancelUrlUploadJobsResponse
)
