"""Request and response models of GetAIImageJobs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Waiter

__all__ = [
    "AIImageJob",
    "AIImageJobStatus",
    "AIImageResultItem",
    "GetAIImageJobsRequest",
    "GetAIImageJobsResponse",
    "MessageCallback",
    "TemplateConfig",
    "UserData",
]


class AIImageJobStatus(_m.OpenEnum):
    """The status of the job."""

    SUCCESS = "success"
    FAIL = "fail"


class GetAIImageJobsRequest(_p.Request):
    """Parameters of GetAIImageJobs, checked against the spec's limits when created."""

    job_ids: Sequence[str] = _p.param(
        "JobIds", style="simple", min_items=1, max_items=10, items=_p.Rule(min_length=1)
    )
    """The ID of the image AI processing job. You can obtain the value of JobId from the
    response to the SubmitAIImageJob operation. You can specify a maximum of 10 IDs.
    Separate multiple IDs with commas (,).
    """


class GetAIImageJobsResponse(_m.Model):
    """The returned data."""

    request_id: str | None = _m.wire("RequestId")
    """The ID of the request."""
    ai_image_job_list: list[AIImageJob] | None = _m.wire("AIImageJobList")
    """The image AI processing jobs."""


class AIImageJob(_m.Model):
    """The information about the image AI processing job."""

    status: AIImageJobStatus | None = _m.wire("Status")
    """The status of the job."""
    creation_time: datetime | None = _m.wire("CreationTime")
    """The time when the image AI processing job was created. The time follows the ISO
    8601 standard in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC.
    """
    ai_image_result: _m.JsonText[list[AIImageResultItem]] | None = _m.wire(
        "AIImageResult"
    )
    """The Object Storage Service (OSS) URL of the image file. Note: this parameter does
    not include the complete authentication information. To obtain the authentication
    information, you must generate a signed URL. Alternatively, you can call the
    ListAIImageInfo operation to obtain the image information.
    """
    video_id: str | None = _m.wire("VideoId")
    """The ID of the video."""
    job_id: str | None = _m.wire("JobId")
    """The ID of the image AI processing job."""
    user_data: _m.JsonText[UserData] | None = _m.wire("UserData")
    """The user data. The value must be a JSON string and contains a maximum of 512
    bytes. The MessageCallback or Extend parameter is returned. For more information,
    see the "UserData: specifies the custom configurations for media upload" section of
    the Request parameters topic.
    """
    code: str | None = _m.wire("Code")
    """The error code."""
    message: str | None = _m.wire("Message")
    """The error message."""
    template_config: _m.JsonText[TemplateConfig] | None = _m.wire("TemplateConfig")
    """The configurations of the AI template that was used to submit the job."""
    template_id: str | None = _m.wire("TemplateId")
    """The ID of the AI template."""


class AIImageResultItem(_m.Model):
    """One image produced by the job."""

    score: float | None = _m.wire("Score")
    """The score of the image."""
    url: str | None = _m.wire("Url")
    """The OSS URL of the image. It carries no authentication information: sign it, or
    call ListAIImageInfo.
    """


class UserData(_m.Model):
    """Custom configurations that travel with the job."""

    message_callback: MessageCallback | None = _m.wire("MessageCallback")
    """Where event notifications for this job are sent."""
    extend: dict[str, Any] | None = _m.wire("Extend")
    """Custom data, returned as it was given."""


class MessageCallback(_m.Model):
    """Where event notifications for this job are sent."""

    callback_url: str | None = _m.wire("CallbackURL")
    """The callback URL."""
    callback_type: str | None = _m.wire("CallbackType")
    """The callback method, such as http or mns."""


class TemplateConfig(_m.Model):
    """A snapshot of the AI template's configuration."""

    format_: str | None = _m.wire("Format")
    """The format of the output images, such as gif or jpg."""
    set_default_cover: str | None = _m.wire("SetDefaultCover")
    """Whether the first image becomes the video's default cover ("true" or "false")."""


OPERATION = OperationInfo(
    "GetAIImageJobs",
    GetAIImageJobsRequest,
    GetAIImageJobsResponse,
    regions=("cn-beijing", "cn-shanghai"),
    read_only=True,
    idempotent=True,
    waiters={
        "ai_image_jobs_finished": Waiter(
            ("ai_image_job_list", "[]", "status"),
            ("success",),
            ("fail",),
            delay=2.0,
            max_delay=20.0,
            timeout=600.0,
        ),
    },
)
