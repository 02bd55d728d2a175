"""Request and response models of DescribeVodDomainQpsData."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DataModuleItem",
    "DescribeVodDomainQpsDataRequest",
    "DescribeVodDomainQpsDataResponse",
    "QpsDataInterval",
]


class DescribeVodDomainQpsDataRequest(_p.Request):
    """Parameters of DescribeVodDomainQpsData, checked against the spec's limits when created."""

    domain_name: str | None = _p.param("DomainName", default=None)
    """加速域名，多个域名用半角逗号（,）分隔，一次最多支持 500 个域名查询。

    默认查询所有加速域名。
    """
    start_time: str | None = _p.param("StartTime", default=None)
    """开始时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    end_time: str | None = _p.param("EndTime", default=None)
    """结束时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    interval: str | None = _p.param("Interval", default=None)
    """查询数据的时间粒度。单位：秒。支持**300**、**3600**和**86400**。"""
    isp_name_en: str | None = _p.param("IspNameEn", default=None)
    """运营商英文名。默认为所有运营商。"""
    location_name_en: str | None = _p.param("LocationNameEn", default=None)
    """地域英文名。不传该参数默认查询所有地域。"""


class DescribeVodDomainQpsDataResponse(_m.Model):
    """A model of the response."""

    end_time: datetime | None = _m.wire("EndTime")
    """结束时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    start_time: datetime | None = _m.wire("StartTime")
    """开始时间。格式为：<i>yyyy-mm-dd</i>t<i>hh:mm:ss</i>z（utc时间）。"""
    request_id: str | None = _m.wire("RequestId")
    """请求id。"""
    domain_name: str | None = _m.wire("DomainName")
    """加速域名信息。"""
    data_interval: str | None = _m.wire("DataInterval")
    """每条记录的时间间隔。单位：秒。"""
    qps_data_interval: QpsDataInterval | None = _m.wire("QpsDataInterval")


class QpsDataInterval(_m.Model):
    """A model of the response."""

    data_module: list[DataModuleItem] | None = _m.wire("DataModule")
    """每个时间间隔的QPS数据列表。"""


class DataModuleItem(_m.Model):
    """每个时间间隔的每秒访问次数qps。"""

    acc_value: str | None = _m.wire("AccValue")
    """总访问次数。"""
    acc_domestic_value: str | None = _m.wire("AccDomesticValue")
    """中国内地访问次数。"""
    acc_overseas_value: str | None = _m.wire("AccOverseasValue")
    """全球（不包含中国内地）访问次数。"""
    https_value: str | None = _m.wire("HttpsValue")
    """节点https的qps值。"""
    https_overseas_value: str | None = _m.wire("HttpsOverseasValue")
    """节点https海外qps值。"""
    domestic_value: str | None = _m.wire("DomesticValue")
    """中国内地qps。"""
    https_acc_overseas_value: str | None = _m.wire("HttpsAccOverseasValue")
    """节点https请求数。"""
    https_domestic_value: str | None = _m.wire("HttpsDomesticValue")
    """节点https中国内地qps值。"""
    https_acc_value: str | None = _m.wire("HttpsAccValue")
    """节点https请求数。"""
    value: str | None = _m.wire("Value")
    """总qps。"""
    overseas_value: str | None = _m.wire("OverseasValue")
    """海外qps。"""
    time_stamp: str | None = _m.wire("TimeStamp")
    """时间片起始时刻。使用utc时间，格式：yyyy-mm-ddthh:mm:ssz。"""
    https_acc_domestic_value: str | None = _m.wire("HttpsAccDomesticValue")
    """节点https中国内地qps值。"""


OPERATION = OperationInfo(
    "DescribeVodDomainQpsData",
    DescribeVodDomainQpsDataRequest,
    DescribeVodDomainQpsDataResponse,
    read_only=True,
    idempotent=True,
)
