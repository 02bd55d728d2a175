"""Request and response models of GetImageInfos."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetImageInfosRequest",
    "GetImageInfosResponse",
    "ImageInfoItem",
    "Mezzanine",
]


class GetImageInfosRequest(_p.Request):
    """Parameters of GetImageInfos, checked against the spec's limits when created."""

    image_ids: str = _p.param("ImageIds")
    """图片ID列表，多个ID之间使用半角逗号（,）分隔，最多支持20个ID。可通过以下方式获取：
    - 可登录[点播控制台](https://vod.console.aliyun.com/)，选择**媒资库>图片**，查看ID。
    - 调用[CreateUploadImage(~~CreateUploadImage~~)获取上传地址和凭证时会返回。
    - 调用[SearchMedia](~~SearchMedia~~)查询图片时会返回。
    """
    auth_timeout: int | None = _p.param("AuthTimeout", default=None)
    """图片访问地址的过期时间。单位：秒。

    - 当OutputType取值为cdn时：
    - 只有开启了URL鉴权的图片地址才会过期失效，否则会永久有效。
    - 最小值：1。
    - 最大值：无限制。
    - 默认值：未设置时，取值为URL鉴权中设置的默认有效时长。
    - 当OutputType取值为oss时：
    - 只有存储权限为私有，播放地址才会过期失效，否则会永久有效。
    - 最小值：1。
    -
    最大值：为降低源站安全风险，当图片存储在点播系统Bucket上时，最大值为**2592000**（即30天），当图片存储在OSS自有Bucket上时，最大值为**129600**（即36小时）。
    - 默认值：未设置时，取值为3600。
    """
    output_type: str | None = _p.param("OutputType", default=None)
    """输出的图片访问地址的类型。取值范围 ：

    - oss：回源地址。
    - cdn（默认）：加速地址。
    """


class GetImageInfosResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    image_info: list[ImageInfoItem] | None = _m.wire("ImageInfo")
    """图片信息列表。"""
    non_exist_image_ids: list[str] | None = _m.wire("NonExistImageIds")
    """不存在的图片ID列表。"""


class ImageInfoItem(_m.Model):
    """图片信息列表。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """图片创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    storage_location: str | None = _m.wire("StorageLocation")
    """图片文件的存储地址。"""
    status: str | None = _m.wire("Status")
    """图片状态。取值：

    - **Uploading**：初始状态，表示图片正在上传。
    - **Normal**：图片上传成功。
    - **UploadFail**：图片上传失败。
    """
    cate_id: int | None = _m.wire("CateId")
    """分类ID。"""
    tags: str | None = _m.wire("Tags")
    """图片标签。多个标签之间使用半角逗号（,）分隔。"""
    image_type: str | None = _m.wire("ImageType")
    """图片类型。取值：
    - **default**：普通图片
    - **cover**：视频封面图
    """
    cate_name: str | None = _m.wire("CateName")
    """分类名称。"""
    description: str | None = _m.wire("Description")
    """图片描述。"""
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    url: str | None = _m.wire("URL")
    """图片访问地址（如果配置了CDN域名则为CDN地址，否则为OSS地址）。"""
    title: str | None = _m.wire("Title")
    """图片标题。"""
    image_id: str | None = _m.wire("ImageId")
    """图片ID。"""
    mezzanine: Mezzanine | None = _m.wire("Mezzanine")
    """图片源信息。"""


class Mezzanine(_m.Model):
    """图片源信息。"""

    file_url: str | None = _m.wire("FileURL")
    """图片文件的OSS地址。"""
    original_file_name: str | None = _m.wire("OriginalFileName")
    """上传的图片源文件地址。"""
    width: int | None = _m.wire("Width")
    """图片宽度。单位：像素。"""
    height: int | None = _m.wire("Height")
    """图片高度。单位：像素。"""
    file_size: str | None = _m.wire("FileSize")
    """文件大小。单位：字节。"""


OPERATION = OperationInfo(
    "GetImageInfos",
    GetImageInfosRequest,
    GetImageInfosResponse,
    read_only=True,
    idempotent=True,
)
