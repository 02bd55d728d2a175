"""Request and response models of GetUserDefinedLogFieldsConfig."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import UserDefinedLogFieldsConfiguration

__all__ = [
    "GetUserDefinedLogFieldsConfigRequest",
    "GetUserDefinedLogFieldsConfigResponse",
]


class GetUserDefinedLogFieldsConfigRequest(_p.Request):
    """Parameters of GetUserDefinedLogFieldsConfig, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""


class GetUserDefinedLogFieldsConfigResponse(_m.Model):
    """保存用户自定义日志配置信息的容器。"""

    user_defined_log_fields_configuration: UserDefinedLogFieldsConfiguration | None = (
        _m.wire("UserDefinedLogFieldsConfiguration")
    )
    """用户自定义日志配置信息的容器。"""


OPERATION = OperationInfo(
    "GetUserDefinedLogFieldsConfig",
    GetUserDefinedLogFieldsConfigRequest,
    GetUserDefinedLogFieldsConfigResponse,
    method="GET",
    path="/",
    query=(("userDefinedLogFieldsConfig", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
