"""Request and response models of DescribeVodDomainConfigs."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DescribeVodDomainConfigsRequest",
    "DescribeVodDomainConfigsResponse",
    "DomainConfigItem",
    "DomainConfigs",
    "FunctionArgItem",
    "FunctionArgs",
]


class DescribeVodDomainConfigsRequest(_p.Request):
    """Parameters of DescribeVodDomainConfigs, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """点播加速域名，仅支持查询单个域名。"""
    function_names: str = _p.param("FunctionNames")
    """功能名称。一次可查询多个功能配置信息，多个功能名称之间使用半角逗号（,）分隔。点播加速域名支持配置的功能及各功能名称，请参见[域名配置功能函数](~~2411639~~)。"""


class DescribeVodDomainConfigsResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    domain_configs: DomainConfigs | None = _m.wire("DomainConfigs")


class DomainConfigs(_m.Model):
    """A model of the response."""

    domain_config: list[DomainConfigItem] | None = _m.wire("DomainConfig")
    """域名配置。"""


class DomainConfigItem(_m.Model):
    """域名配置详情。"""

    status: str | None = _m.wire("Status")
    """域名配置状态。取值：

    - **success**：配置成功。
    - **testing**：测试中。
    - **failed**：配置失败。
    - **configuring**：配置中。
    """
    config_id: str | None = _m.wire("ConfigId")
    """配置ID。"""
    function_name: str | None = _m.wire("FunctionName")
    """功能名称。"""
    function_args: FunctionArgs | None = _m.wire("FunctionArgs")


class FunctionArgs(_m.Model):
    """A model of the response."""

    function_arg: list[FunctionArgItem] | None = _m.wire("FunctionArg")
    """功能配置详情。"""


class FunctionArgItem(_m.Model):
    """功能配置详情。"""

    arg_name: str | None = _m.wire("ArgName")
    """参数名称，为functionName的配置项。"""
    arg_value: str | None = _m.wire("ArgValue")
    """参数值，为functionName的配置项的取值。"""


OPERATION = OperationInfo(
    "DescribeVodDomainConfigs",
    DescribeVodDomainConfigsRequest,
    DescribeVodDomainConfigsResponse,
    read_only=True,
    idempotent=True,
)
