"""Request and response models of InitUserAntiDDosInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["InitUserAntiDDosInfoRequest", "InitUserAntiDDosInfoResponse"]


class InitUserAntiDDosInfoRequest(_p.Request):
    """Parameters of InitUserAntiDDosInfo, checked against the spec's limits when created."""


class InitUserAntiDDosInfoResponse(_m.Model):
    """A model of the response."""

    defender_instance: str | None = _m.header("x-oss-defender-instance")


OPERATION = OperationInfo(
    "InitUserAntiDDosInfo",
    InitUserAntiDDosInfoRequest,
    InitUserAntiDDosInfoResponse,
    method="PUT",
    path="/",
    query=(("antiDDos", ""),),
    idempotent=True,
)
