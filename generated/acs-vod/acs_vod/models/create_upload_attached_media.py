"""Request and response models of CreateUploadAttachedMedia."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "CreateUploadAttachedMediaRequest",
    "CreateUploadAttachedMediaResponse",
    "UploadAddress",
    "UploadAuth",
]


class CreateUploadAttachedMediaRequest(_p.Request):
    """Parameters of CreateUploadAttachedMedia, checked against the spec's limits when created."""

    title: str | None = _p.param("Title", default=None)
    """标题。规则：

    - 长度不超过128个字节。
    - UTF8编码。
    """
    business_type: str = _p.param("BusinessType")
    """业务类型。取值：

    - **watermark**：水印。
    - **subtitle**：字幕。
    - **material**：素材。
    """
    media_ext: str | None = _p.param("MediaExt", default=None)
    """文件扩展名。取值：

    - 水印：**png、gif、apng、mov**。
    - 字幕：**srt、ass、stl、ttml、vtt**。
    - 素材：**jpg、gif、png、mp4、mat、zip、apk**。
    """
    file_name: str | None = _p.param("FileName", default=None)
    """源文件名。"""
    file_size: str | None = _p.param("FileSize", default=None)
    """文件大小。单位：字节。"""
    tags: str | None = _p.param("Tags", default=None)
    """标签。规则：

    - 最多不超过16个标签。
    - 如需设置多个标签，请使用半角逗号（,）分隔。
    - 单个标签不超过32个字符或汉字。
    - UTF-8编码。
    """
    storage_location: str | None = _p.param("StorageLocation", default=None)
    """存储地址。可通过以下方式获取：

    登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** > **存储管理**查看存储地址。

    > 当地址不为空时，会使用该指定的存储地址上传辅助媒资文件。
    """
    description: str | None = _p.param("Description", default=None)
    """媒资描述。规则：

    - 长度不超过1024个字节。
    - UTF-8编码。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """自定义设置，为JSON字符串，支持消息回调、上传加速等设置。更多详情，请参见[UserData](~~86952~~)。

    > -
    此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。控制台配置HTTP回调的操作，请参考[回调设置](~~86071~~)。
    > - 如需使用上传加速功能，请提交工单申请开通，更多信息，请参见[上传相关说明](~~55396~~)。关于如何提交工单，请参见[联系我们](~~464625~~)。
    """
    cate_ids: str | None = _p.param("CateIds", default=None)
    """分类ID。多个ID之间使用半角逗号（,）分隔。最多支持5个。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[创建分类](~~56401~~)接口创建分类时，分类ID为返回参数CateId的值。
    - 通过[获取分类及子分类](~~56406~~)接口查询分类时，为请求后返回参数CateId的值。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值：**app-1000000**。使用信息，请参见[多应用](~~113600~~)。"""


class CreateUploadAttachedMediaResponse(_m.Model):
    """返回结果。"""

    file_url: str | None = _m.wire("FileURL")
    """文件OSS地址（不带鉴权）。添加水印时该地址可做为[添加水印](~~98617~~)接口的入参FileUrl。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    upload_address: _m.Base64JsonText[UploadAddress] | None = _m.wire("UploadAddress")
    """上传地址。 > 接口返回的上传地址是Base64加密后的值。调用SDK或API完成媒资上传时需要对其进行Base64解码后再使用。仅OSS原生SDK或OSS
    API方式上传需要自行解析UploadAddress。
    """
    media_id: str | None = _m.wire("MediaId")
    """媒资ID。"""
    media_url: str | None = _m.wire("MediaURL")
    """媒资地址。如果配置了CDN域名则返回CDN地址，否则为OSS地址。

    >
    如果返回的MediaURL在浏览器无法访问（403），是因为您开启了点播域名的鉴权功能。可关闭[URL鉴权](~~86090~~)或自助[生成鉴权签名](~~57007~~)。
    """
    upload_auth: _m.Base64JsonText[UploadAuth] | None = _m.wire(
        "UploadAuth", secret=True
    )
    """上传凭证。

    > 接口返回的上传凭证是Base64加密后的值。调用SDK或API完成媒资上传时需要对其进行Base64解码后再使用。仅OSS原生SDK或OSS
    API方式上传需要自行解析UploadAuth。
    """


class UploadAddress(_m.Model):
    """Where the file goes in Object Storage Service (OSS)."""

    endpoint: str | None = _m.wire("Endpoint")
    """The OSS endpoint to upload to, e.g. https://oss-cn-shanghai.aliyuncs.com."""
    bucket: str | None = _m.wire("Bucket")
    """The OSS bucket."""
    file_name: str | None = _m.wire("FileName")
    """The object key to upload the file to."""


class UploadAuth(_m.Model):
    """Temporary STS credentials that may upload the file to its address."""

    access_key_id: str | None = _m.wire("AccessKeyId")
    """The temporary AccessKey ID."""
    access_key_secret: str | None = _m.wire("AccessKeySecret", secret=True)
    """The temporary AccessKey secret."""
    security_token: str | None = _m.wire("SecurityToken", secret=True)
    """The STS security token."""
    expiration: str | None = _m.wire("Expiration")
    """How long the credentials stay valid, in seconds, as text (3000)."""
    expire_utc_time: datetime | None = _m.wire("ExpireUTCTime")
    """When the credentials expire (UTC)."""
    region: str | None = _m.wire("Region")
    """The region of the OSS bucket."""


OPERATION = OperationInfo(
    "CreateUploadAttachedMedia",
    CreateUploadAttachedMediaRequest,
    CreateUploadAttachedMediaResponse,
)
