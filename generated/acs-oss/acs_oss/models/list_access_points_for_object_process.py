"""Request and response models of ListAccessPointsForObjectProcess."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

__all__ = [
    "AccessPointForObjectProcessItem",
    "AccessPointsForObjectProcess",
    "ListAccessPointsForObjectProcessRequest",
    "ListAccessPointsForObjectProcessResponse",
    "ListAccessPointsForObjectProcessResult",
]


class ListAccessPointsForObjectProcessRequest(_p.Request):
    """Parameters of ListAccessPointsForObjectProcess, checked against the spec's limits when created."""

    max_keys: int | None = _p.param("max-keys", default=None)
    """指定返回对象FC接入点的最大数量。

    取值：大于0小于等于1000。

    >
    如果因为max-keys的设置无法一次完成列举，返回结果会附加一个`<NextContinuationToken>`作为下一次列举的continuation-token。
    """
    continuation_token: str | None = _p.param("continuation-token", default=None)
    """指定List操作需要从此token开始。您可以从返回结果中的NextContinuationToken获取此token。"""


class ListAccessPointsForObjectProcessResponse(_m.Model):
    """返回响应。"""

    list_access_points_for_object_process_result: (
        ListAccessPointsForObjectProcessResult | None
    ) = _m.wire("ListAccessPointsForObjectProcessResult")
    """保存本次列举对象FC接入点信息结果的容器。"""


class ListAccessPointsForObjectProcessResult(_m.Model):
    """保存本次列举对象FC接入点信息结果的容器。"""

    is_truncated: bool | None = _m.wire("IsTruncated")
    """请求中返回的结果是否被截断。返回值如下：

    - true：表示本次未返回全部结果。
    - false：表示本次已返回全部结果。
    """
    next_continuation_token: str | None = _m.wire("NextContinuationToken")
    """表明本次ListAccessPointsForObjectProcess请求包含后续结果，需要将NextContinuationToken指定为continuation-token继续获取结果。"""
    account_id: str | None = _m.wire("AccountId")
    """对象FC接入点所属的阿里云账号UID。"""
    access_points_for_object_process: AccessPointsForObjectProcess | None = _m.wire(
        "AccessPointsForObjectProcess"
    )
    """保存所有对象FC接入点信息的容器。"""


class AccessPointsForObjectProcess(_m.Model):
    """保存所有对象FC接入点信息的容器。"""

    access_point_for_object_process: list[AccessPointForObjectProcessItem] | None = (
        _m.wire("AccessPointForObjectProcess")
    )
    """保存单个对象FC接入点信息的容器。"""


class AccessPointForObjectProcessItem(_m.Model):
    """保存单个对象FC接入点信息的容器。"""

    access_point_name_for_object_process: str | None = _m.wire(
        "AccessPointNameForObjectProcess"
    )
    """对象FC接入点名称。"""
    access_point_for_object_process_alias: str | None = _m.wire(
        "AccessPointForObjectProcessAlias"
    )
    """对象FC接入点别名。"""
    access_point_name: str | None = _m.wire("AccessPointName")
    """接入点名称。"""
    status: str | None = _m.wire("Status")
    """对象FC接入点所处状态。返回值如下：

    - enable：对象FC接入点已创建完成。
    - disable：对象FC接入点已禁用。
    - creating：对象FC接入点正在创建中。
    - deleting：对象FC接入点已删除。
    """
    allow_anonymous_access_for_object_process: str | None = _m.wire(
        "AllowAnonymousAccessForObjectProcess"
    )
    """是否允许匿名访问。

    > 开启该选项之后将会允许匿名账号通过ObjectFC接入点访问您的Bucket，会产生相关费用。
    """


OPERATION = OperationInfo(
    "ListAccessPointsForObjectProcess",
    ListAccessPointsForObjectProcessRequest,
    ListAccessPointsForObjectProcessResponse,
    method="GET",
    path="/",
    query=(("accessPointForObjectProcess", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        (
            "list_access_points_for_object_process_result",
            "access_points_for_object_process",
            "access_point_for_object_process",
        ),
        markers=(
            (
                "continuation_token",
                (
                    "list_access_points_for_object_process_result",
                    "next_continuation_token",
                ),
            ),
        ),
        truncated=("list_access_points_for_object_process_result", "is_truncated"),
    ),
)
