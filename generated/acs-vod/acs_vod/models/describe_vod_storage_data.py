"""Request and response models of DescribeVodStorageData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodStorageDataRequest",
    "DescribeVodStorageDataResponse",
    "StorageData",
    "StorageDataItemItem",
]


class DescribeVodStorageDataRequest(_p.Request):
    """Parameters of DescribeVodStorageData, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """获取数据起始时间点。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """获取数据结束时间点，需晚于起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _p.param("Region", default=None)
    """存储地域。默认返回所有地域。支持批量查询，多个区域用半角逗号（,）分隔。取值：
    - **cn-shanghai**：上海。
    - **cn-beijing**：北京。
    - **eu-central-1**：德国。
    - **ap-southeast-1**：新加坡。
    """
    storage_type: str | None = _p.param("StorageType", default=None)
    """存储类型。固定取值：**OSS**。"""
    storage: str | None = _p.param("Storage", default=None)
    """存储名称（阿里云OSS存储Bucket名称），默认返回所有存储。支持批量查询，多个用半角逗号（,）分隔。"""


class DescribeVodStorageDataResponse(_m.Model):
    """A model of the response."""

    data_interval: str | None = _m.wire("DataInterval")
    """返回数据的时间颗粒度。取值：
    - **hour**：小时数据。
    - **day**：天数据。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    storage_data: StorageData | None = _m.wire("StorageData")


class StorageData(_m.Model):
    """A model of the response."""

    storage_data_item: list[StorageDataItemItem] | None = _m.wire("StorageDataItem")
    """存储用量数据。"""


class StorageDataItemItem(_m.Model):
    """A model of the response."""

    time_stamp: datetime | None = _m.wire("TimeStamp")
    """时间片起始时刻。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    storage_utilization: str | None = _m.wire("StorageUtilization")
    """存储用量数据。单位：byte。"""
    network_out: str | None = _m.wire("NetworkOut")
    """存储流出流量。单位：byte。此流量指直接访问存储地址产生的流量，未经CDN加速。"""


OPERATION = OperationInfo(
    "DescribeVodStorageData",
    DescribeVodStorageDataRequest,
    DescribeVodStorageDataResponse,
    read_only=True,
    idempotent=True,
)
