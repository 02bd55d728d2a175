"""Request and response models of GetAITemplate."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetAITemplateRequest", "GetAITemplateResponse", "TemplateInfo"]


class GetAITemplateRequest(_p.Request):
    """Parameters of GetAITemplate, checked against the spec's limits when created."""

    template_id: str = _p.param("TemplateId")
    """AI模板ID。可通过以下方式获取：
    - 调用[AddAITemplate](~~102930~~)接口添加AI模板时，AI模板ID为返回参数TemplateId的值。
    - AI模板添加后，可调用[ListAITemplate](~~102936~~)接口查询AI模板ID，为请求后返回参数TemplateId的值。
    """


class GetAITemplateResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    template_info: TemplateInfo | None = _m.wire("TemplateInfo")
    """AI模板信息。"""


class TemplateInfo(_m.Model):
    """AI模板信息。"""

    creation_time: datetime | None = _m.wire("CreationTime")
    """AI模板的创建时间。日期格式按照ISO8601表示法，并使用UTC时间，格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z。"""
    is_default: str | None = _m.wire("IsDefault")
    """是否为默认AI模板。取值：
    - **Default**：是。
    - **NotDefault**：否。
    """
    template_type: str | None = _m.wire("TemplateType")
    """AI模板类型。取值：

    - **AIMediaAudit**：智能审核。
    - **AIImage**：智能封面。
    """
    template_config: str | None = _m.wire("TemplateConfig")
    """AI模板详细配置，JSON字符串。具体配置，请参见[AITemplateConfig](~~89863#title-vd3-499-o36~~)。"""
    template_name: str | None = _m.wire("TemplateName")
    """AI模板名称。"""
    source: str | None = _m.wire("Source")
    """AI模板来源。取值：
    - **System**：系统。
    - **Custom**：自定义。
    """
    template_id: str | None = _m.wire("TemplateId")
    """AI模板ID。"""
    modify_time: datetime | None = _m.wire("ModifyTime")
    """AI模板修改时间。日期格式按照ISO8601表示法，并使用UTC时间，格式为：<i>yyyy-MM-dd</i>T<i>HH:mm:ss</i>Z。"""


OPERATION = OperationInfo(
    "GetAITemplate",
    GetAITemplateRequest,
    GetAITemplateResponse,
    read_only=True,
    idempotent=True,
)
