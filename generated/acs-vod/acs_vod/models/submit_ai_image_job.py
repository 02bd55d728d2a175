"""Request and response models of SubmitAIImageJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SubmitAIImageJobRequest", "SubmitAIImageJobResponse"]


class SubmitAIImageJobRequest(_p.Request):
    """Parameters of SubmitAIImageJob, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """The ID of the video. You can obtain the ID in the following ways:
    - For a video that was uploaded in the console, log on to the ApsaraVideo VOD
    console (https://vod.console.aliyun.com) and choose Media Files > Audio/Video to
    view the video ID.
    - If the video was uploaded by calling the CreateUploadVideo operation, the video ID
    is the value of VideoId in the response.
    - After the video is uploaded, you can call the SearchMedia operation to query the
    video ID: it is the value of VideoId in the response.
    """
    ai_template_id: str = _p.param("AITemplateId")
    """The ID of the AI image template. You can obtain the ID in the following ways:
    - When you create an image template by calling the AddAITemplate operation, the ID
    is the value of TemplateId in the response.
    - After the template is created, you can call the ListAITemplate operation to query
    the ID of the AI image template: it is the value of TemplateId in the response.
    """
    user_data: str | None = _p.param(
        "UserData", default=None, max_bytes=512, json_text=True
    )
    """The custom settings.
    - The value must be a JSON string.
    - It must contain the MessageCallback or Extend parameter.
    - It can contain a maximum of 512 bytes.

    For more information about how to construct it, see UserData.
    """
    ai_pipeline_id: str | None = _p.param("AIPipelineId", default=None)
    """The ID of the AI pipeline.

    Note: a default ID exists, so you can leave this parameter empty. Batch imports need
    a dedicated pipeline: submit a ticket or contact Alibaba Cloud after-sales support
    to have one configured. For how to submit a ticket, see Contact us.
    """


class SubmitAIImageJobResponse(_m.Model):
    """The returned data."""

    job_id: str | None = _m.wire("JobId")
    """The ID of the image AI processing job."""
    request_id: str | None = _m.wire("RequestId")
    """The ID of the request."""


OPERATION = OperationInfo(
    "SubmitAIImageJob",
    SubmitAIImageJobRequest,
    SubmitAIImageJobResponse,
    regions=("cn-beijing", "cn-shanghai"),
)
