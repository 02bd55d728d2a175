"""Request and response models of UpdateEditingProject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateEditingProjectRequest", "UpdateEditingProjectResponse"]


class UpdateEditingProjectRequest(_p.Request):
    """Parameters of UpdateEditingProject, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程ID。"""
    title: str | None = _p.param("Title", default=None)
    """云剪辑工程标题。"""
    timeline: str | None = _p.param("Timeline", default=None)
    """云剪辑工程时间线。具体结构定义，请参见[Timeline](~~52839~~)。"""
    description: str | None = _p.param("Description", default=None)
    """云剪辑工程描述。"""
    cover_url: str | None = _p.param("CoverURL", default=None)
    """云剪辑工程封面。"""


class UpdateEditingProjectResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateEditingProject", UpdateEditingProjectRequest, UpdateEditingProjectResponse
)
