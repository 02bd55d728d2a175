"""Request and response models of DescribeVodRangeDataByLocateAndIspService."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodRangeDataByLocateAndIspServiceRequest",
    "DescribeVodRangeDataByLocateAndIspServiceResponse",
]


class DescribeVodRangeDataByLocateAndIspServiceRequest(_p.Request):
    """Parameters of DescribeVodRangeDataByLocateAndIspService, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """加速域名。"""
    start_time: str = _p.param("StartTime")
    """开始时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    end_time: str = _p.param("EndTime")
    """结束时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    location_name_en: str | None = _p.param("LocationNameEn", default=None)
    """地域英文名。不传该参数默认查询所有地域。"""
    isp_name_en: str | None = _p.param("IspNameEn", default=None)
    """运营商英文名。不传入该参数，默认查询所有运营商。"""


class DescribeVodRangeDataByLocateAndIspServiceResponse(_m.Model):
    """A model of the response."""

    json_result: str | None = _m.wire("JsonResult")
    """JSON格式的返回结果。
    从左到右依次为：unix时间，地区，运营商，HTTP状态码分布，响应时长，带宽（单位：bps），响应平均速率，页面浏览量，缓存命中率，请求命中率。
    """
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DescribeVodRangeDataByLocateAndIspService",
    DescribeVodRangeDataByLocateAndIspServiceRequest,
    DescribeVodRangeDataByLocateAndIspServiceResponse,
    read_only=True,
    idempotent=True,
)
