"""Request and response models of ListBuckets."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import Bucket, Owner

__all__ = [
    "Buckets",
    "ListAllMyBucketsResult",
    "ListBucketsRequest",
    "ListBucketsResponse",
]


class ListBucketsRequest(_p.Request):
    """Parameters of ListBuckets, checked against the spec's limits when created."""

    prefix: str | None = _p.param("prefix", default=None)
    """限定返回的Bucket名称必须以prefix作为前缀。如果不设定，则不过滤前缀信息。 默认值：无"""
    marker: str | None = _p.param("marker", default=None)
    """设定结果从marker之后按字母排序的第一个开始返回。如果不设定，则从头开始返回数据。 默认值：无"""
    max_keys: int | None = _p.param("max-keys", default=None)
    """限定此次返回Bucket的最大个数。 取值范围：1~1000 默认值：100"""
    resource_group_id: str | None = _p.param(
        "x-oss-resource-group-id", default=None, location="header"
    )
    """Bucket所属资源组Id"""


class ListBucketsResponse(_m.Model):
    """ListBuckets（GetService）接口的响应体。"""

    list_all_my_buckets_result: ListAllMyBucketsResult | None = _m.wire(
        "ListAllMyBucketsResult"
    )
    """保存ListBuckets（GetService）请求结果的容器。"""


class ListAllMyBucketsResult(_m.Model):
    """保存ListBuckets（GetService）请求结果的容器。"""

    owner: Owner | None = _m.wire("Owner")
    """保存Bucket拥有者信息的容器。"""
    prefix: str | None = _m.wire("Prefix")
    """本次查询结果的前缀。"""
    marker: str | None = _m.wire("Marker")
    """本次ListBuckets（GetSerivce）的起点。"""
    max_keys: int | None = _m.wire("MaxKeys")
    """响应请求内返回结果的最大数。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """是否所有的结果都已经返回。取值范围如下：
    - true：表示本次没有返回全部结果。
    - false：表示本次已经返回了全部结果。
    """
    next_marker: str | None = _m.wire("NextMarker")
    """用于继续查询时给marker赋值。表示下一次ListBuckets（GetService）可以以此为marker，将未返回的结果返回。"""
    buckets: Buckets | None = _m.wire("Buckets")
    """保存Bucket信息列表的容器。"""


class Buckets(_m.Model):
    """保存Bucket信息列表的容器。"""

    bucket: list[Bucket] | None = _m.wire("Bucket")
    """保存多个Bucket信息的列表。"""


OPERATION = OperationInfo(
    "ListBuckets",
    ListBucketsRequest,
    ListBucketsResponse,
    method="GET",
    path="/",
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_all_my_buckets_result", "buckets", "bucket"),
        markers=(("marker", ("list_all_my_buckets_result", "next_marker")),),
        truncated=("list_all_my_buckets_result", "is_truncated"),
    ),
)
