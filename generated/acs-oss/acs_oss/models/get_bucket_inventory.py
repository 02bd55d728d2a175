"""Request and response models of GetBucketInventory."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import InventoryConfiguration

__all__ = ["GetBucketInventoryRequest", "GetBucketInventoryResponse"]


class GetBucketInventoryRequest(_p.Request):
    """Parameters of GetBucketInventory, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    inventory_id: str = _p.param("inventoryId")
    """查询的清单规则Id。"""


class GetBucketInventoryResponse(_m.Model):
    """The inventory task configured for a bucket"""

    inventory_configuration: InventoryConfiguration | None = _m.wire(
        "InventoryConfiguration"
    )
    """Bucket的清单任务信息。"""


OPERATION = OperationInfo(
    "GetBucketInventory",
    GetBucketInventoryRequest,
    GetBucketInventoryResponse,
    method="GET",
    path="/",
    query=(("inventory", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
