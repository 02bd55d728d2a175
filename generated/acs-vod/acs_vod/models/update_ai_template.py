"""Request and response models of UpdateAITemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateAITemplateRequest", "UpdateAITemplateResponse"]


class UpdateAITemplateRequest(_p.Request):
    """Parameters of UpdateAITemplate, checked against the spec's limits when created."""

    template_id: str = _p.param("TemplateId")
    """AI模板ID。可通过以下方式获取：
    - 调用[AddAITemplate](~~102930~~)接口添加AI模板时，AI模板ID为返回参数TemplateId的值。
    - AI模板添加后，可调用[ListAITemplate](~~102936~~)接口查询AI模板ID，为请求后返回参数TemplateId的值。
    """
    template_name: str = _p.param("TemplateName")
    """AI模板名称。最大128字节。"""
    template_config: str = _p.param("TemplateConfig")
    """AI模板详细配置，JSON字符串。具体配置，请参见[AITemplateConfig](~~89863#title-vd3-499-o36~~)。"""


class UpdateAITemplateResponse(_m.Model):
    """返回结果。"""

    template_id: str | None = _m.wire("TemplateId")
    """模板ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "UpdateAITemplate", UpdateAITemplateRequest, UpdateAITemplateResponse
)
