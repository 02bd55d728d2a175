"""The client tests' fixtures: the generated emulator (here it knows one key, `KEY_ID` with a
secret that must never show: this `emu` stands in for the runtime folder's), and `helpers` to
make a client of it, or of a mock transport, with fast retries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import acs_vod
import httpx
import pytest
from acs_vod.emulator import Emulator

KEY_ID = "testid"
SECRET = "s3cr3t-Value-never-shown"
TOKEN = "sts-token-never-shown"
FAST = {"backoff_base": 0.001, "backoff_max": 0.005}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={KEY_ID: SECRET}) as emulator:
        yield emulator


class Helpers:
    """What the client tests share (test modules cannot import this conftest by name)."""

    KEY_ID = KEY_ID
    SECRET = SECRET
    TOKEN = TOKEN
    FAST = FAST

    @staticmethod
    def make(emu: Emulator, cls: Any = acs_vod.Client, **options: Any) -> Any:
        """A client of the emulator (in cn-shanghai unless `region=` says otherwise)."""
        settings: dict[str, Any] = {
            "access_key_id": KEY_ID,
            "access_key_secret": SECRET,
            "endpoint": emu.endpoint,
            "timeout": 5.0,
            **FAST,
        }
        settings.update(options)
        return cls(settings.pop("region", "cn-shanghai"), **settings)

    @staticmethod
    def mock_client(
        transport: httpx.MockTransport, cls: Any = acs_vod.Client, **options: Any
    ) -> Any:
        """A client in cn-beijing whose requests go to `transport`."""
        keys = {"access_key_id": KEY_ID, "access_key_secret": SECRET}
        return cls("cn-beijing", transport=transport, **keys, **options)

    @staticmethod
    def answering(status: int, retry_after: str | None = None) -> httpx.MockTransport:
        """A transport that answers every request with `status`: a throttling error for 429,
        ServiceUnavailable otherwise (with a `Retry-After` header when given)."""
        code = "Throttling" if status == 429 else "ServiceUnavailable"
        body = {"RequestId": "R", "Code": code, "Message": "busy"}
        headers = {} if retry_after is None else {"Retry-After": retry_after}
        return httpx.MockTransport(
            lambda request: httpx.Response(status, json=body, headers=headers)
        )

    @staticmethod
    def jobs_handler(received: Any) -> dict[str, Any]:
        """An emulator handler answering each job id asked for as a successful job."""
        ids = received.params["job_ids"]
        return {
            "RequestId": "R",
            "AIImageJobList": [{"JobId": i, "Status": "success"} for i in ids],
        }


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers
