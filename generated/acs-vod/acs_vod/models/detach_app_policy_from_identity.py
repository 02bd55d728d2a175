"""Request and response models of DetachAppPolicyFromIdentity."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DetachAppPolicyFromIdentityRequest", "DetachAppPolicyFromIdentityResponse"]


class DetachAppPolicyFromIdentityRequest(_p.Request):
    """Parameters of DetachAppPolicyFromIdentity, checked against the spec's limits when created."""

    identity_type: str = _p.param("IdentityType")
    """身份类型，取值：
    - **RamUser**：RAM用户。
    - **RamRole**：RAM角色。
    """
    identity_name: str = _p.param("IdentityName")
    """身份名称。

    - 当类型为RamUser时，传入RAM用户ID。
    - 当类型为RamRole时，传入角色名称。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。当策略名称为VODAppAdministratorAccess时，该字段非必选。其他策略时，该字段必填。
    - 取值（默认）：**app-1000000**。
    - 使用说明，请参见[多应用](~~113600~~)。
    """
    policy_names: str = _p.param("PolicyNames")
    """策略名称。多个名称使用英文逗号（,）分隔。暂时只支持设置为系统策略，取值：
    - **VODAppFullAccess**：管理和操作应用下所有资源的权限。
    - **VODAppReadOnlyAccess**：只读访问应用下所有资源的权限。
    - **VODAppAdministratorAccess**：应用管理员权限。
    """


class DetachAppPolicyFromIdentityResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    non_exist_policy_names: list[str] | None = _m.wire("NonExistPolicyNames")
    """不存在的策略名称。"""
    failed_policy_names: list[str] | None = _m.wire("FailedPolicyNames")
    """失败的策略名称。"""


OPERATION = OperationInfo(
    "DetachAppPolicyFromIdentity",
    DetachAppPolicyFromIdentityRequest,
    DetachAppPolicyFromIdentityResponse,
)
