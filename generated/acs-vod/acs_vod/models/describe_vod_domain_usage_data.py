"""Request and response models of DescribeVodDomainUsageData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DataModuleItem",
    "DescribeVodDomainUsageDataRequest",
    "DescribeVodDomainUsageDataResponse",
    "UsageDataPerInterval",
]


class DescribeVodDomainUsageDataRequest(_p.Request):
    """Parameters of DescribeVodDomainUsageData, checked against the spec's limits when created."""

    domain_name: str | None = _p.param("DomainName", default=None)
    """加速域名。若参数为空，默认返回所有加速域名合并后数据。支持批量查询，多个用半角逗号（,）分隔。"""
    start_time: str = _p.param("StartTime")
    """获取数据起始时间点。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """获取数据结束时间点，需晚于起始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    field: str = _p.param("Field")
    """数据类型。取值：
    - **bps**：带宽。
    - **traf**：流量。
    """
    type_: str | None = _p.param("Type", default=None)
    """需要获取的用量类型。取值：

    - **static**：静态。
    - **dynamic**：动态。
    - **all**：全部。
    """
    area: str | None = _p.param("Area", default=None)
    """地域代号。默认为CN中国大陆。取值：
    - **CN**：中国大陆。
    - **OverSeas**：海外区域。
    """
    interval: str | None = _p.param("Interval", default=None)
    """强制指定获取指定时间粒度的数据，单位为秒。支持**300**（5分钟）、**3600**（1小时）和**86400**（1天）。
    - **Interval**=**300**：最长可查询最近半年的数据，单次查询的时间跨度最长为3天。
    - **Interval**=**3600**或**86400**：最长可查询最近1年的数据。
    - 不指定**Interval**：单次查询跨度最长为1个月。当查询时间为1~3天时，数据按小时粒度返回；当查询时间为4天及以上时，数据按天粒度返回。
    """


class DescribeVodDomainUsageDataResponse(_m.Model):
    """A model of the response."""

    end_time: datetime | None = _m.wire("EndTime")
    """结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    type_: str | None = _m.wire("Type")
    """数据类型。取值：
    - **bps**：带宽。
    - **traf**：流量。
    """
    start_time: datetime | None = _m.wire("StartTime")
    """开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    area: str | None = _m.wire("Area")
    """用量区域。"""
    domain_name: str | None = _m.wire("DomainName")
    """加速域名信息。"""
    data_interval: str | None = _m.wire("DataInterval")
    """每条记录的时间间隔。单位：秒。"""
    usage_data_per_interval: UsageDataPerInterval | None = _m.wire(
        "UsageDataPerInterval"
    )


class UsageDataPerInterval(_m.Model):
    """A model of the response."""

    data_module: list[DataModuleItem] | None = _m.wire("DataModule")
    """流量或带宽用量数据。"""


class DataModuleItem(_m.Model):
    """A model of the response."""

    value: str | None = _m.wire("Value")
    """流量或带宽用量。单位：bit/second。"""
    time_stamp: datetime | None = _m.wire("TimeStamp")
    """时间片起始时刻。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""


OPERATION = OperationInfo(
    "DescribeVodDomainUsageData",
    DescribeVodDomainUsageDataRequest,
    DescribeVodDomainUsageDataResponse,
    read_only=True,
    idempotent=True,
)
