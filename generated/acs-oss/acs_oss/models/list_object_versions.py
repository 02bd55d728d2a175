"""Request and response models of ListObjectVersions."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import CommonPrefix, DeleteMarkerEntry, ObjectVersion

__all__ = [
    "ListObjectVersionsRequest",
    "ListObjectVersionsResponse",
    "ListVersionsResult",
]


class ListObjectVersionsRequest(_p.Request):
    """Parameters of ListObjectVersions, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    delimiter: str | None = _p.param("delimiter", default=None)
    """对Object名字进行分组的字符。所有Object名字包含指定的前缀（prefix），第一次出现delimiter字符之间的Object作为一组元素（即CommonPrefixes）。
    如果将prefix设为文件夹名称后，再把delimiter设置为正斜线（/），则只返回该文件夹下的文件，该文件夹下的子文件名在CommonPrefixes中返回，子文件夹下递归的文件和文件夹不显示。

    默认值：无
    """
    key_marker: str | None = _p.param("key-marker", default=None)
    """设定结果从key-marker之后按字母序开始返回，与version-id-marker组合使用。 参数的长度必须小于1024字节。

    默认值：无

    >如果version-id-marker不为空，则key-marker不能为空
    """
    version_id_marker: str | None = _p.param("version-id-marker", default=None)
    """设定结果从key-marker对象的version-id-marker之后按新旧版本排序开始返回。如果version-id-marker未设定，则默认从key-marker按字母序排序的下一个Key的第一个版本开始返回。

    默认值：无

    有效值：版本ID
    """
    max_keys: int | None = _p.param("max-keys", default=None)
    """限定此次返回Object的最大个数。
    如果因为max-keys的设定无法一次完成列举，返回结果会附加`NextKeyMarker`和`NextVersionIdMarker`作为下一次列举的marker。列举结果中包含`NextKeyMarker`和`NextVersionIdMarker`的值。
    取值：大于0小于1000 默认值：100
    """
    prefix: str | None = _p.param("prefix", default=None)
    """限定返回的Object Key必须以prefix作为前缀。

    - prefix的长度必须小于1024字节。
    - 使用prefix查询时，返回结果的Key仍会包含prefix。

    如果将prefix设为某个文件夹名，则列举以此prefix开头的文件，即该文件夹下递归的所有的文件和子文件夹。

    默认值：无
    """
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """对返回的内容进行编码并指定编码类型。 默认值：无 可选值：URL
    >delimiter、marker、prefix、NextMarker以及Key使用UTF-8字符。如果delimiter、marker、prefix、NextMarker以及Key中包含XML
    1.0标准不支持的控制字符，您可以通过指定encoding-type对返回结果中的Delimiter、Marker、Prefix、NextMarker以及Key进行编码。
    """


class ListObjectVersionsResponse(_m.Model):
    """GetBucketVersions接口的响应体。"""

    list_versions_result: ListVersionsResult | None = _m.wire("ListVersionsResult")
    """保存GetBucketVersions请求结果的容器。"""


class ListVersionsResult(_m.Model):
    """保存GetBucketVersions请求结果的容器。"""

    name: str | None = _m.wire("Name")
    """Bucket名称。"""
    prefix: str | None = _m.wire("Prefix")
    """本次查询结果的前缀。"""
    key_marker: str | None = _m.wire("KeyMarker")
    """标识此次GetBucketVersions的起点Object。"""
    version_id_marker: str | None = _m.wire("VersionIdMarker")
    """与KeyMarker参数一同使用，以指定ListObjectVersions（GetBucketVersions）的起点。"""
    max_keys: int | None = _m.wire("MaxKeys")
    """响应请求内返回结果的最大数目。"""
    delimiter: str | None = _m.wire("Delimiter")
    """用于对Object名字进行分组的字符。所有名字包含指定的前缀且第一次出现Delimiter字符之间的Object作为一组元素CommonPrefixes。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """指明是否已返回所有结果。

    true：表示本次没有返回全部结果。

    false：表示本次已返回全部结果。
    """
    encoding_type: str | None = _m.wire("EncodingType")
    """指明返回结果中编码使用的类型。如果请求的参数中指定了encoding-type，则表示对返回结果中的Delimiter、Marker、Prefix、NextMarker和Key这些元素进行编码。"""
    next_key_marker: str | None = _m.wire("NextKeyMarker")
    """如果本次没有返回全部结果，响应请求中将包含NextKeyMarker元素，用于标明接下来请求的key-marker。"""
    next_version_id_marker: str | None = _m.wire("NextVersionIdMarker")
    """如果本次没有返回全部结果，响应请求中将包含NextVersionIdMarker元素，用于标明接下来请求的version-id-marker。"""
    version: list[ObjectVersion] | None = _m.wire("Version")
    """保存除删除标记以外的Object版本信息的列表。"""
    delete_marker: list[DeleteMarkerEntry] | None = _m.wire("DeleteMarker")
    """保存删除标记信息的列表。"""
    common_prefixes: list[CommonPrefix] | None = _m.wire("CommonPrefixes")
    """如果请求中指定了delimiter参数，则OSS返回的响应中包含CommonPrefixes元素。该元素标明以delimiter结尾，并有共同前缀的Object名称的集合。"""


OPERATION = OperationInfo(
    "ListObjectVersions",
    ListObjectVersionsRequest,
    ListObjectVersionsResponse,
    method="GET",
    path="/",
    query=(("versions", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_versions_result", "version"),
        markers=(
            ("key_marker", ("list_versions_result", "next_key_marker")),
            ("version_id_marker", ("list_versions_result", "next_version_id_marker")),
        ),
        truncated=("list_versions_result", "is_truncated"),
    ),
)
