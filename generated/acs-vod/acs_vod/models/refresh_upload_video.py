"""Request and response models of RefreshUploadVideo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "RefreshUploadVideoRequest",
    "RefreshUploadVideoResponse",
    "UploadAddress",
    "UploadAuth",
]


class RefreshUploadVideoRequest(_p.Request):
    """Parameters of RefreshUploadVideo, checked against the spec's limits when created."""

    video_id: str = _p.param("VideoId")
    """音/视频ID。可通过以下方式获取：
    - 通过控制台上传的视频，可登录[点播控制台](https://vod.console.aliyun.com)，选择**媒资库** >
    **音/视频**查看音频或视频ID。
    - 通过[CreateUploadVideo](~~55407~~)接口上传音频或视频时，音/视频ID为返回参数VideoId的值。
    - 音频或视频上传后，可通过[SearchMedia](~~86044~~)接口查询音/视频ID，为请求后返回参数VideoId的值。
    """


class RefreshUploadVideoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    upload_address: _m.Base64JsonText[UploadAddress] | None = _m.wire("UploadAddress")
    """上传地址。 >接口返回的上传地址是Base64加密后的值。调用SDK或API完成媒资上传时需要对其进行Base64解码后再使用。仅OSS原生SDK或OSS
    API方式上传需要自行解析UploadAddress。
    """
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。"""
    upload_auth: _m.Base64JsonText[UploadAuth] | None = _m.wire(
        "UploadAuth", secret=True
    )
    """上传凭证。 >接口返回的上传凭证是Base64加密后的值。调用SDK或API完成媒资上传时需要对其进行Base64解码后再使用。仅OSS原生SDK或OSS
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
    "RefreshUploadVideo", RefreshUploadVideoRequest, RefreshUploadVideoResponse
)
