"""Request and response models of ListWatermark."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["ListWatermarkRequest", "ListWatermarkResponse", "WatermarkInfosItem"]


class ListWatermarkRequest(_p.Request):
    """Parameters of ListWatermark, checked against the spec's limits when created."""

    app_id: str | None = _p.param("AppId", default=None)
    """应用ID。默认取值：**app-1000000**。

    若已开通多应用体系，传入应用ID，可查询指定应用下的图文水印模板；不传，则默认返回所有应用下的图文水印模板。使用说明，请参见[多应用](~~113600~~)。
    """


class ListWatermarkResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    watermark_infos: list[WatermarkInfosItem] | None = _m.wire("WatermarkInfos")
    """水印模板信息。"""


class WatermarkInfosItem(_m.Model):
    """A model of the response."""

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
    "ListWatermark",
    ListWatermarkRequest,
    ListWatermarkResponse,
    read_only=True,
    idempotent=True,
)
