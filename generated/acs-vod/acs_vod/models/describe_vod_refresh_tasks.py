"""Request and response models of DescribeVodRefreshTasks."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "DescribeVodRefreshTasksRequest",
    "DescribeVodRefreshTasksResponse",
    "TaskItem",
    "Tasks",
]


class DescribeVodRefreshTasksRequest(_p.Request):
    """Parameters of DescribeVodRefreshTasks, checked against the spec's limits when created."""

    task_id: str | None = _p.param("TaskId", default=None)
    """按任务ID查询刷新状态。"""
    object_path: str | None = _p.param("ObjectPath", default=None)
    """按路径查询，准确匹配。"""
    page_number: int | None = _p.param(
        "PageNumber", default=None, minimum=1, maximum=42949672
    )
    """页码。"""
    object_type: str | None = _p.param("ObjectType", default=None)
    """任务类型。取值范围：
    - **file**：文件刷新。
    - **directory**：目录刷新。
    - **preload**：文件预热。

    > 当指定DomainName或Status时，ObjectType该项为必填。
    """
    domain_name: str | None = _p.param("DomainName", default=None)
    """域名。"""
    status: str | None = _p.param(
        "Status", default=None, enum=("Complete", "Refreshing", "Failed")
    )
    """任务状态。取值：

    - **Complete**：完成。
    - **Refreshing**：刷新中。
    - **Failed**：刷新失败。
    """
    page_size: int | None = _p.param("PageSize", default=None, minimum=1, maximum=50)
    """分页大小，每页显示的条目数。默认值：**20**。最大值：**50**。"""
    start_time: str | None = _p.param("StartTime", default=None)
    """开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。

    > 仅能查询3天内的数据。
    """
    end_time: str | None = _p.param("EndTime", default=None)
    """结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""


class DescribeVodRefreshTasksResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    page_number: int | None = _m.wire("PageNumber")
    """页码。"""
    page_size: int | None = _m.wire("PageSize")
    """整页大小。"""
    total_count: int | None = _m.wire("TotalCount")
    """总条数。"""
    tasks: Tasks | None = _m.wire("Tasks")


class Tasks(_m.Model):
    """A model of the response."""

    task: list[TaskItem] | None = _m.wire("Task")
    """TaskItem组成的Task任务列表。"""


class TaskItem(_m.Model):
    """A model of the response."""

    status: str | None = _m.wire("Status")
    """状态。取值：
    - **Complete**：完成。
    - **Refreshing**：刷新中。
    - **Failed**：刷新失败。
    - **Pending**：等待刷新。
    """
    creation_time: datetime | None = _m.wire("CreationTime")
    """任务对象创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    object_type: str | None = _m.wire("ObjectType")
    """任务类型。取值：
    - **file**默认：文件刷新。
    - **directory**：目录刷新。
    - **preload**：文件预热。
    """
    process: str | None = _m.wire("Process")
    """进度百分比。"""
    description: str | None = _m.wire("Description")
    """刷新预热失败返回的错误描述。目前有三种：
    - **Internal Error**：内部错误。
    - **Origin Timeout**：源站响应超时。
    - **Origin Return StatusCode 5XX**：源站返回5XX状态码。
    """
    object_path: str | None = _m.wire("ObjectPath")
    """刷新对象路径。"""
    task_id: str | None = _m.wire("TaskId")
    """任务ID。"""


OPERATION = OperationInfo(
    "DescribeVodRefreshTasks",
    DescribeVodRefreshTasksRequest,
    DescribeVodRefreshTasksResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("tasks", "task"),
        page="page_number",
        page_size="page_size",
        total=("total_count",),
    ),
)
