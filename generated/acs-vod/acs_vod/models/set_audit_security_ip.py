"""Request and response models of SetAuditSecurityIp."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SetAuditSecurityIpRequest", "SetAuditSecurityIpResponse"]


class SetAuditSecurityIpRequest(_p.Request):
    """Parameters of SetAuditSecurityIp, checked against the spec's limits when created."""

    security_group_name: str | None = _p.param("SecurityGroupName", default=None)
    """审核安全组名称。默认值为：**Default**。最多支持10个安全分组。"""
    ips: str = _p.param("Ips")
    """审核安全IP列表。每个分组最多支持100个，多个IP使用英文逗号（,）隔开，格式如下：

    - 精确IP：192.168.0.1
    - CIDR模式：192.168.0.1/24（无类域间路由，/24表示了地址中前缀的长度，范围：`[1,32]`）
    """
    operate_mode: str | None = _p.param("OperateMode", default=None)
    """操作方式，取值范围：

    - **Append**：默认值，追加IP白名单。
    - **Cover**：覆盖原IP白名单。
    - **Delete**：删除IP白名单。
    """


class SetAuditSecurityIpResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SetAuditSecurityIp", SetAuditSecurityIpRequest, SetAuditSecurityIpResponse
)
