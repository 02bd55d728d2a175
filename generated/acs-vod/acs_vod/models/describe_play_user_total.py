"""Request and response models of DescribePlayUserTotal."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "UV",
    "VV",
    "DescribePlayUserTotalRequest",
    "DescribePlayUserTotalResponse",
    "UserPlayStatisTotalItem",
    "UserPlayStatisTotals",
]


class DescribePlayUserTotalRequest(_p.Request):
    """Parameters of DescribePlayUserTotal, checked against the spec's limits when created."""

    start_time: str = _p.param("StartTime")
    """指定查询的起始时间。格式为：yyyy-MM-ddTHH:mm:ssZ（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """指定查询的结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。 >
    结束时间需大于起始时间，且与起始时间的最大跨度为180天。
    """


class DescribePlayUserTotalResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    user_play_statis_totals: UserPlayStatisTotals | None = _m.wire(
        "UserPlayStatisTotals"
    )


class UserPlayStatisTotals(_m.Model):
    """A model of the response."""

    user_play_statis_total: list[UserPlayStatisTotalItem] | None = _m.wire(
        "UserPlayStatisTotal"
    )
    """用户每天播放总量统计数据。"""


class UserPlayStatisTotalItem(_m.Model):
    """A model of the response."""

    date: datetime | None = _m.wire("Date")
    """播放日期，格式为：yyyy-MM-ddTHH:mm:ssZ（UTC时间）。"""
    play_duration: str | None = _m.wire("PlayDuration")
    """播放总时长。单位：毫秒。"""
    play_range: str | None = _m.wire("PlayRange")
    """播放时长分布。"""
    vv: VV | None = _m.wire("VV")
    """播放次数总量统计。"""
    uv: UV | None = _m.wire("UV")
    """播放用户数总量统计。"""


class VV(_m.Model):
    """播放次数总量统计。"""

    flash: str | None = _m.wire("Flash")
    """Flash播放器播放总次数。"""
    i_os: str | None = _m.wire("iOS")
    """iOS播放器播放总次数。"""
    html5: str | None = _m.wire("HTML5")
    """HTML5播放器播放总次数。"""
    android: str | None = _m.wire("Android")
    """Android播放器播放总次数。"""


class UV(_m.Model):
    """播放用户数总量统计。"""

    flash: str | None = _m.wire("Flash")
    """Flash播放器播放总用户数。"""
    i_os: str | None = _m.wire("iOS")
    """iOS播放器播放总用户数。"""
    html5: str | None = _m.wire("HTML5")
    """HTML5播放器播放总用户数。"""
    android: str | None = _m.wire("Android")
    """Android播放器播放总用户数。"""


OPERATION = OperationInfo(
    "DescribePlayUserTotal",
    DescribePlayUserTotalRequest,
    DescribePlayUserTotalResponse,
    read_only=True,
    idempotent=True,
)
