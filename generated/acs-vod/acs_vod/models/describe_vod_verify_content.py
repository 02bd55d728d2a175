"""Request and response models of DescribeVodVerifyContent."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DescribeVodVerifyContentRequest", "DescribeVodVerifyContentResponse"]


class DescribeVodVerifyContentRequest(_p.Request):
    """Parameters of DescribeVodVerifyContent, checked against the spec's limits when created."""

    domain_name: str = _p.param("DomainName")
    """校验的域名。仅支持单域名校验。"""


class DescribeVodVerifyContentResponse(_m.Model):
    """返回结果。"""

    content: str | None = _m.wire("Content")
    """校验内容。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "DescribeVodVerifyContent",
    DescribeVodVerifyContentRequest,
    DescribeVodVerifyContentResponse,
    read_only=True,
    idempotent=True,
)
