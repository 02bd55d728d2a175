"""Request and response models of CreateUploadVideo."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Upload

__all__ = [
    "CreateUploadVideoRequest",
    "CreateUploadVideoResponse",
    "UploadAddress",
    "UploadAuth",
]


class CreateUploadVideoRequest(_p.Request):
    """Parameters of CreateUploadVideo, checked against the spec's limits when created."""

    cover_url: str | None = _p.param("CoverURL", default=None)
    """自定义视频封面的URL地址。"""
    description: str | None = _p.param("Description", default=None)
    """上传完成后，在点播中展示的音/视频描述。

    - 长度不超过1024个字符。
    - UTF-8编码。
    """
    file_name: str = _p.param("FileName")
    """待上传的音/视频源文件地址。

    - 必须带扩展名，且扩展名不区分大小写。
    - 支持的扩展名，请参见[上传概述](~~55396~~)。
    """
    file_size: int | None = _p.param("FileSize", default=None)
    """待上传的音/视频源文件的大小。单位：字节。"""
    title: str = _p.param("Title")
    """上传完成后，在点播中展示的音/视频标题。

    - 长度不超过128个字符。
    - UTF-8编码。
    """
    cate_id: int | None = _p.param("CateId", default=None)
    """分类ID。可通过以下方式获取：

    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置** >
    **分类管理**查看分类ID。
    - 通过[AddCategory](~~AddCategory~~)接口创建分类时，分类ID为返回参数CateId的值。
    - 通过[GetCategories](~~GetCategories~~)接口查询分类时，为请求后返回参数CateId的值。
    """
    tags: str | None = _p.param("Tags", default=None)
    """音/视频标签。

    - 最多不超过16个标签。
    - 如需设置多个音/视频标签，请使用半角逗号（,）分隔。
    - 单个标签不超过32个字符或汉字。
    - UTF-8编码。
    """
    user_data: str | None = _p.param("UserData", default=None)
    """自定义设置。为JSON字符串，支持消息回调、上传加速等设置。更多信息，请参见[UserData](~~86952~~)。

    > -
    此参数中消息回调的使用前提是需要在控制台配置HTTP回调地址和勾选对应的回调事件类型才能使用，否则回调设置不生效。控制台配置HTTP回调的操作，请参考[回调设置](~~86071~~)。
    > -
    如需使用上传加速功能，您需要[填写宜搭信息](https://yida.alibaba-inc.com/o/ticketapply)申请开通，更多信息，请参见[上传相关说明](~~55396~~)。
    """
    template_group_id: str | None = _p.param("TemplateGroupId", default=None)
    """转码模板组ID。可通过以下方式获取：
    - 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒体处理配置** >
    **转码模板组**查看转码模板组ID。
    - 通过[创建转码模板组](~~102665~~)接口创建转码模板组时，转码模板组ID为返回参数TranscodeTemplateGroupId的值。
    - 通过[查询转码配置列表](~~102669~~)接口查询转码模板组时，为请求后返回参数TranscodeTemplateGroupId的值。

    >- 如果同时传递了WorkflowId和TemplateGroupId，以WorkflowId为准。 >-
    若不传入本参数，则按默认的转码模板组进行转码；若传入了转码模板组ID时，则按指定的模板组进行转码。 >-
    若设置为系统内置的**不转码**模板组，则音视频上传后，仅有[视频上传完成
    ](~~55630~~)的事件通知，没有[单个清晰度转码完成](~~55636~~)的事件通知。 >-
    为确保正常播放，当设置为系统内置的**不转码**模板组，则视音频上传完成后，仅以下格式支持不转码直接播放：MP4、FLV、MP3、M3U8、WEBM，其他格式仅支持存储（关注FileName的扩展名）；若使用阿里云播放器播放，则版本须为3.1.0或以上。
    """
    workflow_id: str | None = _p.param("WorkflowId", default=None)
    """工作流ID。可登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒体处理配置** >
    **工作流管理**查看工作流ID。

    > 如果同时传递了WorkflowId和TemplateGroupId，以WorkflowId为准。使用说明，请参见[工作流](~~115347~~)。
    """
    storage_location: str | None = _p.param("StorageLocation", default=None)
    """存储地址。可通过以下方式获取： 登录[点播控制台](https://vod.console.aliyun.com)，选择**配置管理** > **媒资管理配置**
    > **存储管理**查看存储地址。

    > 若不传此参数，则音视频文件上传到默认的存储地址上；若传入此参数，则音视频文件上传到该指定的存储地址上。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值：**app-1000000**。更多信息，请参见[多应用](~~113600~~)。"""


class CreateUploadVideoResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    upload_address: _m.Base64JsonText[UploadAddress] | None = _m.wire("UploadAddress")
    """上传地址。

    > 接口返回的上传地址是Base64加密后的值。调用SDK或API完成媒资上传时需要对其进行Base64解码后再使用。仅OSS原生SDK或OSS
    API方式上传需要自行解析UploadAddress。
    """
    video_id: str | None = _m.wire("VideoId")
    """音/视频ID。可作为媒资管理、媒体处理、媒体审核等接口的请求参数。"""
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
    "CreateUploadVideo",
    CreateUploadVideoRequest,
    CreateUploadVideoResponse,
    upload=Upload(
        file_name="file_name",
        file_size="file_size",
        address="upload_address",
        endpoint="endpoint",
        bucket="bucket",
        key="file_name",
        credentials="upload_auth",
        access_key_id="access_key_id",
        access_key_secret="access_key_secret",
        security_token="security_token",
        expires_at="expire_utc_time",
        lifetime="expiration",
        refresh="refresh_upload_video",
        refresh_arguments={"video_id": "video_id"},
    ),
)
