"""Request and response models of ListBucketAntiDDosInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketAntiDDOSInfo

__all__ = [
    "AntiDDOSListConfiguration",
    "ListBucketAntiDDosInfoRequest",
    "ListBucketAntiDDosInfoResponse",
]


class ListBucketAntiDDosInfoRequest(_p.Request):
    """Parameters of ListBucketAntiDDosInfo, checked against the spec's limits when created."""

    marker: str | None = _p.param("marker", default=None)
    """设定从marker之后按字母排序开始返回高防实例。

    > 第一次请求时可以将marker设置为空字符串。如果返回结果中IsTruncated存在且为true，则需要将返回结果中的marker字段作为参数进行下一次请求。
    """
    max_keys: str | None = _p.param("max-keys", default=None)
    """指定返回的高防实例最大数量。

    取值：[1,100]

    默认值：100
    """


class ListBucketAntiDDosInfoResponse(_m.Model):
    """Schema of Response"""

    anti_ddos_list_configuration: AntiDDOSListConfiguration | None = _m.wire(
        "AntiDDOSListConfiguration"
    )
    """保存Bucket防护信息列表的容器。"""


class AntiDDOSListConfiguration(_m.Model):
    """保存Bucket防护信息列表的容器。"""

    marker: str | None = _m.wire("Marker")
    """返回字母排序在指定marker之后的高防实例。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """是否已返回所有高防实例。

    true：本次请求未返回所有高防实例。

    false：本次请求已返回所有高防实例。
    """
    anti_ddos_configuration: list[BucketAntiDDOSInfo] | None = _m.wire(
        "AntiDDOSConfiguration"
    )
    """保存高防实例信息的列表。"""


OPERATION = OperationInfo(
    "ListBucketAntiDDosInfo",
    ListBucketAntiDDosInfoRequest,
    ListBucketAntiDDosInfoResponse,
    method="GET",
    path="/",
    query=(("bucketAntiDDos", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
