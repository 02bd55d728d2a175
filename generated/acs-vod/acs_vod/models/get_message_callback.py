"""Request and response models of GetMessageCallback."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetMessageCallbackRequest", "GetMessageCallbackResponse", "MessageCallback"]


class GetMessageCallbackRequest(_p.Request):
    """Parameters of GetMessageCallback, checked against the spec's limits when created."""

    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。不传时为系统默认应用的ID，取固定值：**app-1000000**。"""


class GetMessageCallbackResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    message_callback: MessageCallback | None = _m.wire("MessageCallback")
    """事件通知配置。"""


class MessageCallback(_m.Model):
    """事件通知配置。"""

    callback_type: str | None = _m.wire("CallbackType")
    """回调方式，取值：
    - **HTTP**
    - **MNS**
    """
    callback_url: str | None = _m.wire("CallbackURL")
    """回调方式选择HTTP时，回调地址。"""
    event_type_list: str | None = _m.wire("EventTypeList")
    """回调事件类型。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    mns_queue_name: str | None = _m.wire("MnsQueueName")
    """回调方式选择MNS时，消息队列名称。"""
    auth_key: str | None = _m.wire("AuthKey")
    """回调方式选择HTTP时，鉴权Key。"""
    auth_switch: str | None = _m.wire("AuthSwitch")
    """回调方式选择HTTP时，回调鉴权开关，取值：
    - **on**（启用）
    - **off**（不启用）
    """
    mns_endpoint: str | None = _m.wire("MnsEndpoint")
    """回调方式选择MNS时，消息队列公网Endpoint。"""


OPERATION = OperationInfo(
    "GetMessageCallback",
    GetMessageCallbackRequest,
    GetMessageCallbackResponse,
    read_only=True,
    idempotent=True,
)
