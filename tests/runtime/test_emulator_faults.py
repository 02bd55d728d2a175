"""Faults aimed at one operation of a product: taken once the call is routed (after its
signature check), the N-th call of it with `skip`, and a JSON answer cut off mid-body.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from acs_core import signing
from acs_vod.emulator import Emulator

KEY_ID, SECRET = "testid", "testsecret"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={KEY_ID: SECRET}) as emulator:
        yield emulator


def call(emu: Emulator, action: str, secret: str = SECRET) -> httpx.Response:
    host = emu.endpoint.removeprefix("http://")
    query = [("JobIds", "a")] if action == "GetAIImageJobs" else [("VideoId", "v")]
    signed = signing.sign_rpc_v3(
        method="POST",
        host=host,
        action=action,
        version="2017-03-21",
        query=query,
        form=[],
        access_key_id=KEY_ID,
        access_key_secret=secret,
        security_token=None,
        date=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        nonce=uuid.uuid4().hex,
    )
    return httpx.post(
        f"{emu.endpoint}/?{signing.canonical_query(signed.query)}",
        headers=signed.headers,
        content=signed.body,
        timeout=5,
    )


def test_a_fault_waits_for_the_n_th_call_of_its_operation(emu: Emulator) -> None:
    emu.inject("server_error", on="gateway", operation="GetAIImageJobs", skip=1)
    assert call(emu, "GetAIImageJobs").status_code == 200  # let through
    assert call(emu, "GetPlayInfo").status_code == 200  # another operation
    wrong = call(emu, "GetAIImageJobs", secret="other")  # refused before it is routed
    assert wrong.json()["Code"] == "SignatureDoesNotMatch"
    failed = call(emu, "GetAIImageJobs")
    assert (failed.status_code, failed.json()["Code"]) == (503, "ServiceUnavailable")
    assert call(emu, "GetAIImageJobs").status_code == 200
    faulted = [(r.operation, r.fault.kind) for r in emu.requests if r.fault]
    assert faulted == [("GetAIImageJobs", "server_error")]
    assert emu.requests[0].request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"


def test_a_cut_json_answer_is_a_broken_connection(emu: Emulator) -> None:
    emu.inject("cut", operation="GetAIImageJobs", after_bytes=5)
    with pytest.raises(httpx.RemoteProtocolError):
        call(emu, "GetAIImageJobs")
    assert call(emu, "GetAIImageJobs").json()["RequestId"]
    assert [r.fault.kind if r.fault else None for r in emu.requests] == ["cut", None]
