"""Request and response models of DeleteBucketInventory."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteBucketInventoryRequest"]


class DeleteBucketInventoryRequest(_p.Request):
    """Parameters of DeleteBucketInventory, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    inventory_id: str = _p.param("inventoryId")
    """删除的清单任务Id。"""


OPERATION = OperationInfo(
    "DeleteBucketInventory",
    DeleteBucketInventoryRequest,
    None,
    method="DELETE",
    path="/",
    query=(("inventory", ""),),
    idempotent=True,
)
