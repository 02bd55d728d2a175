"""Request and response models of PutLiveChannelStatus."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutLiveChannelStatusRequest"]


class PutLiveChannelStatusRequest(_p.Request):
    """Parameters of PutLiveChannelStatus, checked against the spec's limits when created."""

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
    status: str = _p.param("status")
    """设置LiveChannel的Status。 有效值：
    - enabled：启用LiveChannel
    - disabled：禁用LiveChannel
    """


OPERATION = OperationInfo(
    "PutLiveChannelStatus",
    PutLiveChannelStatusRequest,
    None,
    method="PUT",
    path="/{channel}",
    query=(("live", ""),),
    idempotent=True,
)
