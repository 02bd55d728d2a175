"""The credentials tests' fixtures: an isolated machine (no ALIBABA_CLOUD_* variable, an empty
home, no metadata service), the loopback fakes of `acs_core.testing.fakes` (STS, ECS metadata),
a refresh clock to move forward, and `helpers`: the keys, files and peers the tests share.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from acs_core import signing as _signing
from acs_core.credentials import StaticCredentials
from acs_core.credentials import base as _credentials
from acs_core.testing.fakes import FakeEcsMetadata, FakeRequest, FakeSts

KEY_ID = "testid"
SECRET = "testsecret-never-shown"
ROLE_ARN = "acs:ram::1234567890:role/test-role"
OIDC_PROVIDER_ARN = "acs:ram::1234567890:oidc-provider/test"
# A source token whose raw, once and twice percent-encoded forms all differ.
SOURCE_TOKEN = "source/token+never=shown"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No ALIBABA_CLOUD_* variable of the machine, an empty home, no metadata service."""
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    return home


@pytest.fixture
def sts() -> Iterator[FakeSts]:
    with FakeSts(credentials={KEY_ID: SECRET}) as fake:
        yield fake


@pytest.fixture
def ecs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEcsMetadata]:
    monkeypatch.delenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
    with FakeEcsMetadata() as fake:
        yield fake


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """Moves the refresh clock forward by the given seconds (the fakes' clock stays real)."""
    offset = [0.0]
    monkeypatch.setattr(_credentials, "_now", lambda: time.time() + offset[0])

    def advance(seconds: float) -> None:
        offset[0] += seconds

    return advance


class _FakeTeaResponse:
    def __init__(self, body: dict[str, Any]) -> None:
        self.status_code = 200
        self.body = json.dumps(body).encode()
        self.headers: dict[str, str] = {}


class Helpers:
    """What the credentials tests share (test modules cannot import this conftest by name)."""

    KEY_ID = KEY_ID
    SECRET = SECRET
    ROLE_ARN = ROLE_ARN
    OIDC_PROVIDER_ARN = OIDC_PROVIDER_ARN
    SOURCE_TOKEN = SOURCE_TOKEN

    @staticmethod
    def static(key_id: str = KEY_ID, secret: str = SECRET) -> StaticCredentials:
        return StaticCredentials.of(key_id, secret, provider_name="static_ak")

    @staticmethod
    def write_cli_config(
        home: Path, profiles: list[dict[str, Any]], current: str
    ) -> Path:
        path = home / ".aliyun" / "config.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"current": current, "profiles": profiles}))
        return path

    @staticmethod
    def write_ini(home: Path, text: str) -> Path:
        path = home / ".alibabacloud" / "credentials.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    @staticmethod
    def ak_profile(name: str, key_id: str, secret: str) -> dict[str, Any]:
        return {
            "name": name,
            "mode": "AK",
            "access_key_id": key_id,
            "access_key_secret": secret,
        }

    @staticmethod
    def ram_role_profile(**fields: Any) -> dict[str, Any]:
        return {
            "name": "p",
            "mode": "RamRoleArn",
            "access_key_id": KEY_ID,
            "access_key_secret": SECRET,
            "ram_role_arn": ROLE_ARN,
            **fields,
        }

    @staticmethod
    def sts_calls(fake: FakeSts, action: str = "AssumeRole") -> list[FakeRequest]:
        return [r for r in fake.requests if r.params.get("Action") == action]

    @staticmethod
    def token_forms(token: str) -> list[str]:
        once = _signing.percent_encode(token)
        return [token, once, _signing.percent_encode(once)]

    @staticmethod
    def capture_official_sts(
        monkeypatch: pytest.MonkeyPatch, module: Any
    ) -> dict[str, str]:
        """The query of the official library's next STS request (answered without network)."""
        captured: dict[str, str] = {}

        def do_action(request: Any, runtime_option: Any = None) -> _FakeTeaResponse:
            captured.update(request.query)
            return _FakeTeaResponse(
                {
                    "Credentials": {
                        "AccessKeyId": "STS.x",
                        "AccessKeySecret": "x",
                        "SecurityToken": "x",
                        "Expiration": "2099-01-01T00:00:00Z",
                    }
                }
            )

        monkeypatch.setattr(module.TeaCore, "do_action", staticmethod(do_action))
        return captured

    @staticmethod
    def official_client(key_id: str = KEY_ID, secret: str = SECRET) -> Any:
        """A client of the official `alibabacloud_credentials` library, for a static key."""
        from alibabacloud_credentials.client import Client as OfficialClient
        from alibabacloud_credentials.models import Config

        return OfficialClient(
            Config(type="access_key", access_key_id=key_id, access_key_secret=secret)
        )

    @staticmethod
    def official_provider(key_id: str = KEY_ID, secret: str = SECRET) -> Any:
        """A provider of the official library, for a static key."""
        from alibabacloud_credentials.provider import StaticAKCredentialsProvider

        return StaticAKCredentialsProvider(
            access_key_id=key_id, access_key_secret=secret
        )


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers
