"""Request and response models of GetWatermark."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetWatermarkRequest", "GetWatermarkResponse", "WatermarkInfo"]


class GetWatermarkRequest(_p.Request):
    """Parameters of GetWatermark, checked against the spec's limits when created."""

    watermark_id: str = _p.param("WatermarkId")
    """需要查询的图文水印模板ID，仅支持传入单个水印模板ID。可通过如下方式获取：
    - 调用[AddWatermark](~~AddWatermark~~)接口添加图文水印模板后会返回。
    - 调用[ListWatermark](~~ListWatermark~~)接口查询图文水印模板列表后会返回。
    """


class GetWatermarkResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    watermark_info: WatermarkInfo | None = _m.wire("WatermarkInfo")
    """图文水印模板信息。"""


class WatermarkInfo(_m.Model):
    """图文水印模板信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """水印模板的创建时间。格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z（UTC时间）。"""
    type_: str | None = _m.wire("Type")
    """水印模板的类型：
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
    app_id: str | None = _m.wire("AppId")
    """应用ID。"""
    watermark_config: str | None = _m.wire("WatermarkConfig")
    """图文水印的配置信息（JSON字符串），包括水印显示位置、水印效果等配置。图片水印和文字水印的配置参数不同，参数结构详情，请参见[WatermarkConfig](~~98618#section-h01-44s-2lr~~)
    。
    """
    name: str | None = _m.wire("Name")
    """水印模板名称。"""
    watermark_id: str | None = _m.wire("WatermarkId")
    """水印模板ID。"""


OPERATION = OperationInfo(
    "GetWatermark",
    GetWatermarkRequest,
    GetWatermarkResponse,
    read_only=True,
    idempotent=True,
)
