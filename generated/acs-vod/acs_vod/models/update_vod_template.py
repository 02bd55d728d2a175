"""Request and response models of UpdateVodTemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateVodTemplateRequest", "UpdateVodTemplateResponse"]


class UpdateVodTemplateRequest(_p.Request):
    """Parameters of UpdateVodTemplate, checked against the spec's limits when created."""

    vod_template_id: str = _p.param("VodTemplateId")
    """截图模板ID。"""
    name: str | None = _p.param("Name", default=None)
    """模板名称。

    - 长度不超过128个字节。
    - UTF-8编码。
    """
    template_config: str | None = _p.param("TemplateConfig", default=None)
    """截图模板配置数据。（JSON格式）参数结构详情，请参见[SnapshotTemplateConfig](~~98618~~)。"""


class UpdateVodTemplateResponse(_m.Model):
    """A model of the response."""

    vod_template_id: str | None = _m.wire("VodTemplateId")
    """截图模板ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateVodTemplate", UpdateVodTemplateRequest, UpdateVodTemplateResponse
)
