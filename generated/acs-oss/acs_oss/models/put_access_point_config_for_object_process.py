"""Request and response models of PutAccessPointConfigForObjectProcess."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ObjectProcessConfiguration, PublicAccessBlockConfiguration

__all__ = [
    "PutAccessPointConfigForObjectProcessBody",
    "PutAccessPointConfigForObjectProcessConfiguration",
    "PutAccessPointConfigForObjectProcessRequest",
]


class PutAccessPointConfigForObjectProcessRequest(_p.Request):
    """Parameters of PutAccessPointConfigForObjectProcess, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""
    access_point_for_object_process_name: str = _p.param(
        "x-oss-access-point-for-object-process-name", location="header"
    )
    """填写对象FC接入点名称。接入点命名规范说明如下：

    - 命名长度不能超过63个字符。
    - 只允许包含小写字母、数字、短划线（-），且不能以短划线开头或结尾。
    - 名称在当前地域必须唯一。
    """
    body: PutAccessPointConfigForObjectProcessBody | Mapping[str, Any] | None = (
        _p.param("body", default=None, location="body", style="xml")
    )
    """请求体参数。"""


class PutAccessPointConfigForObjectProcessBody(_m.Model):
    """A model of the response."""

    put_access_point_config_for_object_process_configuration: (
        PutAccessPointConfigForObjectProcessConfiguration | None
    ) = _m.wire("PutAccessPointConfigForObjectProcessConfiguration")
    """保存对象FC接入点信息的容器。"""


class PutAccessPointConfigForObjectProcessConfiguration(_m.Model):
    """保存对象FC接入点信息的容器。"""

    object_process_configuration: ObjectProcessConfiguration | None = _m.wire(
        "ObjectProcessConfiguration"
    )
    """保存对象处理信息的容器。"""
    allow_anonymous_access_for_object_process: str | None = _m.wire(
        "AllowAnonymousAccessForObjectProcess"
    )
    """是否允许匿名访问。

    > 开启该选项之后将会允许匿名账号通过ObjectFC接入点访问您的Bucket，会产生相关费用。
    """
    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问信息的容器。"""


OPERATION = OperationInfo(
    "PutAccessPointConfigForObjectProcess",
    PutAccessPointConfigForObjectProcessRequest,
    None,
    method="PUT",
    path="/",
    query=(("accessPointConfigForObjectProcess", ""),),
    idempotent=True,
)
