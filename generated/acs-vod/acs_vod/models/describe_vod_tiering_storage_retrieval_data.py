"""Request and response models of DescribeVodTieringStorageRetrievalData."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodTieringStorageRetrievalDataRequest",
    "DescribeVodTieringStorageRetrievalDataResponse",
    "RetrievalDataItem",
]


class DescribeVodTieringStorageRetrievalDataRequest(_p.Request):
    """Parameters of DescribeVodTieringStorageRetrievalData, checked against the spec's limits when created."""

    start_time: str | None = _p.param("StartTime", default=None)
    """获取数据起始时间点。日期格式按照ISO8601表示法，使用UTC时间。格式为：YYYY-MM-DDThh:mmZ。最小数据粒度为5分钟，若为空，则默认读取最近24小时的数据。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """获取数据结束时间点，需晚于起始时间，不能相差超过31天。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _p.param("Region", default=None)
    """存储地域。默认返回所有地域。支持批量查询，多个区域用半角逗号（,）分隔。"""
    storage_class: str | None = _p.param("StorageClass", default=None)
    """存储类型。取值：
    - **IA**：低频
    - **Archive**：归档
    - **ColdArchive**：冷归档
    """


class DescribeVodTieringStorageRetrievalDataResponse(_m.Model):
    """Schema of Response"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    retrieval_data: list[RetrievalDataItem] | None = _m.wire("RetrievalData")
    """取回数据。"""


class RetrievalDataItem(_m.Model):
    """取回数据。"""

    time_stamp: str | None = _m.wire("TimeStamp")
    """时间片起始时刻。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _m.wire("Region")
    """存储地域。"""
    storage_class: str | None = _m.wire("StorageClass")
    """媒资存储类型。"""
    retrieval_data: int | None = _m.wire("RetrievalData")
    """取回数据。"""
    ca_std_retrieval_data: int | None = _m.wire("CAStdRetrievalData")
    """冷归档标准取回数据。"""
    ca_bulk_retrieval_data: int | None = _m.wire("CABulkRetrievalData")
    """冷归档批量取回数据。"""
    ca_high_prior_retrieval_data: int | None = _m.wire("CAHighPriorRetrievalData")
    """冷归档高优取回数据。"""


OPERATION = OperationInfo(
    "DescribeVodTieringStorageRetrievalData",
    DescribeVodTieringStorageRetrievalDataRequest,
    DescribeVodTieringStorageRetrievalDataResponse,
    read_only=True,
    idempotent=True,
)
