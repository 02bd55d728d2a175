"""Request and response models of ListSnapshots."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "ListSnapshotsRequest",
    "ListSnapshotsResponse",
    "MediaSnapshot",
    "SnapshotItem",
    "Snapshots",
]


class ListSnapshotsRequest(_p.Request):
    """Parameters of ListSnapshots, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """视频ID。可通过以下方式获取：
    - 可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** > **音/视频**查看视频ID。
    - 调用[CreateUploadVideo](~~CreateUploadVideo~~)接口获取上传地址和凭证时会返回。
    - 调用[SearchMedia](~~SearchMedia~~)接口查询视频时会返回。
    """
    snapshot_type: str | None = _p.param("SnapshotType", default=None)
    """返回的截图类型。取值：

    - **CoverSnapshot**（默认值）：封面截图。
    - **NormalSnapshot**：普通截图。
    - **SpriteSnapshot**：雪碧截图。
    - **SpriteOriginSnapshot**：雪碧图原始图。
    - **WebVttSnapshot**：WebVtt截图。
    """
    auth_timeout: str | None = _p.param("AuthTimeout", default=None)
    """截图访问地址的过期时间。默认值：**3600**，最小值：**3600**，单位：秒。

    - 该参数只有开启了[URL鉴权](~~57007~~)才会生效。
    - 当设置的时间小于**3600秒**时，默认为**3600秒**。
    - 如果返回的是OSS地址，为降低源站安全风险，最大值为**2592000**（即30天）。
    """
    page_size: str | None = _p.param("PageSize", default=None)
    """翻页大小，每页显示条数。默认值：**20**，最大值：**100**。"""
    page_no: str | None = _p.param("PageNo", default=None)
    """翻页页号。默认值：**1**。"""


class ListSnapshotsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_snapshot: MediaSnapshot | None = _m.wire("MediaSnapshot")
    """视频截图数据。"""


class MediaSnapshot(_m.Model):
    """视频截图数据。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """截图作业创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    regular: str | None = _m.wire("Regular")
    """截图地址生成规则。"""
    total: int | None = _m.wire("Total")
    """截图总数。"""
    job_id: str | None = _m.wire("JobId")
    """截图作业ID。"""
    snapshots: Snapshots | None = _m.wire("Snapshots")


class Snapshots(_m.Model):
    """A model of the response."""

    snapshot: list[SnapshotItem] | None = _m.wire("Snapshot")
    """截图详情。"""


class SnapshotItem(_m.Model):
    """A model of the response."""

    index: int | None = _m.wire("Index")
    """截图索引值。"""
    url: str | None = _m.wire("Url")
    """截图访问地址。"""


OPERATION = OperationInfo(
    "ListSnapshots",
    ListSnapshotsRequest,
    ListSnapshotsResponse,
    read_only=True,
    idempotent=True,
    pager=Pager(
        "page_number",
        ("media_snapshot", "snapshots", "snapshot"),
        page="page_no",
        page_size="page_size",
        total=("media_snapshot", "total"),
        page_as_text=True,
    ),
)
