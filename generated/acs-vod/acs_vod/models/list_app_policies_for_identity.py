"""Request and response models of ListAppPoliciesForIdentity."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AppPolicyListItem",
    "ListAppPoliciesForIdentityRequest",
    "ListAppPoliciesForIdentityResponse",
]


class ListAppPoliciesForIdentityRequest(_p.Request):
    """Parameters of ListAppPoliciesForIdentity, checked against the spec's limits when created."""

    identity_type: str | None = _p.param("IdentityType", default=None)
    """身份类型。取值：
    - **RamUser**（RAM用户）
    - **RamRole**（RAM角色）
    """
    identity_name: str | None = _p.param("IdentityName", default=None)
    """身份名称。

    - 类型为RamUser时，传入RAM用户ID
    - 类型为RamRole时，传入角色名称。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。 默认取值：**app-1000000**。使用说明，请参见[多应用](~~113600~~)。"""


class ListAppPoliciesForIdentityResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    app_policy_list: list[AppPolicyListItem] | None = _m.wire("AppPolicyList")
    """权限策略名称列表。

    > 最多返回前100条数据。
    """


class AppPolicyListItem(_m.Model):
    """A model of the response."""

    creation_time: datetime | None = _m.wire("CreationTime")
    """角色授权应用策略的创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    description: str | None = _m.wire("Description")
    """策略描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    policy_value: str | None = _m.wire("PolicyValue")
    """策略值。"""
    policy_name: str | None = _m.wire("PolicyName")
    """策略名称。"""
    modification_time: datetime | None = _m.wire("ModificationTime")
    """角色授权应用策略的修改时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    policy_type: str | None = _m.wire("PolicyType")
    """策略类型。
    - **System**（系统策略）
    - **Custom**（用户自定义）
    """


OPERATION = OperationInfo(
    "ListAppPoliciesForIdentity",
    ListAppPoliciesForIdentityRequest,
    ListAppPoliciesForIdentityResponse,
    read_only=True,
    idempotent=True,
)
