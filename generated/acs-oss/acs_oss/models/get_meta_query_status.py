"""Request and response models of GetMetaQueryStatus."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetMetaQueryStatusRequest", "GetMetaQueryStatusResponse", "MetaQueryStatus"]


class GetMetaQueryStatusRequest(_p.Request):
    """Parameters of GetMetaQueryStatus, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetMetaQueryStatusResponse(_m.Model):
    """获取元数据索引信息的响应。"""

    meta_query_status: MetaQueryStatus | None = _m.wire("MetaQueryStatus")
    """保存元数据索引信息的容器。"""


class MetaQueryStatus(_m.Model):
    """保存元数据索引信息的容器。"""

    state: str | None = _m.wire("State")
    """元数据索引库的状态。取值范围如下：

    Ready：创建后准备中

    元数据索引库正在准备中，您无法通过元数据索引库查询到数据。

    Stop：已暂停

    Running：运行中

    Retrying：创建失败后重试中

    Failed：创建失败

    Deleted：已删除
    """
    phase: str | None = _m.wire("Phase")
    """当前扫描类型。取值范围如下：

    FullScanning：全量扫描中

    IncrementalScanning：增量扫描中
    """
    create_time: datetime | None = _m.wire("CreateTime")
    """元数据索引库的创建时间，遵循RFC
    3339标准格式，格式为YYYY-MM-DDTHH:mm:ss+TIMEZONE。其中YYYY-MM-DD表示年月日，T表示time元素的开头，HH:mm:ss表示时分秒，TIMEZONE表示时区。
    """
    update_time: datetime | None = _m.wire("UpdateTime")
    """元数据索引库的创建时间，遵循RFC
    3339标准格式，格式为YYYY-MM-DDTHH:mm:ss+TIMEZONE。其中YYYY-MM-DD表示年月日，T表示time元素的开头，HH:mm:ss表示时分秒，TIMEZONE表示时区。
    """


OPERATION = OperationInfo(
    "GetMetaQueryStatus",
    GetMetaQueryStatusRequest,
    GetMetaQueryStatusResponse,
    method="GET",
    path="/",
    query=(("metaQuery", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
