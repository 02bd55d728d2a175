"""Request and response models of DecryptKMSDataKey."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DecryptKMSDataKeyRequest", "DecryptKMSDataKeyResponse"]


class DecryptKMSDataKeyRequest(_p.Request):
    """Parameters of DecryptKMSDataKey, checked against the spec's limits when created."""

    cipher_text: str = _p.param("CipherText")
    """待解密的密文。"""


class DecryptKMSDataKeyResponse(_m.Model):
    """返回数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    key_id: str | None = _m.wire("KeyId")
    """解密密文使用的主密钥ID。"""
    plaintext: str | None = _m.wire("Plaintext")
    """解密后的明文。"""


OPERATION = OperationInfo(
    "DecryptKMSDataKey",
    DecryptKMSDataKeyRequest,
    DecryptKMSDataKeyResponse,
    read_only=True,
    idempotent=True,
)
