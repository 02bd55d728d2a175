"""Request and response models of PutObject."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping
from typing import IO

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutObjectRequest", "PutObjectResponse"]


class PutObjectRequest(_p.Request):
    """Parameters of PutObject, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object的完整路径。"""
    forbid_overwrite: bool | None = _p.param(
        "x-oss-forbid-overwrite", default=None, location="header"
    )
    """指定PutObject操作时是否覆盖同名Object。
    当目标Bucket处于已开启或已暂停的版本控制状态时，**x-oss-forbid-overwrite**请求Header设置无效，即允许覆盖同名Object。
    -
    不指定**x-oss-forbid-overwrite**或者指定**x-oss-forbid-overwrite**为**false**时，表示允许覆盖同名Object。
    - 指定**x-oss-forbid-overwrite**为**true**时，表示禁止覆盖同名Object。

    设置**x-oss-forbid-overwrite**请求Header会导致QPS处理性能下降，如果您有大量的操作需要使用**x-oss-forbid-overwrite**请求Header（QPS>1000），请联系技术支持，避免影响您的业务。
    默认值：**false**
    """
    server_side_encryption: str | None = _p.param(
        "x-oss-server-side-encryption", default=None, location="header"
    )
    """创建Object时，指定服务器端加密方式。

    取值：**AES256**、**KMS****或**SM4****

    指定此选项后，在响应头中会返回此选项，OSS会对上传的Object进行加密编码存储。当下载该Object时，响应头中会包含**x-oss-server-side-encryption**，且该值会被设置成此Object的加密算法。
    """
    server_side_data_encryption: str | None = _p.param(
        "x-oss-server-side-data-encryption", default=None, location="header"
    )
    """创建Object时，指定服务器端加密方式。

    取值：**AES256**、**KMS**或**SM4**

    指定此选项后，在响应头中会返回此选项，OSS会对上传的Object进行加密编码存储。当下载该Object时，响应头中会包含**x-oss-server-side-encryption**，且该值会被设置成此Object的加密算法。
    """
    server_side_encryption_key_id: str | None = _p.param(
        "x-oss-server-side-encryption-key-id", default=None, location="header"
    )
    """KMS托管的用户主密钥。 此选项仅在**x-oss-server-side-encryption**为KMS时有效。"""
    object_acl: str | None = _p.param(
        "x-oss-object-acl",
        default=None,
        location="header",
        enum=("private", "public-read", "public-read-write", "default"),
    )
    """指定OSS创建Object时的访问权限。

    取值：

    - default（默认）：Object遵循所在存储空间的访问权限。
    - private：Object是私有资源。只有Object的拥有者和授权用户有该Object的读写权限，其他用户没有权限操作该Object。
    -
    public-read：Object是公共读资源。只有Object的拥有者和授权用户有该Object的读写权限，其他用户只有该Object的读权限。请谨慎使用该权限。
    - public-read-write：Object是公共读写资源。所有用户都有该Object的读写权限。请谨慎使用该权限。

    关于访问权限的更多信息，请参见**[读写权限ACL](~~100676~~)**。
    """
    storage_class: str | None = _p.param(
        "x-oss-storage-class",
        default=None,
        location="header",
        enum=("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"),
    )
    """指定Object的存储类型。
    对于任意存储类型的Bucket，如果上传Object时指定此参数，则此次上传的Object将存储为指定的类型。例如在IA类型的Bucket中上传Object时，如果指定x-oss-storage-class为Standard，则该Object直接存储为Standard。
    取值： Standard：标准存储 IA：低频访问 Archive：归档存储 ColdArchive：冷归档存储 关于存储类型的更多信息，请参见存储类型介绍。
    """
    tagging: str | None = _p.param("x-oss-tagging", default=None, location="header")
    """指定Object的标签，可同时设置多个标签，例如TagA=A&TagB=B。 >
    Key和Value需要先进行URL编码，如果某项没有”=“，则看作Value为空字符串。
    """
    metadata: Mapping[str, str] | None = _p.param(
        "x-oss-meta-*", default=None, location="header"
    )
    """使用PutObject接口时，如果配置以**x-oss-meta-***为前缀的参数，则该参数视为元数据，例如`x-oss-meta-location`。一个Object可以有多个类似的参数，但所有的元数据总大小不能超过8
    KB。

    元数据支持短划线（-）、数字、英文字母（a~z）。英文字符的大写字母会被转成小写字母，不支持下划线（_）在内的其他字符。
    """
    body: bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | None = _p.param(
        "body", default=None, location="body", style="stream"
    )
    """请求体。"""


class PutObjectResponse(_m.Model):
    """A model of the response."""

    hash_crc64ecma: int | None = _m.header("x-oss-hash-crc64ecma")
    version_id: str | None = _m.header("x-oss-version-id")
    e_tag: str | None = _m.header("ETag")
    """The entity tag of the object written."""


OPERATION = OperationInfo(
    "PutObject",
    PutObjectRequest,
    PutObjectResponse,
    method="PUT",
    path="/{+key}",
    idempotent=True,
)
