"""Request and response models of ListBucketInventory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import InventoryConfiguration

__all__ = [
    "ListBucketInventoryRequest",
    "ListBucketInventoryResponse",
    "ListInventoryConfigurationsResult",
]


class ListBucketInventoryRequest(_p.Request):
    """Parameters of ListBucketInventory, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    continuation_token: str | None = _p.param("continuation-token", default=None)
    """指定List操作需要从此token开始。您可从ListBucketInventory结果中的NextContinuationToken获取此token。"""


class ListBucketInventoryResponse(_m.Model):
    """A model of the response."""

    list_inventory_configurations_result: ListInventoryConfigurationsResult | None = (
        _m.wire("ListInventoryConfigurationsResult")
    )
    """存放清单配置参数的容器。"""


class ListInventoryConfigurationsResult(_m.Model):
    """存放清单配置参数的容器。"""

    inventory_configuration: list[InventoryConfiguration] | None = _m.wire(
        "InventoryConfiguration"
    )
    """存放清单配置参数的容器。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """是否列举全部的清单任务。

    有效值：true或false

    如果值为false，则表明存储空间中的所有清单任务已全部列出。

    如果值为true，表示还未完整列出存储空间中的所有清单任务，您可以将NextContinuationToken字段的值作为下一次list请求的continuation-token参数，以获取下一页的清单配置列表。
    """
    next_continuation_token: str | None = _m.wire("NextContinuationToken")
    """当响应中的IsTruncated为true且NextContinuationToken非空时，使用该字段作为下一次list请求的continuation-token参数。"""


OPERATION = OperationInfo(
    "ListBucketInventory",
    ListBucketInventoryRequest,
    ListBucketInventoryResponse,
    method="GET",
    path="/",
    query=(("inventory", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_inventory_configurations_result", "inventory_configuration"),
        markers=(
            (
                "continuation_token",
                ("list_inventory_configurations_result", "next_continuation_token"),
            ),
        ),
        truncated=("list_inventory_configurations_result", "is_truncated"),
    ),
)
