"""Request and response models of DescribeVodAIData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AIData",
    "AIDataItemItem",
    "Data",
    "DataItemItem",
    "DescribeVodAIDataRequest",
    "DescribeVodAIDataResponse",
]


class DescribeVodAIDataRequest(_p.Request):
    """Parameters of DescribeVodAIData, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """获取数据起始时间点。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """获取数据结束时间点，需晚于起始时间。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    region: str | None = _p.param("Region", default=None)
    """存储地域。默认返回所有区域。支持批量查询，多个地域使用半角逗号（,）分隔。取值：
    - **cn-shanghai**：上海。
    - **cn-beijing**：北京。
    - **eu-central-1**：德国。
    - **ap-southeast-1**：新加坡。
    """
    ai_type: str | None = _p.param("AIType", default=None)
    """AI类型。默认返回类型。支持批量查询，多个区域使用半角逗号（,）分隔。取值：
    - **AIVideoCensor**：智能审核。
    - **AIVideoFPShot**：视频DNA。
    - **AIVideoTag**：智能标签。
    """


class DescribeVodAIDataResponse(_m.Model):
    """A model of the response."""

    data_interval: str | None = _m.wire("DataInterval")
    """返回数据的时间颗粒度。取值：
    - **hour**：小时数据。
    - **day**：天数据。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    ai_data: AIData | None = _m.wire("AIData")


class AIData(_m.Model):
    """A model of the response."""

    ai_data_item: list[AIDataItemItem] | None = _m.wire("AIDataItem")
    """AI处理用量数据。"""


class AIDataItemItem(_m.Model):
    """A model of the response."""

    time_stamp: datetime | None = _m.wire("TimeStamp")
    """时间片起始时刻。格式为：`yyyy-MM-ddTHH:mm:ssZ`（UTC时间）。"""
    data: Data | None = _m.wire("Data")


class Data(_m.Model):
    """A model of the response."""

    data_item: list[DataItemItem] | None = _m.wire("DataItem")
    """AI处理用量详细数据。"""


class DataItemItem(_m.Model):
    """A model of the response."""

    name: str | None = _m.wire("Name")
    """AI类型。 取值：
    - **AIVideoCensor**：智能审核。
    - **AIVideoFPShot**：视频DNA。
    - **AIVideoTag**：智能标签。
    """
    value: str | None = _m.wire("Value")
    """处理时长。单位：秒。"""


OPERATION = OperationInfo(
    "DescribeVodAIData",
    DescribeVodAIDataRequest,
    DescribeVodAIDataResponse,
    read_only=True,
    idempotent=True,
)
