"""Request and response models of DescribePlayUserAvg."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribePlayUserAvgRequest",
    "DescribePlayUserAvgResponse",
    "UserPlayStatisAvgItem",
    "UserPlayStatisAvgs",
]


class DescribePlayUserAvgRequest(_p.Request):
    """Parameters of DescribePlayUserAvg, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """指定查询的起始时间。格式为：yyyy-MM-ddTHH:mm:ssZ（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """指定查询的结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。 >
    结束时间需大于起始时间，且与起始时间的最大跨度为180天。
    """


class DescribePlayUserAvgResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    user_play_statis_avgs: UserPlayStatisAvgs | None = _m.wire("UserPlayStatisAvgs")


class UserPlayStatisAvgs(_m.Model):
    """A model of the response."""

    user_play_statis_avg: list[UserPlayStatisAvgItem] | None = _m.wire(
        "UserPlayStatisAvg"
    )
    """用户每天平均播放均值统计数据。"""


class UserPlayStatisAvgItem(_m.Model):
    """A model of the response."""

    date: datetime | None = _m.wire("Date")
    """播放日期，格式为：yyyy-MM-ddTHH:mm:ssZ（UTC时间）。"""
    avg_play_duration: str | None = _m.wire("AvgPlayDuration")
    """平均播放时长。单位：毫秒。"""
    avg_play_count: str | None = _m.wire("AvgPlayCount")
    """平均播放次数。"""


OPERATION = OperationInfo(
    "DescribePlayUserAvg",
    DescribePlayUserAvgRequest,
    DescribePlayUserAvgResponse,
    read_only=True,
    idempotent=True,
)
