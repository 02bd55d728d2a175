"""Request and response models of GetEditingProject."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetEditingProjectRequest", "GetEditingProjectResponse", "Project"]


class GetEditingProjectRequest(_p.Request):
    """Parameters of GetEditingProject, checked against the spec's limits when created."""

    project_id: str = _p.param("ProjectId")
    """云剪辑工程ID。"""


class GetEditingProjectResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    project: Project | None = _m.wire("Project")
    """云剪辑工程。"""


class Project(_m.Model):
    """云剪辑工程。"""

    storage_location: str | None = _m.wire("StorageLocation")
    """存储地址。 >
    您可以登录[点播控制台](https://vod.console.aliyun.com/?spm=a2c4g.11186623.2.15.6948257eaZ4m54#/vod/settings/censored)，选择**配置管理**
    > **媒资管理配置** > **存储管理**查看存储地址。
    """
    status: str | None = _m.wire("Status")
    """云剪辑工程状态。多个状态使用英文逗号（,）分隔。默认获取所有云剪辑工程。取值：

    - **Normal**：草稿。
    - **Producing**：合成中。
    - **Produced**：合成成功。
    - **ProduceFailed**：合成失败。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """云剪辑工程创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    modified_time: datetime | None = _m.wire("ModifiedTime")
    """云剪辑工程最新修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    description: str | None = _m.wire("Description")
    """云剪辑工程描述。"""
    cover_url: str | None = _m.wire("CoverURL")
    """云剪辑工程封面URL。"""
    project_id: str | None = _m.wire("ProjectId")
    """云剪辑工程ID。"""
    timeline: str | None = _m.wire("Timeline")
    """云剪辑工程时间线。"""
    title: str | None = _m.wire("Title")
    """云剪辑工程标题。"""
    region_id: str | None = _m.wire("RegionId")
    """地域。"""


OPERATION = OperationInfo(
    "GetEditingProject",
    GetEditingProjectRequest,
    GetEditingProjectResponse,
    read_only=True,
    idempotent=True,
)
