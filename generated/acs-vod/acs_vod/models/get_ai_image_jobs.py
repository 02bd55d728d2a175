"""Request and response models of GetAIImageJobs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .. import _model as _m
from .. import _params as _p

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


@dataclass(kw_only=True, frozen=True)
class GetAIImageJobsRequest:
    """Parameters of GetAIImageJobs, checked against the spec's limits when created."""

    job_ids: Sequence[str]
    """
    The ID of the image AI processing job. You can obtain the value of JobId from the
    response to the SubmitAIImageJob operation. You can specify a maximum of 10 IDs.
    Separate multiple IDs with commas (,).
    """

    PARAMS: ClassVar[tuple[_p.Param, ...]] = (
        _p.Param(
            "JobIds",
            "job_ids",
            "query",
            "simple",
            True,
            _p.Rule(
                "array",
                min_items=1,
                max_items=10,
                items=_p.Rule("string", min_length=1, forbidden=","),
            ),
        ),
    )

    def __post_init__(self) -> None:
        for param in self.PARAMS:
            _p.check(param, getattr(self, param.python_name))

    def to_wire(self) -> _p.WireParams:
        """The parameters as they travel: query and form fields, in the spec's styles."""
        return _p.write(self.PARAMS, vars(self))

    @classmethod
    def from_wire(cls, fields: Mapping[str, str]) -> GetAIImageJobsRequest:
        """Parse wire fields back (the emulator's side); raises RequestValidationError."""
        return cls(**_p.read(cls.PARAMS, fields))


@dataclass(kw_only=True)
class GetAIImageJobsResponse(_m.Model):
    """The returned data."""

    request_id: str | None = None
    """The ID of the request."""
    ai_image_job_list: list[AIImageJob] | None = None
    """The image AI processing jobs."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("AIImageJobList", "RequestId"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetAIImageJobsResponse:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                request_id=r.get("RequestId", _m.STR),
                ai_image_job_list=r.get(
                    "AIImageJobList", _m.list_of(_m.model_of(AIImageJob))
                ),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("RequestId", self.request_id, _m.STR)
        w.put(
            "AIImageJobList",
            self.ai_image_job_list,
            _m.list_of(_m.model_of(AIImageJob)),
        )
        return w.result()


@dataclass(kw_only=True)
class AIImageJob(_m.Model):
    """The information about the image AI processing job."""

    status: AIImageJobStatus | None = None
    """The status of the job."""
    creation_time: datetime | None = None
    """
    The time when the image AI processing job was created. The time follows the ISO 8601
    standard in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC.
    """
    ai_image_result: _m.JsonText[list[AIImageResultItem]] | None = None
    """
    The Object Storage Service (OSS) URL of the image file. Note: this parameter does
    not include the complete authentication information. To obtain the authentication
    information, you must generate a signed URL. Alternatively, you can call the
    ListAIImageInfo operation to obtain the image information.
    """
    video_id: str | None = None
    """The ID of the video."""
    job_id: str | None = None
    """The ID of the image AI processing job."""
    user_data: _m.JsonText[UserData] | None = None
    """
    The user data. The value must be a JSON string and contains a maximum of 512 bytes.
    The MessageCallback or Extend parameter is returned. For more information, see the
    "UserData: specifies the custom configurations for media upload" section of the
    Request parameters topic.
    """
    code: str | None = None
    """The error code."""
    message: str | None = None
    """The error message."""
    template_config: _m.JsonText[TemplateConfig] | None = None
    """The configurations of the AI template that was used to submit the job."""
    template_id: str | None = None
    """The ID of the AI template."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(
            (
                "AIImageResult",
                "Code",
                "CreationTime",
                "JobId",
                "Message",
                "Status",
                "TemplateConfig",
                "TemplateId",
                "UserData",
                "VideoId",
            )
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIImageJob:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                status=r.get("Status", _m.enum_of(AIImageJobStatus)),
                creation_time=r.get("CreationTime", _m.DATETIME),
                ai_image_result=r.get(
                    "AIImageResult",
                    _m.json_text_of(_m.list_of(_m.model_of(AIImageResultItem))),
                ),
                video_id=r.get("VideoId", _m.STR),
                job_id=r.get("JobId", _m.STR),
                user_data=r.get("UserData", _m.json_text_of(_m.model_of(UserData))),
                code=r.get("Code", _m.STR),
                message=r.get("Message", _m.STR),
                template_config=r.get(
                    "TemplateConfig", _m.json_text_of(_m.model_of(TemplateConfig))
                ),
                template_id=r.get("TemplateId", _m.STR),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("Status", self.status, _m.enum_of(AIImageJobStatus))
        w.put("CreationTime", self.creation_time, _m.DATETIME)
        w.put(
            "AIImageResult",
            self.ai_image_result,
            _m.json_text_of(_m.list_of(_m.model_of(AIImageResultItem))),
        )
        w.put("VideoId", self.video_id, _m.STR)
        w.put("JobId", self.job_id, _m.STR)
        w.put("UserData", self.user_data, _m.json_text_of(_m.model_of(UserData)))
        w.put("Code", self.code, _m.STR)
        w.put("Message", self.message, _m.STR)
        w.put(
            "TemplateConfig",
            self.template_config,
            _m.json_text_of(_m.model_of(TemplateConfig)),
        )
        w.put("TemplateId", self.template_id, _m.STR)
        return w.result()


@dataclass(kw_only=True)
class AIImageResultItem(_m.Model):
    """One image produced by the job."""

    score: float | None = None
    """The score of the image."""
    url: str | None = None
    """
    The OSS URL of the image. It carries no authentication information: sign it, or call
    ListAIImageInfo.
    """

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("Score", "Url"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIImageResultItem:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                score=r.get("Score", _m.FLOAT),
                url=r.get("Url", _m.STR),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("Score", self.score, _m.FLOAT)
        w.put("Url", self.url, _m.STR)
        return w.result()


@dataclass(kw_only=True)
class UserData(_m.Model):
    """Custom configurations that travel with the job."""

    message_callback: MessageCallback | None = None
    """Where event notifications for this job are sent."""
    extend: dict[str, Any] | None = None
    """Custom data, returned as it was given."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("Extend", "MessageCallback"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UserData:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                message_callback=r.get("MessageCallback", _m.model_of(MessageCallback)),
                extend=r.get("Extend", _m.dict_of(_m.ANY)),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("MessageCallback", self.message_callback, _m.model_of(MessageCallback))
        w.put("Extend", self.extend, _m.dict_of(_m.ANY))
        return w.result()


@dataclass(kw_only=True)
class MessageCallback(_m.Model):
    """Where event notifications for this job are sent."""

    callback_url: str | None = None
    """The callback URL."""
    callback_type: str | None = None
    """The callback method, such as http or mns."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("CallbackType", "CallbackURL"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MessageCallback:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                callback_url=r.get("CallbackURL", _m.STR),
                callback_type=r.get("CallbackType", _m.STR),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("CallbackURL", self.callback_url, _m.STR)
        w.put("CallbackType", self.callback_type, _m.STR)
        return w.result()


@dataclass(kw_only=True)
class TemplateConfig(_m.Model):
    """A snapshot of the AI template's configuration."""

    format_: str | None = None
    """The format of the output images, such as gif or jpg."""
    set_default_cover: str | None = None
    """Whether the first image becomes the video's default cover ("true" or "false")."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("Format", "SetDefaultCover"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemplateConfig:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                format_=r.get("Format", _m.STR),
                set_default_cover=r.get("SetDefaultCover", _m.STR),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("Format", self.format_, _m.STR)
        w.put("SetDefaultCover", self.set_default_cover, _m.STR)
        return w.result()
