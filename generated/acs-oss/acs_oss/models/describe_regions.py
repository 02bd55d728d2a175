"""Request and response models of DescribeRegions."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RegionInfo

__all__ = ["DescribeRegionsRequest", "DescribeRegionsResponse", "RegionInfoList"]


class DescribeRegionsRequest(_p.Request):
    """Parameters of DescribeRegions, checked against the spec's limits when created."""

    regions: str | None = _p.param("regions", default=None)
    """请求的地域ID。"""


class DescribeRegionsResponse(_m.Model):
    """DescribeRegions接口的响应体结构。"""

    region_info_list: RegionInfoList | None = _m.wire("RegionInfoList")
    """地域信息列表。"""


class RegionInfoList(_m.Model):
    """地域信息列表。"""

    region_info: list[RegionInfo] | None = _m.wire("RegionInfo")
    """保存多个地域信息的容器。"""


OPERATION = OperationInfo(
    "DescribeRegions",
    DescribeRegionsRequest,
    DescribeRegionsResponse,
    method="GET",
    path="/",
    query=(("regions", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
