"""Request and response models of CreateAudit."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["CreateAuditRequest", "CreateAuditResponse"]


class CreateAuditRequest(_p.Request):
    """Parameters of CreateAudit, checked against the spec's limits when created."""

    audit_content: str = _p.param("AuditContent")
    """审核内容数组。 一次最多支持**100**个音/视频的审核内容。需将数组转为字符串后作为参数值。 具体参数结构定义，参见下表**AuditContent**。"""


class CreateAuditResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo("CreateAudit", CreateAuditRequest, CreateAuditResponse)
