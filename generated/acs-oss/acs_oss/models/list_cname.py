"""Request and response models of ListCname."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CnameInfo

__all__ = ["ListCnameRequest", "ListCnameResponse", "ListCnameResult"]


class ListCnameRequest(_p.Request):
    """Parameters of ListCname, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class ListCnameResponse(_m.Model):
    """查询Cname信息列表的响应体。"""

    list_cname_result: ListCnameResult | None = _m.wire("ListCnameResult")
    """查询Cname信息列表的容器。"""


class ListCnameResult(_m.Model):
    """查询Cname信息列表的容器。"""

    bucket: str | None = _m.wire("Bucket")
    """存储空间名称。"""
    owner: str | None = _m.wire("Owner")
    """Bucket拥有者的用户ID。"""
    cname: list[CnameInfo] | None = _m.wire("Cname")
    """保存Cname信息的列表。"""


OPERATION = OperationInfo(
    "ListCname",
    ListCnameRequest,
    ListCnameResponse,
    method="GET",
    path="/",
    query=(("cname", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
