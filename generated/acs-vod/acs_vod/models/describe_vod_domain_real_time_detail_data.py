"""Request and response models of DescribeVodDomainRealTimeDetailData."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodDomainRealTimeDetailDataRequest",
    "DescribeVodDomainRealTimeDetailDataResponse",
]


class DescribeVodDomainRealTimeDetailDataRequest(_p.Request):
    """Parameters of DescribeVodDomainRealTimeDetailData, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """待查询的加速域名，一次最多同时查询20个域名，域名之间用英文逗号分隔。"""
    start_time: str = _p.param("StartTime")
    """获取数据的起始时间。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为yyyy-MM-ddTHH:mm:ssZ。例如：2019-11-30T05:33:00Z。
    """
    end_time: str = _p.param("EndTime")
    """获取数据的结束时间。

    日期格式按照ISO8601表示法，并使用UTC时间，格式为yyyy-MM-ddTHH:mm:ssZ。例如：2019-11-30T05:40:00Z。
    """
    field: str = _p.param("Field")
    """获取的类别信息，多个用英文逗号（,）分隔。取值：

    qps：每秒访问次数。 bps：带宽数据。 http_code：HTTP返回码。
    """
    location_name_en: str | None = _p.param("LocationNameEn", default=None)
    """地域英文名，默认查询所有地域。"""
    isp_name_en: str | None = _p.param("IspNameEn", default=None)
    """运营商英文名，默认查询所有运营商。"""
    merge: str | None = _p.param("Merge", default=None)
    """是否输出汇总值。取值：

    true：输出。 false：不输出。 默认值为false。
    """
    merge_loc_isp: str | None = _p.param("MergeLocIsp", default=None)
    """是否输出汇总值。取值：

    - **true**：输出只会按照Domain进行分组，聚合地域和运营商。
    - **false**：输出只会按照Domain进行分组。

    默认值为**false**。
    """


class DescribeVodDomainRealTimeDetailDataResponse(_m.Model):
    """A model of the response."""

    data: str | None = _m.wire("Data")
    """返回数据详情。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DescribeVodDomainRealTimeDetailData",
    DescribeVodDomainRealTimeDetailDataRequest,
    DescribeVodDomainRealTimeDetailDataResponse,
    method="GET",
    read_only=True,
    idempotent=True,
)
