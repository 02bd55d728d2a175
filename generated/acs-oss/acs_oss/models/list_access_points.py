"""Request and response models of ListAccessPoints."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import ListAccessPointsResult

__all__ = ["ListAccessPointsRequest", "ListAccessPointsResponse"]


class ListAccessPointsRequest(_p.Request):
    """Parameters of ListAccessPoints, checked against the spec's limits when created."""

    max_keys: int | None = _p.param("max-keys", default=None)
    """指定返回接入点的最大数量。取值如下：

    - 获取用户级别接入点时，取值要求大于0小于等于1000。

    - 获取Bucket级别接入点时，取值要求大于0小于等于100。
    """
    continuation_token: str | None = _p.param("continuation-token", default=None)
    """指定List操作需要从此token开始。您可从返回结果中的NextContinuationToken获取此token。"""


class ListAccessPointsResponse(_m.Model):
    """ListAccessPoints接口的响应体。"""

    list_access_points_result: ListAccessPointsResult | None = _m.wire(
        "ListAccessPointsResult"
    )
    """保存本次列举接入点信息结果的容器。"""


OPERATION = OperationInfo(
    "ListAccessPoints",
    ListAccessPointsRequest,
    ListAccessPointsResponse,
    method="GET",
    path="/",
    query=(("accessPoint", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_access_points_result", "access_points", "access_point"),
        markers=(
            (
                "continuation_token",
                ("list_access_points_result", "next_continuation_token"),
            ),
        ),
        truncated=("list_access_points_result", "is_truncated"),
    ),
)
