"""The signing tests' fixtures: no network at all (the official SDK's HTTP layer is intercepted
and must not reach a socket), and `helpers`: the fixed key, token, date and nonce both sides
sign with, and the request the official SDK would send."""

from __future__ import annotations

import socket
from typing import Any

import pytest

DATE = "2024-05-06T07:08:09Z"
NONCE = "0123456789abcdef0123456789abcdef"
KEY_ID = "LTAI-test-key-id"
SECRET = "test-secret"
TOKEN = "CAIS-sts+token/with=chars"
ENDPOINT = "vod.cn-shanghai.aliyuncs.com"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tests must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


class _CapturedError(Exception):
    """Raised in place of sending, to stop the SDK right after it signed."""


class Helpers:
    """What the signing tests share (test modules cannot import this conftest by name)."""

    DATE = DATE
    NONCE = NONCE
    KEY_ID = KEY_ID
    SECRET = SECRET
    TOKEN = TOKEN
    ENDPOINT = ENDPOINT

    @staticmethod
    def sdk_request(
        monkeypatch: pytest.MonkeyPatch,
        *,
        job_ids: str,
        v2: bool,
        security_token: str | None = None,
    ) -> Any:
        """Return the DaraRequest the official SDK would send for GetAIImageJobs."""
        from alibabacloud_tea_openapi.utils import Utils
        from alibabacloud_tea_openapi.utils_models import Config
        from alibabacloud_vod20170321.client import Client
        from alibabacloud_vod20170321.models import GetAIImageJobsRequest
        from darabonba.core import DaraCore
        from darabonba.exceptions import UnretryableException
        from darabonba.runtime import RuntimeOptions

        captured: list[Any] = []

        def fake_do_action(request: Any, runtime_option: Any = None) -> Any:
            captured.append(request)
            raise _CapturedError

        # Both signing paths call these static methods of the openapi Utils class.
        monkeypatch.setattr(Utils, "get_timestamp", staticmethod(lambda: DATE))
        monkeypatch.setattr(Utils, "get_nonce", staticmethod(lambda: NONCE))
        monkeypatch.setattr(DaraCore, "do_action", staticmethod(fake_do_action))
        config = Config(
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            security_token=security_token,
            endpoint=ENDPOINT,
            protocol="http",
            # The SDK selects HMAC-SHA1 RPC signing with signature_algorithm="v2".
            signature_algorithm="v2" if v2 else None,
        )
        client = Client(config)
        with pytest.raises(UnretryableException):
            client.get_aiimage_jobs_with_options(
                GetAIImageJobsRequest(job_ids=job_ids), RuntimeOptions()
            )
        assert len(captured) == 1
        return captured[0]


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers
