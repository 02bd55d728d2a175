"""Request and response models of DeleteUserDefinedLogFieldsConfig."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteUserDefinedLogFieldsConfigRequest"]


class DeleteUserDefinedLogFieldsConfigRequest(_p.Request):
    """Parameters of DeleteUserDefinedLogFieldsConfig, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""


OPERATION = OperationInfo(
    "DeleteUserDefinedLogFieldsConfig",
    DeleteUserDefinedLogFieldsConfigRequest,
    None,
    method="DELETE",
    path="/",
    query=(("userDefinedLogFieldsConfig", ""),),
    idempotent=True,
)
