"""Request and response models of GetUserAntiDDosInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import UserAntiDDOSInfo

__all__ = [
    "AntiDDOSListConfiguration",
    "GetUserAntiDDosInfoRequest",
    "GetUserAntiDDosInfoResponse",
]


class GetUserAntiDDosInfoRequest(_p.Request):
    """Parameters of GetUserAntiDDosInfo, checked against the spec's limits when created."""


class GetUserAntiDDosInfoResponse(_m.Model):
    """保存高防实例信息列表的响应体。"""

    anti_ddos_list_configuration: AntiDDOSListConfiguration | None = _m.wire(
        "AntiDDOSListConfiguration"
    )
    """保存高防实例信息列表的容器。"""


class AntiDDOSListConfiguration(_m.Model):
    """保存高防实例信息列表的容器。"""

    anti_ddos_configuration: list[UserAntiDDOSInfo] | None = _m.wire(
        "AntiDDOSConfiguration"
    )
    """保存高防实例信息的容器。"""


OPERATION = OperationInfo(
    "GetUserAntiDDosInfo",
    GetUserAntiDDosInfoRequest,
    GetUserAntiDDosInfoResponse,
    method="GET",
    path="/",
    query=(("antiDDos", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
