"""Request and response models of DeleteWatermark."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteWatermarkRequest", "DeleteWatermarkResponse"]


class DeleteWatermarkRequest(_p.Request):
    """Parameters of DeleteWatermark, checked against the spec's limits when created."""

    watermark_id: str = _p.param("WatermarkId")
    """待删除的图文水印模板ID，仅支持传入单个水印模板ID。可通过如下方式获取：
    - 调用[AddWatermark](~~AddWatermark~~)接口添加图文水印模板后会返回。
    - 调用[ListWatermark](~~ListWatermark~~)接口查询图文水印模板列表后会返回。
    """


class DeleteWatermarkResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteWatermark", DeleteWatermarkRequest, DeleteWatermarkResponse
)
