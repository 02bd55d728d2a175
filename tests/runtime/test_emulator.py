"""The generated emulator over real loopback HTTP: signatures, timestamps, nonces, limits, faults, CLI."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core import signing as _signing
from acs_vod.emulator import Emulator

KEY_ID, SECRET = "testid", "testsecret"
VOD_PROJECT = Path(__file__).resolve().parents[2] / "generated" / "acs-vod"


def _stamp(skew: float = 0.0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=skew)).strftime("%Y-%m-%dT%H:%M:%SZ")


def send_v3(
    emu: Emulator,
    job_ids: str | None = "a",
    *,
    secret: str = SECRET,
    key_id: str = KEY_ID,
    nonce: str | None = None,
    skew: float = 0.0,
    tamper: dict[str, str] | None = None,
) -> httpx.Response:
    host = emu.endpoint.removeprefix("http://")
    query = [("JobIds", job_ids)] if job_ids is not None else []
    signed = _signing.sign_rpc_v3(
        method="POST",
        host=host,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=query,
        form=[],
        access_key_id=key_id,
        access_key_secret=secret,
        security_token=None,
        date=_stamp(skew),
        nonce=nonce or uuid.uuid4().hex,
    )
    headers = {**signed.headers, **(tamper or {})}
    url = f"{emu.endpoint}/?{_signing.canonical_query(signed.query)}"
    return httpx.post(url, headers=headers, content=signed.body, timeout=5)


def send_v2(
    emu: Emulator,
    job_ids: str = "a",
    *,
    secret: str = SECRET,
    nonce: str | None = None,
    skew: float = 0.0,
    drop: str | None = None,
) -> httpx.Response:
    signed = _signing.sign_rpc_v2(
        method="POST",
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", job_ids)],
        form=[],
        access_key_id=KEY_ID,
        access_key_secret=secret,
        security_token=None,
        timestamp=_stamp(skew),
        nonce=nonce or uuid.uuid4().hex,
    )
    query = [(k, v) for k, v in signed.query if k != drop]
    return httpx.post(f"{emu.endpoint}/?{_signing.canonical_query(query)}", timeout=5)


def error_of(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert set(body) == {"RequestId", "HostId", "Code", "Message", "Recommend"}
    return response.status_code, body["Code"]


@pytest.mark.parametrize("send", [send_v3, send_v2], ids=["v3", "v2"])
def test_good_signature_gets_first_golden(emu: Emulator, send: Any) -> None:
    response = send(emu, "a b*~+/任务")
    assert response.status_code == 200
    assert response.json()["RequestId"] == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert emu.requests[-1].params == {"job_ids": ["a b*~+/任务"]}


@pytest.mark.parametrize("send", [send_v3, send_v2], ids=["v3", "v2"])
def test_wrong_secret(emu: Emulator, send: Any) -> None:
    response = send(emu, secret="wrong")
    assert error_of(response) == (400, "SignatureDoesNotMatch")
    assert "server string to sign is:" in response.json()["Message"]


def test_v2_string_to_sign_in_message(emu: Emulator) -> None:
    message = send_v2(emu, secret="wrong").json()["Message"]
    assert message.split("server string to sign is:")[1].startswith(
        "POST&%2F&AccessKeyId%3Dtestid"
    )


def test_unknown_key(emu: Emulator) -> None:
    assert error_of(send_v3(emu, key_id="nobody")) == (
        404,
        "InvalidAccessKeyId.NotFound",
    )


@pytest.mark.parametrize(
    "tamper",
    [
        {"Authorization": "ACS3-HMAC-SHA256 Credential=testid"},
        {"Authorization": "Bearer x"},
        {"x-acs-signature-nonce": ""},
    ],
)
def test_malformed_v3_is_incomplete_or_mismatch(
    emu: Emulator, tamper: dict[str, str]
) -> None:
    status, code = error_of(send_v3(emu, tamper=tamper))
    assert status == 400 and code in ("IncompleteSignature", "SignatureDoesNotMatch")


def test_tampered_v3_header_or_body_hash(emu: Emulator) -> None:
    assert (
        error_of(send_v3(emu, tamper={"x-acs-action": "Other"}))[1]
        == "SignatureDoesNotMatch"
    )
    wrong_hash = hashlib.sha256(b"x").hexdigest()
    assert (
        error_of(send_v3(emu, tamper={"x-acs-content-sha256": wrong_hash}))[1]
        == "SignatureDoesNotMatch"
    )


def test_v2_missing_nonce(emu: Emulator) -> None:
    assert error_of(send_v2(emu, drop="SignatureNonce")) == (400, "IncompleteSignature")


def test_unsigned_request(emu: Emulator) -> None:
    assert error_of(httpx.post(f"{emu.endpoint}/?JobIds=a", timeout=5)) == (
        400,
        "IncompleteSignature",
    )


@pytest.mark.parametrize("send", [send_v3, send_v2], ids=["v3", "v2"])
@pytest.mark.parametrize("skew", [-16 * 60, 16 * 60])
def test_stale_timestamp(emu: Emulator, send: Any, skew: float) -> None:
    assert error_of(send(emu, skew=skew)) == (400, "InvalidTimeStamp.Expired")
    assert send(emu, skew=skew / 16 * 14).status_code == 200  # within 15 minutes


@pytest.mark.parametrize("send", [send_v3, send_v2], ids=["v3", "v2"])
def test_reused_nonce(emu: Emulator, send: Any) -> None:
    assert send(emu, nonce="n-1").status_code == 200
    assert error_of(send(emu, nonce="n-1")) == (400, "SignatureNonceUsed")


@pytest.mark.parametrize(
    ("job_ids", "code"),
    [
        (",".join(f"j{i}" for i in range(11)), "InvalidParameter"),
        ("a,,b", "InvalidParameter"),
        (None, "MissingParameter"),
    ],
)
def test_limits(emu: Emulator, job_ids: str | None, code: str) -> None:
    response = send_v3(emu, job_ids)
    assert error_of(response) == (400, code)
    assert "JobIds" in response.json()["Message"]


def test_queued_response_then_golden(emu: Emulator) -> None:
    emu.queue_response("GetAIImageJobs", {"RequestId": "Q", "AIImageJobList": []})
    emu.queue_response(
        "GetAIImageJobs",
        {"RequestId": "E", "Code": "Forbidden.RAM", "Message": "no"},
        status=403,
    )
    assert send_v3(emu).json()["RequestId"] == "Q"
    forbidden = send_v3(emu)
    assert (forbidden.status_code, forbidden.json()["Code"]) == (403, "Forbidden.RAM")
    assert send_v3(emu).json()["RequestId"] == "7721B494-1F78-4E*****E8-A7CEE7315BFA"


def test_handler_sees_the_parsed_request(emu: Emulator) -> None:
    emu.set_handler(
        "GetAIImageJobs", lambda r: (200, {"RequestId": ",".join(r.request.job_ids)})
    )
    assert send_v3(emu, "x,y").json()["RequestId"] == "x,y"
    emu.set_handler("GetAIImageJobs", None)
    assert send_v3(emu).json()["RequestId"] == "7721B494-1F78-4E*****E8-A7CEE7315BFA"


def test_unknown_operation_is_refused() -> None:
    with Emulator() as emu, pytest.raises(ValueError, match="Nope"):
        emu.queue_response("Nope", {})
    with pytest.raises(ValueError, match="unknown fault"):
        Emulator().inject("meteor")


def test_faults_for_the_next_n_calls(emu: Emulator) -> None:
    emu.inject("throttling", count=2)
    emu.inject("server_error", count=1, code="InternalError")
    assert error_of(send_v3(emu)) == (400, "Throttling.User")
    assert error_of(send_v3(emu)) == (400, "Throttling.User")
    assert error_of(send_v3(emu)) == (500, "InternalError")
    assert send_v3(emu).status_code == 200


def test_drop_and_delay(emu: Emulator) -> None:
    emu.inject("drop", count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        send_v3(emu)
    emu.inject("delay", count=1, seconds=0.3)
    started = datetime.now()
    assert send_v3(emu).status_code == 200
    assert (datetime.now() - started).total_seconds() >= 0.3
    assert [r.code for r in emu.requests] == ["<dropped>", None]


def test_requests_are_recorded(emu: Emulator) -> None:
    send_v3(emu, "a,b")
    received = emu.requests[0]
    assert (received.method, received.path, received.operation, received.status) == (
        "POST",
        "/",
        "GetAIImageJobs",
        200,
    )
    assert received.query == {"JobIds": "a,b"}
    assert received.headers["x-acs-action"] == "GetAIImageJobs"


def test_command_line_prints_url_and_serves() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "acs_vod.emulator",
            "--port",
            "0",
            "--credential",
            f"{KEY_ID}:{SECRET}",
        ],
        cwd=VOD_PROJECT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        response = httpx.post(f"{url}/", timeout=5)
        assert response.json()["Code"] == "IncompleteSignature"
    finally:
        process.terminate()
        process.wait(timeout=10)


def raw_exchange(emu: Emulator, head: str, body: bytes = b"") -> bytes:
    """Send bytes over a raw socket and read the answer until the server closes (3 s at most)."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=3) as sock:
        sock.sendall(head.encode("latin-1") + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def raw_error(answer: bytes) -> tuple[int, str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    fields = json.loads(body)
    assert set(fields) == {"RequestId", "HostId", "Code", "Message", "Recommend"}
    return status, fields["Code"]


def test_a_raising_handler_is_answered_500_not_dropped(emu: Emulator) -> None:
    def broken(received: Any) -> Any:
        raise KeyError("boom")

    emu.set_handler("GetAIImageJobs", broken)
    response = send_v3(emu)
    assert error_of(response) == (500, "InternalError")
    assert "KeyError" in response.json()["Message"]
    assert (emu.requests[-1].status, emu.requests[-1].code) == (500, "InternalError")
    emu.set_handler("GetAIImageJobs", lambda r: {"not json": object()})
    assert error_of(send_v3(emu)) == (500, "InternalError")
    emu.set_handler("GetAIImageJobs", None)
    emu.inject("drop", count=1)  # the deliberate fault still drops
    with pytest.raises(httpx.RemoteProtocolError):
        send_v3(emu)
    assert send_v3(emu).status_code == 200


@pytest.mark.parametrize(
    ("length", "status"),
    [("-1", 400), ("abc", 400), ("1_0", 400), (str(10 * 1024 * 1024 + 1), 413)],
)
def test_bad_content_length_is_refused_unread(
    emu: Emulator, length: str, status: int
) -> None:
    head = f"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n"
    answer = raw_exchange(emu, head)
    assert raw_error(answer)[0] == status


def test_stalled_client_is_disconnected(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler_class = emu._server.RequestHandlerClass
    assert 0 < handler_class.timeout <= 60
    monkeypatch.setattr(handler_class, "timeout", 0.3)
    head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n"
    assert raw_exchange(emu, head, b"ab") == b""  # closed without an answer, in time


def test_expired_nonces_are_forgotten(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    import acs_core.testing.emulator as runtime

    assert send_v3(emu, nonce="n-old").status_code == 200
    later = 20 * 60  # the first request's timestamp has expired by then
    monkeypatch.setattr(runtime, "_now", lambda: time.time() + later)
    assert send_v3(emu, nonce="n-new", skew=later).status_code == 200
    assert list(emu.signatures._nonces) == ["n-new"]
    assert error_of(send_v3(emu, nonce="n-new", skew=later)) == (
        400,
        "SignatureNonceUsed",
    )


def test_requests_keep_only_the_latest(emu: Emulator) -> None:
    assert emu.requests == [] and emu.requests.maxlen == 10_000
    emu.requests.maxlen = 3
    for job in "abcde":
        send_v3(emu, job)
    assert [r.query["JobIds"] for r in emu.requests] == ["c", "d", "e"]
    assert emu.requests[0].query["JobIds"] == "c"
    emu.reset()
    assert len(emu.requests) == 0


def test_records_are_read_from_a_snapshot(emu: Emulator) -> None:
    live = emu.records("AIImageJob")

    class Meddling(dict[str, Any]):
        """A record that changes the live list while the emulator reads it."""

        def get(self, key: str, default: Any = None) -> Any:
            live.append({"JobId": "j1", "VideoId": "late"})
            return super().get(key, default)

    live.append(Meddling(JobId="j1", VideoId="v1"))
    response = send_v3(emu, "j1")
    assert response.status_code == 200
    jobs = response.json()["AIImageJobList"]
    assert [job["VideoId"] for job in jobs] == ["v1"]


@pytest.mark.parametrize("failure", [TimeoutError, ConnectionError])
def test_a_handler_raising_a_socket_like_error_still_gets_an_internal_error(
    failure: type[Exception],
) -> None:
    def handler(received: object) -> object:
        raise failure("from the test's handler")

    with Emulator(credentials={"testid": "testsecret"}) as emu:
        emu.set_handler("GetAIImageJobs", handler)
        client = acs_vod.Client(
            region="cn-shanghai",
            access_key_id="testid",
            access_key_secret="testsecret",
            endpoint=emu.endpoint,
            max_retries=0,
        )
        with client, pytest.raises(acs_vod.ServerError) as caught:
            client.get_ai_image_jobs(job_ids=["a"])
    assert (
        caught.value.code == "InternalError"
        and failure.__name__ in caught.value.message
    )
