"""Request and response models of SearchEditingProject."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "ProjectItem",
    "ProjectList",
    "SearchEditingProjectRequest",
    "SearchEditingProjectResponse",
]


class SearchEditingProjectRequest(_p.Request):
    """Parameters of SearchEditingProject, checked against the spec's limits when created."""

    end_time: str | None = _p.param("EndTime", default=None)
    """CreationTime（创建时间）的结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    start_time: str | None = _p.param("StartTime", default=None)
    """CreationTime（创建时间）的开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    status: str | None = _p.param("Status", default=None)
    """云剪辑工程状态。多个用英文逗号（,）分隔。默认获取所有云剪辑工程。 取值范围：

    - **Normal**：草稿。
    - **Producing**：合成中。
    - **Produced**：合成成功。
    - **ProduceFailed**：合成失败。
    """
    page_no: int | None = _p.param("PageNo", default=None)
    """当前页码。默认值为**1**。"""
    page_size: int | None = _p.param("PageSize", default=None)
    """分页大小，每页显示条数。默认值为**10**，最大值为**100**。"""
    sort_by: str | None = _p.param("SortBy", default=None)
    """结果排序方式。取值范围：

    - **CreationTime:Desc**（默认值）：按创建时间倒序。
    - **CreationTime:Asc**：按创建时间升序。
    """
    title: str | None = _p.param("Title", default=None)
    """云剪辑工程标题。"""


class SearchEditingProjectResponse(_m.Model):
    """A model of the response."""

    total: int | None = _m.wire("Total")
    """云剪辑工程总数。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    project_list: ProjectList | None = _m.wire("ProjectList")


class ProjectList(_m.Model):
    """A model of the response."""

    project: list[ProjectItem] | None = _m.wire("Project")
    """云剪辑工程列表。"""


class ProjectItem(_m.Model):
    """A model of the response."""

    storage_location: str | None = _m.wire("StorageLocation")
    """存储区域。 >
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
    duration: float | None = _m.wire("Duration")
    """云剪辑工程总时长，与Timeline的总时长一致。 > 返回参数中不含Timeline字段。"""
    title: str | None = _m.wire("Title")
    """云剪辑工程标题。"""
    region_id: str | None = _m.wire("RegionId")
    """地域。"""


OPERATION = OperationInfo(
    "SearchEditingProject",
    SearchEditingProjectRequest,
    SearchEditingProjectResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("project_list", "project"),
        page="page_no",
        page_size="page_size",
        total=("total",),
    ),
)
