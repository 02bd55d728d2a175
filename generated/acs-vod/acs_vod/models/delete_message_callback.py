"""Request and response models of DeleteMessageCallback."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteMessageCallbackRequest", "DeleteMessageCallbackResponse"]


class DeleteMessageCallbackRequest(_p.Request):
    """Parameters of DeleteMessageCallback, checked against the spec's limits when created."""

    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。不传时为系统默认应用的ID，取固定值：**app-1000000**。"""


class DeleteMessageCallbackResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteMessageCallback", DeleteMessageCallbackRequest, DeleteMessageCallbackResponse
)
