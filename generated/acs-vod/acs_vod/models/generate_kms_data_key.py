"""Request and response models of GenerateKMSDataKey."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GenerateKMSDataKeyRequest", "GenerateKMSDataKeyResponse"]


class GenerateKMSDataKeyRequest(_p.Request):
    """Parameters of GenerateKMSDataKey, checked against the spec's limits when created."""


class GenerateKMSDataKeyResponse(_m.Model):
    """返回数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    key_id: str | None = _m.wire("KeyId")
    """主密钥的全局唯一标识符。"""
    ciphertext_blob: str | None = _m.wire("CiphertextBlob")
    """数据密钥被加密后的密文。用于在发起转码时填入CipherText参数。"""
    plaintext: str | None = _m.wire("Plaintext")
    """数据密钥的明文经过Base64编码后的值。"""


OPERATION = OperationInfo(
    "GenerateKMSDataKey",
    GenerateKMSDataKeyRequest,
    GenerateKMSDataKeyResponse,
    read_only=True,
    idempotent=True,
)
