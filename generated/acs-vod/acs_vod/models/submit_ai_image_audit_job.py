"""Request and response models of SubmitAIImageAuditJob."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["SubmitAIImageAuditJobRequest", "SubmitAIImageAuditJobResponse"]


class SubmitAIImageAuditJobRequest(_p.Request):
    """Parameters of SubmitAIImageAuditJob, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """图片ID。

    上传图片到点播返回的图片唯一标识。
    """
    template_id: str = _p.param("TemplateId")
    """审核模板ID。

    使用AI模板可调用以下接口：
    - [查询AI模板列表](~~102936~~)
    - [添加AI模板](~~102930~~)
    - [查询AI模板](~~102933~~)
    - [设置默认AI模板](~~102937~~)

    不填时，默认使用智能审核默认AI模版ID。
    """
    media_audit_configuration: str | None = _p.param(
        "MediaAuditConfiguration", default=None
    )
    """审核任务配置信息。
    - 审核任务其他配置项，当前仅支持ResourceType字段，用于控制媒体文件类型，且可针对该类型调整审核标准和规则。
    - ResourceType使用说明：只允许英文、数字、下划线。

    >-
    ResourceType字段可以按照使用说明自定义。自定义后需要[填写宜搭信息](https://yida.alibaba-inc.com/o/ticketapply)提交到阿里云后台处理后才会生效。
    >-
    如需针对ResourceType调整审核标准和规则，您可以[填写宜搭信息](https://yida.alibaba-inc.com/o/ticketapply)申请技术支持。
    """


class SubmitAIImageAuditJobResponse(_m.Model):
    """返回结果。"""

    job_id: str | None = _m.wire("JobId")
    """图片审核任务ID。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "SubmitAIImageAuditJob", SubmitAIImageAuditJobRequest, SubmitAIImageAuditJobResponse
)
