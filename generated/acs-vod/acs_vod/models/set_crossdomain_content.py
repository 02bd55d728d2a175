"""Request and response models of SetCrossdomainContent."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SetCrossdomainContentRequest", "SetCrossdomainContentResponse"]


class SetCrossdomainContentRequest(_p.Request):
    """Parameters of SetCrossdomainContent, checked against the spec's limits when created."""

    content: str = _p.param("Content")
    """跨域文件内容。XML格式，不超过2048个字符。"""
    storage_location: str = _p.param("StorageLocation")
    """OSS存储地址。"""
    resource_real_owner_id: str | None = _p.param("ResourceRealOwnerId", default=None)
    """资源所有者ID。"""


class SetCrossdomainContentResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetCrossdomainContent", SetCrossdomainContentRequest, SetCrossdomainContentResponse
)
