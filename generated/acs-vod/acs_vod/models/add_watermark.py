"""Request and response models of AddWatermark."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddWatermarkRequest", "AddWatermarkResponse", "WatermarkInfo"]


class AddWatermarkRequest(_p.Request):
    """Parameters of AddWatermark, checked against the spec's limits when created."""

    type_: str = _p.param("Type")
    """水印模板类型：
    - **Image**（默认）：图片水印模板。
    - **Text**：文字水印模板。
    """
    name: str = _p.param("Name")
    """水印模板名称。
    - 仅支持中英文、数字。
    - 长度不超过128个字节。
    - UTF-8编码。
    """
    watermark_config: str = _p.param("WatermarkConfig")
    """图文水印的配置信息（JSON字符串），包括水印显示位置、水印效果等配置。图片水印和文字水印的配置参数不同，参数结构详情，请参见[WatermarkConfig](~~98618#section-h01-44s-2lr~~)
    。
    """
    file_url: str | None = _p.param("FileUrl", default=None)
    """水印图片文件的OSS地址（不带鉴权）。 >- 设置图片水印模板（`Type`为`Image`）时，本参数必传。 >-
    您可以调用[CreateUploadAttachedMedia](~~CreateUploadAttachedMedia~~)接口将水印图片上传到视频点播中，上传后返回参数`FileURL`的值可作为本参数的请求参数。
    """
    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值：**app-1000000**。若已开通多应用体系，传入应用ID，可将水印模板添加到指定应用下。使用说明，请参见[多应用体系](~~113600~~)。"""


class AddWatermarkResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    watermark_info: WatermarkInfo | None = _m.wire("WatermarkInfo")
    """水印模板信息。"""


class WatermarkInfo(_m.Model):
    """水印模板信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """水印模板的创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    type_: str | None = _m.wire("Type")
    """水印模板的类型。
    - **Image**：图片水印模板。
    - **Text**：文字水印模板。
    """
    is_default: str | None = _m.wire("IsDefault")
    """是否是默认图文水印模板：
    - **Default**：默认图文水印模板。
    - **NotDefault**：非默认图文水印模板。
    """
    file_url: str | None = _m.wire("FileUrl")
    """水印文件URL（OSS地址或CDN地址）。 > 仅图片水印模板会返回此参数。"""
    watermark_config: str | None = _m.wire("WatermarkConfig")
    """图文水印的配置信息（JSON字符串），包括水印显示位置、水印效果等配置。图片水印和文字水印的配置参数不同，参数结构详情，请参见[WatermarkConfig](~~98618#section-h01-44s-2lr~~)
    。
    """
    name: str | None = _m.wire("Name")
    """水印模板名称。"""
    watermark_id: str | None = _m.wire("WatermarkId")
    """水印模板ID。后续可使用该水印模板ID关联到转码模板组，或对水印模板进行查询、修改、删除、设置默认水印模板等操作。"""


OPERATION = OperationInfo("AddWatermark", AddWatermarkRequest, AddWatermarkResponse)
