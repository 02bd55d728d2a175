"""Request and response models of GetBucketRequestPayment."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetBucketRequestPaymentRequest",
    "GetBucketRequestPaymentResponse",
    "GetBucketRequestPaymentResponseRequestPaymentConfiguration",
]


class GetBucketRequestPaymentRequest(_p.Request):
    """Parameters of GetBucketRequestPayment, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketRequestPaymentResponse(_m.Model):
    """获取请求者付费配置的响应体。"""

    request_payment_configuration: (
        GetBucketRequestPaymentResponseRequestPaymentConfiguration | None
    ) = _m.wire("RequestPaymentConfiguration")
    """请求者付费配置的容器。"""


class GetBucketRequestPaymentResponseRequestPaymentConfiguration(_m.Model):
    """请求者付费配置的容器。"""

    payer: str | None = _m.wire("Payer")
    """指定Bucket付费类型。

    取值：BucketOwner、Requester
    """


OPERATION = OperationInfo(
    "GetBucketRequestPayment",
    GetBucketRequestPaymentRequest,
    GetBucketRequestPaymentResponse,
    method="GET",
    path="/",
    query=(("requestPayment", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
