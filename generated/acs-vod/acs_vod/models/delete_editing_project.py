"""Request and response models of DeleteEditingProject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteEditingProjectRequest", "DeleteEditingProjectResponse"]


class DeleteEditingProjectRequest(_p.Request):
    """Parameters of DeleteEditingProject, checked against the spec's limits when created."""

    project_ids: str = _p.param("ProjectIds")
    """云剪辑工程ID。多个ID使用英文逗号（,）分隔。"""


class DeleteEditingProjectResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteEditingProject", DeleteEditingProjectRequest, DeleteEditingProjectResponse
)
