"""Request and response models of PutBucketRequestPayment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RequestPaymentConfiguration

__all__ = ["PutBucketRequestPaymentBody", "PutBucketRequestPaymentRequest"]


class PutBucketRequestPaymentRequest(_p.Request):
    """Parameters of PutBucketRequestPayment, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketRequestPaymentBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """配置请求者付费的请求体。"""


class PutBucketRequestPaymentBody(_m.Model):
    """A model of the response."""

    request_payment_configuration: RequestPaymentConfiguration | None = _m.wire(
        "RequestPaymentConfiguration"
    )
    """保存请求者付费配置的容器。"""


OPERATION = OperationInfo(
    "PutBucketRequestPayment",
    PutBucketRequestPaymentRequest,
    None,
    method="PUT",
    path="/",
    query=(("requestPayment", ""),),
    idempotent=True,
)
