"""Request and response models of DeleteAITemplate."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAITemplateRequest", "DeleteAITemplateResponse"]


class DeleteAITemplateRequest(_p.Request):
    """Parameters of DeleteAITemplate, checked against the spec's limits when created."""

    template_id: str = _p.param("TemplateId")
    """AI模板ID。可通过以下方式获取：
    - 调用[AddAITemplate](~~102930~~)接口添加AI模板时，AI模板ID为返回参数TemplateId的值。
    - AI模板添加后，可调用[ListAITemplate](~~102936~~)接口查询AI模板ID，为请求后返回参数TemplateId的值。
    """


class DeleteAITemplateResponse(_m.Model):
    """返回结果。"""

    template_id: str | None = _m.wire("TemplateId")
    """AI模板ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DeleteAITemplate", DeleteAITemplateRequest, DeleteAITemplateResponse
)
