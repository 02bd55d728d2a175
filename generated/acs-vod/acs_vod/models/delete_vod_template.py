"""Request and response models of DeleteVodTemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteVodTemplateRequest", "DeleteVodTemplateResponse"]


class DeleteVodTemplateRequest(_p.Request):
    """Parameters of DeleteVodTemplate, checked against the spec's limits when created."""

    vod_template_id: str = _p.param("VodTemplateId")
    """截图模板ID。"""


class DeleteVodTemplateResponse(_m.Model):
    """A model of the response."""

    vod_template_id: str | None = _m.wire("VodTemplateId")
    """截图模板ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteVodTemplate", DeleteVodTemplateRequest, DeleteVodTemplateResponse
)
