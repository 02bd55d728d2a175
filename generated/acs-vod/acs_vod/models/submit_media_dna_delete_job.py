"""Request and response models of SubmitMediaDNADeleteJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SubmitMediaDNADeleteJobRequest", "SubmitMediaDNADeleteJobResponse"]


class SubmitMediaDNADeleteJobRequest(_p.Request):
    """Parameters of SubmitMediaDNADeleteJob, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """视频ID。"""


class SubmitMediaDNADeleteJobResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    job_id: str | None = _m.wire("JobId")
    """任务ID。"""


OPERATION = OperationInfo(
    "SubmitMediaDNADeleteJob",
    SubmitMediaDNADeleteJobRequest,
    SubmitMediaDNADeleteJobResponse,
)
