"""Request and response models of ListAIImageInfo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AIImageInfo",
    "AIImageInfoFormat",
    "ListAIImageInfoRequest",
    "ListAIImageInfoResponse",
]


class AIImageInfoFormat(_m.OpenEnum):
    """The format of the image. Valid values: gif and png."""

    GIF = "gif"
    PNG = "png"


class ListAIImageInfoRequest(_p.Request):
    """Parameters of ListAIImageInfo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """The ID of the video. You can obtain the ID in the following ways:
    - For a video that was uploaded in the console, log on to the ApsaraVideo VOD
    console (https://vod.console.aliyun.com) and choose Media Files > Audio/Video to
    view the video ID.
    - If you obtain the upload URL and credential by calling the CreateUploadVideo
    operation, the video ID is the value of VideoId in the response.
    - After the video is uploaded, you can call the SearchMedia operation to query the
    video ID: it is the value of VideoId in the response.
    """


class ListAIImageInfoResponse(_m.Model):
    """The returned data."""

    request_id: str | None = _m.wire("RequestId")
    """The ID of the request."""
    ai_image_info_list: list[AIImageInfo] | None = _m.wire("AIImageInfoList")
    """The AI image files."""


class AIImageInfo(_m.Model):
    """The details of an AI image file."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """The time when the data was created. The time follows the ISO 8601 standard in the
    yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC.
    """
    ai_image_info_id: str | None = _m.wire("AIImageInfoId")
    """The ID of the image data."""
    file_url: str | None = _m.wire("FileURL")
    """The URL of the AI image file."""
    version: str | None = _m.wire("Version")
    """The ID of the data version."""
    video_id: str | None = _m.wire("VideoId")
    """The ID of the video."""
    job_id: str | None = _m.wire("JobId")
    """The ID of the image AI processing job."""
    score: str | None = _m.wire("Score")
    """The score of the image. The vendor declares it a string (a decimal number in
    text), unlike the numeric Score inside the AIImageResult of GetAIImageJobs; it is
    kept as text so that no digit is lost.
    """
    format_: AIImageInfoFormat | None = _m.wire("Format")
    """The format of the image. Valid values: gif and png."""


OPERATION = OperationInfo(
    "ListAIImageInfo",
    ListAIImageInfoRequest,
    ListAIImageInfoResponse,
    regions=("cn-beijing", "cn-shanghai"),
    read_only=True,
    idempotent=True,
)
