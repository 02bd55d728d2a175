"""Request and response models of DescribeVodTieringStorageData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodTieringStorageDataRequest",
    "DescribeVodTieringStorageDataResponse",
    "StorageDataItem",
]


class DescribeVodTieringStorageDataRequest(_p.Request):
    """Parameters of DescribeVodTieringStorageData, checked against the spec's limits when created."""

    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据起始时间点。日期格式按照ISO8601表示法，使用UTC时间。格式为：YYYY-MM-DDThh:mmZ。若为空，则默认读取最近24小时的数据。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据结束时间点，需晚于起始时间，不能相差超过31天。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _p.param("Region", default=None)
    """存储地域。默认返回所有地域。支持批量查询，多个区域用半角逗号（,）分隔。"""
    storage_class: str | None = _p.param("StorageClass", default=None)
    """存储类型，默认返回所有类型。取值：
    - **IA**：低频
    - **Archive**：归档
    - **ColdArchive**：冷归档
    """


class DescribeVodTieringStorageDataResponse(_m.Model):
    """Schema of Response"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    storage_data: list[StorageDataItem] | None = _m.wire("StorageData")
    """存储用量数据。"""


class StorageDataItem(_m.Model):
    """存储用量数据。"""

    time_stamp: datetime | None = _m.wire("TimeStamp")
    """时间片起始时刻。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _m.wire("Region")
    """存储地域。"""
    storage_class: str | None = _m.wire("StorageClass")
    """存储类型。"""
    storage_utilization: int | None = _m.wire("StorageUtilization")
    """存储用量数据。单位：byte。"""
    lessthan_month_datasize: int | None = _m.wire("LessthanMonthDatasize")
    """不足一月存储数据。单位：byte。"""


OPERATION = OperationInfo(
    "DescribeVodTieringStorageData",
    DescribeVodTieringStorageDataRequest,
    DescribeVodTieringStorageDataResponse,
    read_only=True,
    idempotent=True,
)
