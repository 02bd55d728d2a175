"""Request and response models of DescribeVodTranscodeData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "Data",
    "DataItemItem",
    "DescribeVodTranscodeDataRequest",
    "DescribeVodTranscodeDataResponse",
    "TranscodeData",
    "TranscodeDataItemItem",
]


class DescribeVodTranscodeDataRequest(_p.Request):
    """Parameters of DescribeVodTranscodeData, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """获取数据起始时间点。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """获取数据结束时间点，需晚于起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    region: str | None = _p.param("Region", default=None)
    """存储地域。默认返回所有区域。支持批量查询，多个地域使用半角逗号（,）分隔。取值：
    - **cn-shanghai**：上海。
    - **cn-beijing**：北京。
    - **eu-central-1**：德国。
    - **ap-southeast-1**：新加坡。
    """
    interval: str | None = _p.param("Interval", default=None)
    """时间粒度。取值：

    - **day**：天。
    - **hour**：小时。
    """
    storage: str | None = _p.param("Storage", default=None)
    """存储名称（阿里云OSS存储Bucket名称）。默认返回所有存储。支持批量查询，多个用半角逗号（,）分隔。"""
    specification: str | None = _p.param("Specification", default=None)
    """转码规格，默认返回所有转码规格。支持批量查询，多个用半角逗号（,）分隔。取值：
    - **Audio**：音频。
    - **Segmentation**：转封装。
    - **H264.LD**、**H264.SD**、**H264.HD**、**H264.2K**、**H264.4K**等。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。传入此参数，可以查询指定应用下的转码用量。默认返回所有应用的转码用量数据。本参数值可以从[CreateAppInfo](~~CreateAppInfo~~)接口的返回参数`AppId`获取。"""


class DescribeVodTranscodeDataResponse(_m.Model):
    """A model of the response."""

    data_interval: str | None = _m.wire("DataInterval")
    """返回数据的时间颗粒度。取值：
    - **hour**：小时数据。
    - **day**：天数据。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    transcode_data: TranscodeData | None = _m.wire("TranscodeData")


class TranscodeData(_m.Model):
    """A model of the response."""

    transcode_data_item: list[TranscodeDataItemItem] | None = _m.wire(
        "TranscodeDataItem"
    )
    """转码用量数据。"""


class TranscodeDataItemItem(_m.Model):
    """A model of the response."""

    time_stamp: datetime | None = _m.wire("TimeStamp")
    """数据时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    data: Data | None = _m.wire("Data")


class Data(_m.Model):
    """A model of the response."""

    data_item: list[DataItemItem] | None = _m.wire("DataItem")
    """转码用量详细数据。"""


class DataItemItem(_m.Model):
    """A model of the response."""

    name: str | None = _m.wire("Name")
    """转码规格。取值：
    - **Audio**：音频。
    - **Segmentation**：转封装。
    - **H264.LD、H264.SD、H264.HD、H264.2K、H264.4K**等。
    """
    value: str | None = _m.wire("Value")
    """转码时长。单位：秒。"""


OPERATION = OperationInfo(
    "DescribeVodTranscodeData",
    DescribeVodTranscodeDataRequest,
    DescribeVodTranscodeDataResponse,
    read_only=True,
    idempotent=True,
)
