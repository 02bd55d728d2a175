"""Request and response models of ListAIImageInfo."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .. import _model as _m
from .. import _params as _p

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


@dataclass(kw_only=True, frozen=True)
class ListAIImageInfoRequest:
    """Parameters of ListAIImageInfo, checked against the spec's limits when created."""

    video_id: str
    """
    The ID of the video. You can obtain the ID in the following ways:
    - For a video that was uploaded in the console, log on to the ApsaraVideo VOD
    console (https://vod.console.aliyun.com) and choose Media Files > Audio/Video to
    view the video ID.
    - If you obtain the upload URL and credential by calling the CreateUploadVideo
    operation, the video ID is the value of VideoId in the response.
    - After the video is uploaded, you can call the SearchMedia operation to query the
    video ID: it is the value of VideoId in the response.
    """

    PARAMS: ClassVar[tuple[_p.Param, ...]] = (
        _p.Param("VideoId", "video_id", "query", None, True, _p.Rule("string")),
    )

    def __post_init__(self) -> None:
        for param in self.PARAMS:
            _p.check(param, getattr(self, param.python_name))

    def to_wire(self) -> _p.WireParams:
        """The parameters as they travel: query and form fields, in the spec's styles."""
        return _p.write(self.PARAMS, vars(self))

    @classmethod
    def from_wire(cls, fields: Mapping[str, str]) -> ListAIImageInfoRequest:
        """Parse wire fields back (the emulator's side); raises RequestValidationError."""
        return cls(**_p.read(cls.PARAMS, fields))


@dataclass(kw_only=True)
class ListAIImageInfoResponse(_m.Model):
    """The returned data."""

    request_id: str | None = None
    """The ID of the request."""
    ai_image_info_list: list[AIImageInfo] | None = None
    """The AI image files."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("AIImageInfoList", "RequestId"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListAIImageInfoResponse:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                request_id=r.get("RequestId", _m.STR),
                ai_image_info_list=r.get(
                    "AIImageInfoList", _m.list_of(_m.model_of(AIImageInfo))
                ),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("RequestId", self.request_id, _m.STR)
        w.put(
            "AIImageInfoList",
            self.ai_image_info_list,
            _m.list_of(_m.model_of(AIImageInfo)),
        )
        return w.result()


@dataclass(kw_only=True)
class AIImageInfo(_m.Model):
    """The details of an AI image file."""

    creation_time: datetime | None = None
    """
    The time when the data was created. The time follows the ISO 8601 standard in the
    yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC.
    """
    ai_image_info_id: str | None = None
    """The ID of the image data."""
    file_url: str | None = None
    """The URL of the AI image file."""
    version: str | None = None
    """The ID of the data version."""
    video_id: str | None = None
    """The ID of the video."""
    job_id: str | None = None
    """The ID of the image AI processing job."""
    score: str | None = None
    """
    The score of the image. The vendor declares it a string (a decimal number in text),
    unlike the numeric Score inside the AIImageResult of GetAIImageJobs; it is kept as
    text so that no digit is lost.
    """
    format_: AIImageInfoFormat | None = None
    """The format of the image. Valid values: gif and png."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(
            (
                "AIImageInfoId",
                "CreationTime",
                "FileURL",
                "Format",
                "JobId",
                "Score",
                "Version",
                "VideoId",
            )
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIImageInfo:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                creation_time=r.get("CreationTime", _m.DATETIME),
                ai_image_info_id=r.get("AIImageInfoId", _m.STR),
                file_url=r.get("FileURL", _m.STR),
                version=r.get("Version", _m.STR),
                video_id=r.get("VideoId", _m.STR),
                job_id=r.get("JobId", _m.STR),
                score=r.get("Score", _m.STR),
                format_=r.get("Format", _m.enum_of(AIImageInfoFormat)),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("CreationTime", self.creation_time, _m.DATETIME)
        w.put("AIImageInfoId", self.ai_image_info_id, _m.STR)
        w.put("FileURL", self.file_url, _m.STR)
        w.put("Version", self.version, _m.STR)
        w.put("VideoId", self.video_id, _m.STR)
        w.put("JobId", self.job_id, _m.STR)
        w.put("Score", self.score, _m.STR)
        w.put("Format", self.format_, _m.enum_of(AIImageInfoFormat))
        return w.result()
