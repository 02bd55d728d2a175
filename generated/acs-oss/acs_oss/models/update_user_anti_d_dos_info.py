"""Request and response models of UpdateUserAntiDDosInfo."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateUserAntiDDosInfoRequest"]


class UpdateUserAntiDDosInfoRequest(_p.Request):
    """Parameters of UpdateUserAntiDDosInfo, checked against the spec's limits when created."""

    defender_instance: str = _p.param("x-oss-defender-instance", location="header")
    """高防实例ID。"""
    defender_status: str = _p.param("x-oss-defender-status", location="header")
    """更改高防OSS实例状态。取值为：HaltDefending，表示解除防护。"""


OPERATION = OperationInfo(
    "UpdateUserAntiDDosInfo",
    UpdateUserAntiDDosInfoRequest,
    None,
    path="/",
    query=(("antiDDos", ""),),
)
