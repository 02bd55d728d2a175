"""Request and response models of PutBucketInventory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import InventoryConfiguration

__all__ = ["PutBucketInventoryBody", "PutBucketInventoryRequest"]


class PutBucketInventoryRequest(_p.Request):
    """Parameters of PutBucketInventory, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    inventory_id: str = _p.param("inventoryId")
    """配置的清单规则Id。"""
    body: PutBucketInventoryBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """存储清单配置信息的请求体。"""


class PutBucketInventoryBody(_m.Model):
    """A model of the response."""

    inventory_configuration: InventoryConfiguration | None = _m.wire(
        "InventoryConfiguration"
    )
    """存储清单配置信息的容器。"""


OPERATION = OperationInfo(
    "PutBucketInventory",
    PutBucketInventoryRequest,
    None,
    method="PUT",
    path="/",
    query=(("inventory", ""),),
    idempotent=True,
)
