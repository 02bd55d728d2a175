"""Request and response models of ListAuditSecurityIp."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "ListAuditSecurityIpRequest",
    "ListAuditSecurityIpResponse",
    "SecurityIpListItem",
]


class ListAuditSecurityIpRequest(_p.Request):
    """Parameters of ListAuditSecurityIp, checked against the spec's limits when created."""

    security_group_name: str | None = _p.param("SecurityGroupName", default=None)
    """审核安全IP分组名称。默认获取所有。"""


class ListAuditSecurityIpResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    security_ip_list: list[SecurityIpListItem] | None = _m.wire("SecurityIpList")
    """审核安全IP详情。"""


class SecurityIpListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    ips: str | None = _m.wire("Ips")
    """安全IP列表。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """更新时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    security_group_name: str | None = _m.wire("SecurityGroupName")
    """安全IP组名称。"""


OPERATION = OperationInfo(
    "ListAuditSecurityIp",
    ListAuditSecurityIpRequest,
    ListAuditSecurityIpResponse,
    read_only=True,
    idempotent=True,
)
