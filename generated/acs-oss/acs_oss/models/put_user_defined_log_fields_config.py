"""Request and response models of PutUserDefinedLogFieldsConfig."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import UserDefinedLogFieldsConfiguration

__all__ = ["PutUserDefinedLogFieldsConfigBody", "PutUserDefinedLogFieldsConfigRequest"]


class PutUserDefinedLogFieldsConfigRequest(_p.Request):
    """Parameters of PutUserDefinedLogFieldsConfig, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""
    body: PutUserDefinedLogFieldsConfigBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """接口请求体。"""


class PutUserDefinedLogFieldsConfigBody(_m.Model):
    """A model of the response."""

    user_defined_log_fields_configuration: UserDefinedLogFieldsConfiguration | None = (
        _m.wire("UserDefinedLogFieldsConfiguration")
    )
    """用户自定义日志配置信息的容器。"""


OPERATION = OperationInfo(
    "PutUserDefinedLogFieldsConfig",
    PutUserDefinedLogFieldsConfigRequest,
    None,
    method="PUT",
    path="/",
    query=(("userDefinedLogFieldsConfig", ""),),
    idempotent=True,
)
