"""Request and response models of AddAITemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AddAITemplateRequest", "AddAITemplateResponse"]


class AddAITemplateRequest(_p.Request):
    """Parameters of AddAITemplate, checked against the spec's limits when created."""

    template_name: str = _p.param("TemplateName")
    """AI模板名称。最大128字节。"""
    template_type: str = _p.param("TemplateType")
    """AI模板类型。取值：
    - **AIMediaAudit**：智能审核。
    - **AIImage**：智能封面。
    """
    template_config: str = _p.param("TemplateConfig")
    """AI模板详细配置，JSON字符串。 具体配置，请参见[AITemplateConfig](~~89863#title-vd3-499-o36~~)。"""


class AddAITemplateResponse(_m.Model):
    """返回结果。"""

    template_id: str | None = _m.wire("TemplateId")
    """AI模板ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("AddAITemplate", AddAITemplateRequest, AddAITemplateResponse)
