"""Request and response models of DeleteLiveChannel."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteLiveChannelRequest"]


class DeleteLiveChannelRequest(_p.Request):
    """Parameters of DeleteLiveChannel, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    channel: str = _p.param("channel", location="path")
    """指定LiveChannel名称，该LiveChannel必须存在。"""


OPERATION = OperationInfo(
    "DeleteLiveChannel",
    DeleteLiveChannelRequest,
    None,
    method="DELETE",
    path="/{channel}",
    query=(("live", ""),),
    idempotent=True,
)
