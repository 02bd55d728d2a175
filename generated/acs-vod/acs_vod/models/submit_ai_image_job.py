"""Request and response models of SubmitAIImageJob."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .. import _model as _m
from .. import _params as _p

__all__ = [
    "SubmitAIImageJobRequest",
    "SubmitAIImageJobResponse",
]


@dataclass(kw_only=True, frozen=True)
class SubmitAIImageJobRequest:
    """Parameters of SubmitAIImageJob, checked against the spec's limits when created."""

    video_id: str
    """
    The ID of the video. You can obtain the ID in the following ways:
    - For a video that was uploaded in the console, log on to the ApsaraVideo VOD
    console (https://vod.console.aliyun.com) and choose Media Files > Audio/Video to
    view the video ID.
    - If the video was uploaded by calling the CreateUploadVideo operation, the video ID
    is the value of VideoId in the response.
    - After the video is uploaded, you can call the SearchMedia operation to query the
    video ID: it is the value of VideoId in the response.
    """
    ai_template_id: str
    """
    The ID of the AI image template. You can obtain the ID in the following ways:
    - When you create an image template by calling the AddAITemplate operation, the ID
    is the value of TemplateId in the response.
    - After the template is created, you can call the ListAITemplate operation to query
    the ID of the AI image template: it is the value of TemplateId in the response.
    """
    user_data: str | None = None
    """
    The custom settings.
    - The value must be a JSON string.
    - It must contain the MessageCallback or Extend parameter.
    - It can contain a maximum of 512 bytes.

    For more information about how to construct it, see UserData.
    """
    ai_pipeline_id: str | None = None
    """
    The ID of the AI pipeline.

    Note: a default ID exists, so you can leave this parameter empty. Batch imports need
    a dedicated pipeline: submit a ticket or contact Alibaba Cloud after-sales support
    to have one configured. For how to submit a ticket, see Contact us.
    """

    PARAMS: ClassVar[tuple[_p.Param, ...]] = (
        _p.Param("VideoId", "video_id", "query", None, True, _p.Rule("string")),
        _p.Param(
            "AITemplateId", "ai_template_id", "query", None, True, _p.Rule("string")
        ),
        _p.Param(
            "UserData",
            "user_data",
            "query",
            None,
            False,
            _p.Rule("string", max_bytes=512, json_text=True),
        ),
        _p.Param(
            "AIPipelineId", "ai_pipeline_id", "query", None, False, _p.Rule("string")
        ),
    )

    def __post_init__(self) -> None:
        for param in self.PARAMS:
            _p.check(param, getattr(self, param.python_name))

    def to_wire(self) -> _p.WireParams:
        """The parameters as they travel: query and form fields, in the spec's styles."""
        return _p.write(self.PARAMS, vars(self))

    @classmethod
    def from_wire(cls, fields: Mapping[str, str]) -> SubmitAIImageJobRequest:
        """Parse wire fields back (the emulator's side); raises RequestValidationError."""
        return cls(**_p.read(cls.PARAMS, fields))


@dataclass(kw_only=True)
class SubmitAIImageJobResponse(_m.Model):
    """The returned data."""

    job_id: str | None = None
    """The ID of the image AI processing job."""
    request_id: str | None = None
    """The ID of the request."""

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset(("JobId", "RequestId"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubmitAIImageJobResponse:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        return _m.from_mapping(
            cls,
            data,
            lambda r: cls(
                job_id=r.get("JobId", _m.STR),
                request_id=r.get("RequestId", _m.STR),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept."""
        w = _m.Writer(self._source)
        w.put("JobId", self.job_id, _m.STR)
        w.put("RequestId", self.request_id, _m.STR)
        return w.result()
