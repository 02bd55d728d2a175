"""Request and response models of ListObjects."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import CommonPrefix, ObjectSummary

__all__ = ["ListBucketResult", "ListObjectsRequest", "ListObjectsResponse"]


class ListObjectsRequest(_p.Request):
    """Parameters of ListObjects, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    delimiter: str | None = _p.param("delimiter", default=None)
    """对Object名字进行分组的字符。所有Object名字包含指定的前缀，第一次出现delimiter字符之间的Object作为一组元素（即CommonPrefixes）。"""
    marker: str | None = _p.param("marker", default=None)
    """设定从marker之后按字母排序开始返回Object。 <br>marker用来实现分页显示效果，参数的长度必须小于1024字节。
    <br>做条件查询时，即使marker在列表中不存在，也会从符合marker字母排序的下一个开始打印。
    """
    max_keys: int | None = _p.param("max-keys", default=None)
    """指定返回Object的最大数。
    如果因为max-keys的设定无法一次完成列举，返回结果会附加NextMarker元素作为下一次列举的marker。<br>取值：大于0小于1000
    <br>默认值：100
    """
    prefix: str | None = _p.param("prefix", default=None)
    """限定返回文件的Key必须以prefix作为前缀。

    - prefix参数的长度必须小于1024字节。

    - 使用prefix查询时，返回的Key中仍会包含prefix。

    如果把prefix设为某个文件夹名，则列举以此Prefix开头的文件，即该文件夹下递归的所有文件和子文件夹。<br>
    在设置prefix的基础上，将delimiter设置为正斜线（/）时，返回值中只列举该文件夹下的文件，文件夹下的子文件夹名返回在CommonPrefixes中，子文件夹下递归的所有文件和文件夹不显示。<br>
    例如，一个Bucket中有三个Object ，分别为fun/test.jpg、
    fun/movie/001.avi和fun/movie/007.avi。如果设定prefix为fun/，则返回三个Object；如果在prefix设置为fun/的基础上，将delimiter设置为正斜线（/），则返回fun/test.jpg和fun/movie/。
    """
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """对返回的内容进行编码并指定编码的类型。

    >
    delimiter、marker、prefix、NextMarker以及Key使用UTF-8字符。如果delimiter、marker、prefix、NextMarker以及Key中包含XML
    1.0标准不支持的控制字符，您可以通过指定encoding-type对返回结果中的Delimiter、Marker、Prefix、NextMarker以及Key进行编码。
    """


class ListObjectsResponse(_m.Model):
    """GetBucket（ListObjects）接口的响应体。"""

    list_bucket_result: ListBucketResult | None = _m.wire("ListBucketResult")
    """保存GetBucket请求结果的容器。"""


class ListBucketResult(_m.Model):
    """保存GetBucket请求结果的容器。"""

    name: str | None = _m.wire("Name")
    """Bucket名称。"""
    prefix: str | None = _m.wire("Prefix")
    """本次查询结果的前缀。"""
    marker: str | None = _m.wire("Marker")
    """标识此次GetBucket（ListObjects）的起点。"""
    max_keys: int | None = _m.wire("MaxKeys")
    """响应请求内返回结果的最大数目。"""
    delimiter: str | None = _m.wire("Delimiter")
    """对Object名字进行分组的字符。所有名字包含指定的前缀且第一次出现Delimiter字符之间的Object作为一组元素CommonPrefixes。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """请求中返回的结果是否被截断。

    返回值：true、false

    true表示本次没有返回全部结果。

    false表示本次已经返回了全部结果。
    """
    encoding_type: str | None = _m.wire("EncodingType")
    """指明了返回结果中编码使用的类型。如果请求的参数中指定了encoding-type，则会对返回结果中的Delimiter、Marker、Prefix、NextMarker和Key这些元素进行编码。"""
    next_marker: str | None = _m.wire("NextMarker")
    """下一次列举文件的起点。"""
    contents: list[ObjectSummary] | None = _m.wire("Contents")
    """保存每个返回Object元数据的容器。"""
    common_prefixes: list[CommonPrefix] | None = _m.wire("CommonPrefixes")
    """如果请求中指定了Delimiter参数，则会在返回的响应中包含CommonPrefixes元素。该元素表明以Delimiter结尾，并有共同前缀的Object名称的集合。"""


OPERATION = OperationInfo(
    "ListObjects",
    ListObjectsRequest,
    ListObjectsResponse,
    method="GET",
    path="/",
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_bucket_result", "contents"),
        markers=(("marker", ("list_bucket_result", "next_marker")),),
        truncated=("list_bucket_result", "is_truncated"),
    ),
)
