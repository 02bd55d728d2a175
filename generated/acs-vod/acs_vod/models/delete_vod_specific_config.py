"""Request and response models of DeleteVodSpecificConfig."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteVodSpecificConfigRequest", "DeleteVodSpecificConfigResponse"]


class DeleteVodSpecificConfigRequest(_p.Request):
    """Parameters of DeleteVodSpecificConfig, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """点播加速域名。"""
    config_id: str = _p.param("ConfigId")
    """配置ID。"""
    env: str | None = _p.param("Env", default=None)
    """删除配置的环境。取值：
    - online：生产环境
    - gray：模拟环境
    """


class DeleteVodSpecificConfigResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteVodSpecificConfig",
    DeleteVodSpecificConfigRequest,
    DeleteVodSpecificConfigResponse,
)
