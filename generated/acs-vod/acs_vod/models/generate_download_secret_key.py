"""Request and response models of GenerateDownloadSecretKey."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GenerateDownloadSecretKeyRequest", "GenerateDownloadSecretKeyResponse"]


class GenerateDownloadSecretKeyRequest(_p.Request):
    """Parameters of GenerateDownloadSecretKey, checked against the spec's limits when created."""

    app_identification: str = _p.param("AppIdentification")
    """APP唯一标识

    - Android：keystore文件的SHA-1值，获取到的SHA-1应为带冒号的字符串。
    - iOS：App Bundle ID值。
    - Windows：数字签名证书的序列号。

    APP唯一标识的获取方式，请参见[获取APP唯一标识](~~86107#section-wtj-9d7-lg2~~)。
    """
    app_decrypt_key: str = _p.param("AppDecryptKey")
    """自定义加密私钥字符串，长度为16~32个字符，由英文字符和数字自由组合，且必须同时包含大写字母、小写字母和数字。"""


class GenerateDownloadSecretKeyResponse(_m.Model):
    """A model of the response."""

    app_encrypt_key: str | None = _m.wire("AppEncryptKey")
    """生成的安全下载密钥。"""
    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""


OPERATION = OperationInfo(
    "GenerateDownloadSecretKey",
    GenerateDownloadSecretKeyRequest,
    GenerateDownloadSecretKeyResponse,
    read_only=True,
    idempotent=True,
)
