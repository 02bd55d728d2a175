"""Request and response models of InitiateMultipartUpload."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "InitiateMultipartUploadRequest",
    "InitiateMultipartUploadResponse",
    "InitiateMultipartUploadResult",
]


class InitiateMultipartUploadRequest(_p.Request):
    """Parameters of InitiateMultipartUpload, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """初始化一个Multipart Upload事件的Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """初始化一个Multipart Upload事件的Object名称。"""
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """指定对返回的Key进行编码，目前支持URL编码。Key使用UTF-8字符，但XML
    1.0标准不支持解析一些控制字符，例如ASCII值从0到10的字符。对于Key中包含XML
    1.0标准不支持的控制字符，可以通过指定encoding-type对返回的Key进行编码。 默认值：无 可选值：**url**
    """
    forbid_overwrite: str | None = _p.param(
        "x-oss-forbid-overwrite", default=None, location="header"
    )
    """指定InitiateMultipartUpload操作时是否覆盖同名Object。当目标Bucket处于已开启或已暂停的版本控制状态时，**x-oss-forbid-overwrite**请求Header设置无效，即允许覆盖同名Object。
    -
    不指定**x-oss-forbid-overwrite**或者指定**x-oss-forbid-overwrite**为**false**时，表示允许覆盖同名Object。
    - 指定**x-oss-forbid-overwrite**为**true**时，表示禁止覆盖同名Object。

    设置**x-oss-forbid-overwrite**请求Header会导致QPS处理性能下降，如果您有大量的操作需要使用**x-oss-forbid-overwrite**请求Header（QPS>1000），请联系技术支持，避免影响您的业务。
    """
    storage_class: str | None = _p.param(
        "x-oss-storage-class",
        default=None,
        location="header",
        enum=("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"),
    )
    """指定Object的存储类型。
    对于任意存储类型Bucket，如果上传Object时指定该值，则此次上传的Object将存储为指定的类型。例如在IA类型的Bucket中上传Object时，如果指定**x-oss-storage-class**为Standard，则该Object直接存储为Standard类型。
    取值：

    - Standard：标准存储
    - IA：低频访问
    - Archive：归档存储
    - ColdArchive：冷归档存储

    关于存储类型的更多信息，请参见**[存储类型介绍](~~51374~~)**。
    """
    tagging: str | None = _p.param("x-oss-tagging", default=None, location="header")
    """指定Object的标签，可同时设置多个标签，例如： TagA=A&TagB=B >
    Key和Value需要先进行URL编码，如果某项没有`=`，则看作Value为空字符串。
    """
    server_side_encryption: str | None = _p.param(
        "x-oss-server-side-encryption", default=None, location="header"
    )
    """指定上传该Object的每个part时使用的服务器端加密方式。 取值：**AES256**、**KMS**或**SM4** >
    使用KMS加密算法前，您需要先开通密钥管理服务KMS。

    指定此参数后，在响应头中会返回此参数，OSS会对上传的每个part进行加密编码存储。当下载该Object时，响应头中会包含x-oss-server-side-encryption，且该值会被设置成此Object的加密算法。
    """
    server_side_data_encryption: str | None = _p.param(
        "x-oss-server-side-data-encryption", default=None, location="header"
    )
    """指定Object的加密算法。若未指定此选项，表明Object使用AES256加密算法。此选项仅当**x-oss-server-side-encryption**为KMS时有效。
    取值：SM4
    """
    server_side_encryption_key_id: str | None = _p.param(
        "x-oss-server-side-encryption-key-id", default=None, location="header"
    )
    """表示KMS托管的用户主密钥。 该参数在**x-oss-server-side-encryption**值为KMS时有效。"""
    cache_control: str | None = _p.param(
        "Cache-Control", default=None, location="header"
    )
    """指定该Object被下载时的网页的缓存行为。更多信息，请参见**[RFC
    2616](https://www.ietf.org/rfc/rfc2616.txt)**。 默认值：无
    """
    content_disposition: str | None = _p.param(
        "Content-Disposition", default=None, location="header"
    )
    """指定该Object被下载时的名称。更多信息，请参见**[RFC 2616](https://www.ietf.org/rfc/rfc2616.txt)**。
    默认值：无
    """
    content_encoding: str | None = _p.param(
        "Content-Encoding", default=None, location="header"
    )
    """指定该Object被下载时的内容编码格式。更多信息，请参见**[RFC
    2616](https://www.ietf.org/rfc/rfc2616.txt)**。 默认值：无
    """
    expires: str | None = _p.param("Expires", default=None, location="header")
    """过期时间，单位为毫秒。更多信息，请参见**[RFC 2616](https://www.ietf.org/rfc/rfc2616.txt)**。 默认值：无"""


class InitiateMultipartUploadResponse(_m.Model):
    """保存Initiate Multipart Upload请求结果的响应体。"""

    initiate_multipart_upload_result: InitiateMultipartUploadResult | None = _m.wire(
        "InitiateMultipartUploadResult"
    )
    """保存Initiate Multipart Upload请求结果的容器。"""


class InitiateMultipartUploadResult(_m.Model):
    """保存Initiate Multipart Upload请求结果的容器。"""

    bucket: str | None = _m.wire("Bucket")
    """初始化一个Multipart Upload事件的Bucket名称。"""
    key: str | None = _m.wire("Key")
    """初始化一个Multipart Upload事件的Object名称。"""
    upload_id: str | None = _m.wire("UploadId")
    """唯一标识此次Multipart Upload事件的ID，用于后续调用UploadPart和CompleteMultipartUpload接口。"""
    encoding_type: str | None = _m.wire("EncodingType")
    """指明返回结果中编码使用的类型。如果请求的参数中指定了encoding-type，那返回的结果会对Key进行编码。"""


OPERATION = OperationInfo(
    "InitiateMultipartUpload",
    InitiateMultipartUploadRequest,
    InitiateMultipartUploadResponse,
    path="/{+key}",
    query=(("uploads", ""),),
    media="xml",
)
