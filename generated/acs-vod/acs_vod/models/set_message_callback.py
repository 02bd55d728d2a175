"""Request and response models of SetMessageCallback."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SetMessageCallbackRequest", "SetMessageCallbackResponse"]


class SetMessageCallbackRequest(_p.Request):
    """Parameters of SetMessageCallback, checked against the spec's limits when created."""

    callback_type: str | None = _p.param("CallbackType", default=None)
    """回调方式，取值：
    - **HTTP**
    - **MNS**
    """
    callback_url: str | None = _p.param("CallbackURL", default=None)
    """回调地址。回调方式为**HTTP**时，需设置此参数。 回调地址URL的长度不能超过256个字节，不支持设置多个回调地址。"""
    event_type_list: str | None = _p.param("EventTypeList", default=None)
    """回调事件类型，取值为空时关闭所有消息通知，取值为**ALL**时开启全部消息通知。也可指定开启某些消息通知，多个事件类型之间使用半角逗号（,）分隔。可设置的事件类型取值范围请参见：[事件类型](~~55627~~)。

    <props="china"> >
    所有AI相关事件即AIMediaAuditComplete、AIMediaDNAComplete等取值都为**AIComplete**。</props>
    """
    auth_switch: str | None = _p.param("AuthSwitch", default=None)
    """HTTP回调的鉴权开关，回调方式设置为**HTTP**时，此参数有效。取值：
    - **on**（启用）
    - **off**（不启用）
    """
    auth_key: str | None = _p.param("AuthKey", default=None)
    """鉴权Key，最长32位，必须同时包含大小写字母和数字。回调方式为**HTTP**时，可设置此参数。"""
    mns_endpoint: str | None = _p.param("MnsEndpoint", default=None)
    """消息队列公网Endpoint，回调方式为**MNS**时，需设置此参数。可登录[消息服务控制台](https://account.aliyun.com/login/login.html)，单击右上角的**获取Endpoint**按钮获取。更多信息，请参见[Endpoint](~~27480~~)。"""
    mns_queue_name: str | None = _p.param("MnsQueueName", default=None)
    """消息队列名称，可登录[消息服务控制台](https://account.aliyun.com/login/login.html)，在**队列列表**中查看。回调方式为**MNS**时，需设置此参数。"""
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。不传时为系统默认应用的ID，取固定值：**app-1000000**。"""


class SetMessageCallbackResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetMessageCallback", SetMessageCallbackRequest, SetMessageCallbackResponse
)
