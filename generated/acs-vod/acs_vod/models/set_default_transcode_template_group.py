"""Request and response models of SetDefaultTranscodeTemplateGroup."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "SetDefaultTranscodeTemplateGroupRequest",
    "SetDefaultTranscodeTemplateGroupResponse",
]


class SetDefaultTranscodeTemplateGroupRequest(_p.Request):
    """Parameters of SetDefaultTranscodeTemplateGroup, checked against the spec's limits when created."""

    transcode_template_group_id: str = _p.param("TranscodeTemplateGroupId")
    """转码模板组ID。"""


class SetDefaultTranscodeTemplateGroupResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetDefaultTranscodeTemplateGroup",
    SetDefaultTranscodeTemplateGroupRequest,
    SetDefaultTranscodeTemplateGroupResponse,
)
