"""Request and response models of AddEditingProject."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddEditingProjectRequest", "AddEditingProjectResponse", "Project"]


class AddEditingProjectRequest(_p.Request):
    """Parameters of AddEditingProject, checked against the spec's limits when created."""

    title: str = _p.param("Title")
    """云剪辑工程标题。"""
    description: str | None = _p.param("Description", default=None)
    """云剪辑工程描述。"""
    timeline: str | None = _p.param("Timeline", default=None)
    """云剪辑工程时间线。JSON格式。具体结构定义，请参见[Timeline](~~52839~~)。

    当该字段为空时，则创建一个空的时间线，且云剪辑工程的总时长为0。
    """
    cover_url: str | None = _p.param("CoverURL", default=None)
    """云剪辑工程封面。如果为空且时间线上的video轨已经存在素材，则默认选取时间线上第一个素材封面。"""
    division: str | None = _p.param("Division", default=None)
    """服务地域。"""


class AddEditingProjectResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    project: Project | None = _m.wire("Project")
    """云剪辑工程。具体结构定义，请参见[EditingProject](~~52839~~)。"""


class Project(_m.Model):
    """云剪辑工程。具体结构定义，请参见[EditingProject](~~52839~~)。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """云剪辑工程创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _m.wire("Status")
    """云剪辑工程状态。取值：

    - **Normal**：草稿。
    - **Producing**：合成中。
    - **Produced**：合成成功。
    - **ProduceFailed**：合成失败。
    """
    modified_time: datetime | None = _m.wire("ModifiedTime")
    """云剪辑工程最新修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    description: str | None = _m.wire("Description")
    """云剪辑工程描述。"""
    project_id: str | None = _m.wire("ProjectId")
    """云剪辑工程ID。"""
    title: str | None = _m.wire("Title")
    """云剪辑工程标题。"""


OPERATION = OperationInfo(
    "AddEditingProject", AddEditingProjectRequest, AddEditingProjectResponse
)
