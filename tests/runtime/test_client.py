"""The generated clients, sync and async, over real loopback HTTP against the generated emulator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
import traceback
from collections.abc import Iterator
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core import errors
from acs_core.credentials import Secret
from acs_core.info import OperationInfo
from acs_core.testing.products import load_product
from acs_vod._service import SERVICE
from acs_vod.emulator import Emulator
from acs_vod.models.get_ai_image_jobs import OPERATION as GET_AI_IMAGE_JOBS
from acs_vod.models.get_ai_image_jobs import GetAIImageJobsRequest

ERRORS = load_product("acs_vod").errors
KEY_ID = "testid"
SECRET = "s3cr3t-Value-never-shown"
TOKEN = "sts-token-never-shown"
FAST = {"backoff_base": 0.001, "backoff_max": 0.005}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={KEY_ID: SECRET}) as emulator:
        yield emulator


def make(emu: Emulator, cls: Any = acs_vod.Client, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "endpoint": emu.endpoint,
        "timeout": 5.0,
        **FAST,
    }
    settings.update(options)
    return cls(settings.pop("region", "cn-shanghai"), **settings)


def jobs_handler(received: Any) -> dict[str, Any]:
    ids = received.params["job_ids"]
    return {
        "RequestId": "R",
        "AIImageJobList": [{"JobId": i, "Status": "success"} for i in ids],
    }


# --- success ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_sync_success(emu: Emulator, version: str) -> None:
    with make(emu, signature_version=version) as client:
        response = client.get_ai_image_jobs(job_ids=["job 1*~+/任务", "b"])
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert response.ai_image_job_list and response.ai_image_job_list[0].job_id
    assert emu.requests[-1].params == {"job_ids": ["job 1*~+/任务", "b"]}
    assert emu.requests[-1].signature_version == version


@pytest.mark.parametrize("version", ["v3", "v2"])
async def test_async_success(emu: Emulator, version: str) -> None:
    async with make(emu, acs_vod.AsyncClient, signature_version=version) as client:
        response = await client.get_ai_image_jobs(job_ids=["a"])
        raw = await client.raw.get_ai_image_jobs(job_ids=["b"])
    assert (
        response.request_id == raw.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    )
    assert raw.status == 200


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_security_token_is_sent(emu: Emulator, version: str) -> None:
    with make(emu, signature_version=version, security_token=TOKEN) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    received = emu.requests[-1]
    assert TOKEN in (
        received.headers.get("x-acs-security-token"),
        received.query.get("SecurityToken"),
    )


def test_raw_response(emu: Emulator) -> None:
    with make(emu) as client:
        raw = client.raw.get_ai_image_jobs(job_ids=["a"])
    assert raw.status == 200
    assert raw.headers["x-acs-request-id"] == raw.request_id
    assert raw.json()["RequestId"] == raw.request_id
    assert raw.parsed.request_id == raw.request_id
    assert raw.attempts == 1
    assert b"AIImageJobList" in raw.body


# --- limits, regions, credentials: nothing is sent --------------------------------------------


@pytest.mark.parametrize(
    ("job_ids", "where"),
    [
        ([f"j{i}" for i in range(11)], "job_ids"),
        (["ok", ""], "job_ids[1]"),
        (["a,b"], "job_ids[0]"),
        ([], "job_ids"),
    ],
)
def test_limits_fail_before_sending(
    emu: Emulator, job_ids: list[str], where: str
) -> None:
    with make(emu) as client, pytest.raises(acs_vod.RequestValidationError) as info:
        client.get_ai_image_jobs(job_ids=job_ids)
    assert info.value.argument == where
    assert "job_ids" in str(info.value)
    assert emu.requests == []


def test_region_without_the_operation_fails_before_sending(emu: Emulator) -> None:
    with (
        make(emu, region="cn-hangzhou") as client,
        pytest.raises(acs_vod.ConfigurationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert "cn-beijing, cn-shanghai" in str(info.value)
    assert "cn-hangzhou" in str(info.value)
    assert emu.requests == []


def test_unknown_region_without_endpoint() -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="known regions"):
        acs_vod.Client("mars-1", access_key_id=KEY_ID, access_key_secret=SECRET)


def test_default_endpoint_is_https_region_host() -> None:
    client = acs_vod.Client(
        "cn-beijing", access_key_id=KEY_ID, access_key_secret=SECRET
    )
    assert client.endpoint == "https://vod.cn-beijing.aliyuncs.com"
    assert acs_vod.Client(
        "cn-beijing", access_key_id="a", access_key_secret="b", endpoint="h.example"
    ).endpoint == ("https://h.example")


def test_missing_credentials(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    # The default chain looks when the first request is signed, not in the constructor.
    with make(emu, access_key_id=None, access_key_secret=None) as client:
        with pytest.raises(
            acs_vod.ConfigurationError, match="ALIBABA_CLOUD_ACCESS_KEY_ID"
        ):
            client.get_ai_image_jobs(job_ids=["a"])
    assert emu.requests == []
    with pytest.raises(acs_vod.ConfigurationError, match="secret"):
        acs_vod.Client("cn-shanghai", access_key_id=KEY_ID)


def test_credentials_from_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
    with acs_vod.Client("cn-shanghai", endpoint=emu.endpoint) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert emu.requests[-1].headers["x-acs-security-token"] == TOKEN


# --- errors by kind --------------------------------------------------------------------------

EXPECTED = {
    "validation": errors.InvalidRequestError,
    "throttling": errors.ThrottlingError,
    "authentication": errors.AuthenticationError,
    "permission": errors.PermissionDeniedError,
    "not_found": errors.NotFoundError,
    "conflict": errors.ConflictError,
    "server": errors.ServerError,
}


@pytest.mark.parametrize("code", sorted(SERVICE.error_kinds))
def test_every_error_code_has_its_type(emu: Emulator, code: str) -> None:
    status = ERRORS[code][0]
    body = {
        "RequestId": "RID",
        "HostId": "h",
        "Code": code,
        "Message": "m",
        "Recommend": "r",
    }
    emu.queue_response("GetAIImageJobs", body, status=status)
    if code == "InvalidTimeStamp.Expired":  # signed again once at the server's time
        emu.queue_response("GetAIImageJobs", body, status=status)
    with make(emu, max_retries=0) as client, pytest.raises(errors.APIError) as info:
        client.get_ai_image_jobs(job_ids=["a"])
    error = info.value
    assert isinstance(error, EXPECTED[SERVICE.error_kinds[code]])
    assert (
        error.status,
        error.code,
        error.message,
        error.request_id,
        error.host_id,
        error.recommend,
    ) == (
        status,
        code,
        "m",
        "RID",
        "h",
        "r",
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.InvalidRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.ThrottlingError),
        (502, errors.ServerError),
    ],
)
def test_unknown_code_is_typed_by_status(
    emu: Emulator, status: int, expected: type[Exception]
) -> None:
    emu.queue_response(
        "GetAIImageJobs",
        {"RequestId": "R", "Code": "Brand.New", "Message": "?"},
        status=status,
    )
    with make(emu, max_retries=0) as client, pytest.raises(expected):
        client.get_ai_image_jobs(job_ids=["a"])


@pytest.mark.parametrize("status", [200, 502])
def test_proxy_html_is_a_decode_error(emu: Emulator, status: int) -> None:
    emu.queue_response("GetAIImageJobs", "<html>Bad gateway</html>", status=status)
    with (
        make(emu, max_retries=0) as client,
        pytest.raises(errors.ResponseDecodeError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert info.value.status == status
    assert info.value.body.startswith(b"<html>")


def test_server_validation_errors_are_typed(emu: Emulator) -> None:
    # The emulator enforces the limits too: send past the client-side check.
    wire = GetAIImageJobsRequest(job_ids=["a"]).to_wire()
    wire.query[:] = [("JobIds", ",".join(f"j{i}" for i in range(11)))]
    with make(emu) as client, pytest.raises(errors.InvalidRequestError) as info:
        client._send(GET_AI_IMAGE_JOBS, wire, dict)
    assert info.value.code == "InvalidParameter" and "JobIds" in info.value.message
    wire.query[:] = []
    with make(emu) as client, pytest.raises(errors.InvalidRequestError) as info:
        client._send(GET_AI_IMAGE_JOBS, wire, dict)
    assert info.value.code == "MissingParameter"


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_signature_mismatch_shows_both_strings_to_sign(
    emu: Emulator, version: str
) -> None:
    with (
        make(emu, access_key_secret="wrong", signature_version=version) as client,
        pytest.raises(errors.SignatureMismatchError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    error = info.value
    assert (
        error.server_string_to_sign
        and error.server_string_to_sign == error.client_string_to_sign
    )
    assert "server string-to-sign" in str(error) and "client string-to-sign" in str(
        error
    )
    assert len(emu.requests) == 1  # authentication errors are not retried


def test_unknown_access_key(emu: Emulator) -> None:
    with (
        make(emu, access_key_id="nobody") as client,
        pytest.raises(errors.AuthenticationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert info.value.code == "InvalidAccessKeyId.NotFound" and info.value.status == 404


# --- retries ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["throttling", "server_error", "drop"])
def test_retries_then_succeeds(emu: Emulator, fault: str) -> None:
    emu.inject(fault, count=2)
    with make(emu) as client:
        raw = client.raw.get_ai_image_jobs(job_ids=["a"])
    assert raw.attempts == 3 and len(emu.requests) == 3
    nonces = {r.headers["x-acs-signature-nonce"] for r in emu.requests}
    assert len(nonces) == 3  # a fresh nonce, and signature, for every attempt


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("throttling", errors.ThrottlingError),
        ("server_error", errors.ServerError),
        ("drop", errors.NetworkError),
    ],
)
def test_max_retries_bounds_attempts(
    emu: Emulator, fault: str, error: type[Exception]
) -> None:
    emu.inject(fault, count=10)
    with make(emu, max_retries=2) as client, pytest.raises(error):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 3


@pytest.mark.parametrize("fault", ["throttling", "server_error", "drop"])
def test_max_retries_zero_disables(emu: Emulator, fault: str) -> None:
    emu.inject(fault, count=1)
    with make(emu, max_retries=0) as client, pytest.raises(errors.Error):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 1


def test_throttling_codes_all_retry(emu: Emulator) -> None:
    for code in ("Throttling", "Throttling.User", "Throttling.Api"):
        emu.inject("throttling", count=1, code=code)
    with make(emu) as client:
        assert client.raw.get_ai_image_jobs(job_ids=["a"]).attempts == 4


def test_v2_retries_sign_fresh_nonces(emu: Emulator) -> None:
    emu.inject("throttling", count=2)
    with make(emu, signature_version="v2") as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert len({r.query["SignatureNonce"] for r in emu.requests}) == 3


def test_total_retry_time_is_bounded(emu: Emulator) -> None:
    emu.inject("throttling", count=10)
    with (
        make(
            emu, max_retries=10, backoff_base=5.0, backoff_max=5.0, max_retry_time=0.0
        ) as client,
        pytest.raises(errors.ThrottlingError),
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 1


@pytest.mark.parametrize(
    ("timeout", "max_retry_time", "attempts"),
    [
        (0.4, 0.8, 2),  # the second attempt gets only what remains of the 0.8 s
        (2.0, 0.3, 1),  # the first attempt's timeout is capped at max_retry_time
    ],
)
def test_attempts_end_at_the_deadline(
    emu: Emulator, timeout: float, max_retry_time: float, attempts: int
) -> None:
    emu.inject("delay", count=20, seconds=1.0)
    client = make(emu, timeout=timeout, max_retry_time=max_retry_time, max_retries=10)
    started = time.monotonic()
    with client, pytest.raises(errors.TimeoutError):
        client.get_ai_image_jobs(job_ids=["a"])
    # Bounds, not exact counts: a loaded machine may fit fewer attempts in the budget.
    assert time.monotonic() - started < max_retry_time + 0.5
    assert 1 <= len(emu.requests) <= attempts


async def test_async_attempts_end_at_the_deadline(emu: Emulator) -> None:
    emu.inject("delay", count=20, seconds=1.0)
    client = make(
        emu, acs_vod.AsyncClient, timeout=0.4, max_retry_time=0.8, max_retries=10
    )
    started = time.monotonic()
    async with client:
        with pytest.raises(errors.TimeoutError):
            await client.get_ai_image_jobs(job_ids=["a"])
    assert time.monotonic() - started < 1.3
    assert 1 <= len(emu.requests) <= 2


def test_attempt_timeouts_are_capped_by_the_time_left() -> None:
    timeouts: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        if len(timeouts) == 1:
            return httpx.Response(429, json={"RequestId": "R", "Code": "Throttling"})
        return httpx.Response(200, json={"RequestId": "R", "AIImageJobList": []})

    def run(max_retry_time: float) -> list[dict[str, float | None]]:
        timeouts.clear()
        client = acs_vod.Client(
            "cn-beijing",
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            transport=httpx.MockTransport(answer),
            max_retry_time=max_retry_time,
            **FAST,
        )
        with client, contextlib.suppress(errors.ThrottlingError):
            client.get_ai_image_jobs(job_ids=["a"])
        return list(timeouts)

    default = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    first, second = run(60.0)
    assert first == default  # a large budget leaves the first attempt's timeouts alone
    assert second == default
    first, second = run(2.0)
    assert first == dict.fromkeys(default, 2.0)
    assert all(1.9 < (value or 0) < 2.0 for value in second.values())
    # No time for retries: the one attempt keeps its timeouts.
    assert run(0.0) == [default]


def test_writes_retry_only_when_surely_not_processed(emu: Emulator) -> None:
    write = OperationInfo(
        "GetAIImageJobs", GET_AI_IMAGE_JOBS.request, GET_AI_IMAGE_JOBS.response
    )  # as if it were a write: neither read-only nor idempotent
    wire = GetAIImageJobsRequest(job_ids=["a"]).to_wire()
    with make(emu) as client:
        emu.inject("drop", count=1)  # the request went out: maybe processed
        with pytest.raises(errors.NetworkError):
            client._send(write, wire, dict)
        assert len(emu.requests) == 1
        emu.inject("server_error", count=1)
        with pytest.raises(errors.ServerError):
            client._send(write, wire, dict)
        assert len(emu.requests) == 2
        emu.inject("throttling", count=1)  # throttled: surely not processed
        assert client._send(write, wire, dict).attempts == 2


def test_connection_refused_is_retried_then_network_error() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = acs_vod.Client(
        "cn-shanghai",
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint=f"http://127.0.0.1:{port}",
        max_retries=2,
        **FAST,
    )
    with client, pytest.raises(errors.NetworkError, match="3 attempt"):
        client.get_ai_image_jobs(job_ids=["a"])


async def test_async_retries(emu: Emulator) -> None:
    emu.inject("drop", count=1)
    emu.inject("throttling", count=1)
    async with make(emu, acs_vod.AsyncClient) as client:
        raw = await client.raw.get_ai_image_jobs(job_ids=["a"])
    assert raw.attempts == 3
    emu.inject("server_error", count=5)
    async with make(emu, acs_vod.AsyncClient, max_retries=1) as client:
        with pytest.raises(errors.ServerError):
            await client.get_ai_image_jobs(job_ids=["a"])


# --- timeouts --------------------------------------------------------------------------------


def test_timeout_per_call(emu: Emulator) -> None:
    emu.inject("delay", count=1, seconds=1.0)
    with make(emu, timeout=10.0) as client:
        fast = client.with_options(timeout=0.1, max_retries=0)
        with pytest.raises(errors.TimeoutError) as info:
            fast.get_ai_image_jobs(job_ids=["a"])
        assert isinstance(info.value, TimeoutError)
        assert client.timeout.read == 10.0  # the original keeps its settings
        assert client.get_ai_image_jobs(
            job_ids=["a"]
        ).request_id  # and its open connection pool


async def test_async_timeout_per_client(emu: Emulator) -> None:
    emu.inject("delay", count=1, seconds=1.0)
    async with make(
        emu, acs_vod.AsyncClient, timeout=httpx.Timeout(0.1), max_retries=0
    ) as client:
        with pytest.raises(errors.TimeoutError):
            await client.get_ai_image_jobs(job_ids=["a"])


def test_default_timeouts() -> None:
    client = acs_vod.Client(
        "cn-shanghai", access_key_id=KEY_ID, access_key_secret=SECRET
    )
    assert (client.timeout.connect, client.timeout.read) == (5.0, 30.0)


# --- secrets ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_secret_never_shown(
    emu: Emulator, caplog: pytest.LogCaptureFixture, version: str
) -> None:
    caplog.set_level(
        logging.INFO
    )  # httpx logs each request's URL (v2: signed query) at INFO
    emu.inject("throttling", count=1)
    client = make(
        emu,
        access_key_secret=SECRET,
        security_token=TOKEN,
        max_retries=1,
        signature_version=version,
    )
    texts = [
        repr(client),
        str(client),
        repr(client._provider),
        repr(client._provider.get_credentials()),
        str(vars(client)),
    ]
    with client:
        client.get_ai_image_jobs(job_ids=["a"])
        emu.inject("server_error", count=5)
        with pytest.raises(errors.ServerError) as info:
            client.get_ai_image_jobs(job_ids=["a"])
    emu.reset()
    bad = make(
        emu,
        access_key_secret=SECRET + "x",
        security_token=TOKEN,
        max_retries=0,
        signature_version=version,
    )
    with bad, pytest.raises(errors.SignatureMismatchError) as mismatch:
        bad.get_ai_image_jobs(job_ids=["a"])
    emu.inject("drop", count=5)
    cut = make(
        emu,
        access_key_secret=SECRET,
        security_token=TOKEN,
        max_retries=1,
        signature_version=version,
    )
    with cut, pytest.raises(errors.NetworkError) as dropped:
        cut.get_ai_image_jobs(job_ids=["a"])
    for error in (info.value, mismatch.value, dropped.value):
        texts += [str(error), repr(error)]
        texts.append(
            "".join(
                traceback.TracebackException.from_exception(
                    error, capture_locals=True
                ).format()
            )
        )
    texts.append(caplog.text)
    texts += [record.getMessage() for record in caplog.records]
    assert "retrying" in caplog.text and "HTTP Request: POST" in caplog.text
    if version == "v2":
        assert "SecurityToken=<redacted>" in caplog.text
        assert "Signature=<redacted>" in caplog.text
        assert "SignatureMethod=HMAC-SHA1" in caplog.text  # only the secret values go
    for text in texts:
        assert SECRET not in text
        assert TOKEN not in text


def test_log_redaction_leaves_other_records_alone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    log = logging.getLogger("httpx")
    log.info("plain %s and %d%%", "text", 5)
    log.info("%s", {"not": "a string"})
    log.info("GET http://h/?A=1&AccessKeySecret=%s&x-acs-security-token=%s", "k", "t")
    assert [r.getMessage() for r in caplog.records] == [
        "plain text and 5%",
        "{'not': 'a string'}",
        "GET http://h/?A=1&AccessKeySecret=<redacted>&x-acs-security-token=<redacted>",
    ]
    assert caplog.records[0].args == ("text", 5)  # untouched when nothing was masked


# --- batches ---------------------------------------------------------------------------------


def test_batch_iterates_in_chunks_in_order(emu: Emulator) -> None:
    emu.set_handler("GetAIImageJobs", jobs_handler)
    ids = [f"job-{i:02}" for i in range(25)]
    with make(emu) as client:
        jobs = list(client.iter_ai_image_jobs(iter(ids)))
    assert [job.job_id for job in jobs] == ids
    assert [len(r.params["job_ids"]) for r in emu.requests] == [10, 10, 5]


async def test_async_batch(emu: Emulator) -> None:
    emu.set_handler("GetAIImageJobs", jobs_handler)
    ids = [f"job-{i:02}" for i in range(25)]
    async with make(emu, acs_vod.AsyncClient) as client:
        jobs = [job async for job in client.iter_ai_image_jobs(ids)]
    assert [job.job_id for job in jobs] == ids
    assert len(emu.requests) == 3


def test_batch_of_nothing_sends_nothing(emu: Emulator) -> None:
    with make(emu) as client:
        assert list(client.iter_ai_image_jobs([])) == []
    assert emu.requests == []


# --- bring your own httpx client or transport --------------------------------------------------


def test_caller_http_client_is_used_and_left_open(emu: Emulator) -> None:
    seen: list[str] = []
    http = httpx.Client(
        event_hooks={"request": [lambda request: seen.append(request.url.host)]}
    )
    with make(emu, http_client=http) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert seen == ["127.0.0.1"]
    assert not http.is_closed
    http.close()


def test_mock_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if len(requests) == 1:
            return httpx.Response(
                503,
                json={
                    "RequestId": "R0",
                    "Code": "ServiceUnavailable",
                    "Message": "busy",
                },
            )
        return httpx.Response(200, json={"RequestId": "R1", "AIImageJobList": []})

    client = acs_vod.Client(
        "cn-beijing",
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        transport=httpx.MockTransport(answer),
        **FAST,
    )
    with client:
        response = client.get_ai_image_jobs(job_ids=["a b"])
    assert response.request_id == "R1"
    assert str(requests[0].url) == "https://vod.cn-beijing.aliyuncs.com/?JobIds=a%20b"
    assert requests[0].headers["host"] == "vod.cn-beijing.aliyuncs.com"
    assert (
        requests[0]
        .headers["authorization"]
        .startswith("ACS3-HMAC-SHA256 Credential=testid,")
    )


async def test_async_mock_transport_and_caller_client() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"RequestId": "R", "AIImageJobList": []})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        client = acs_vod.AsyncClient(
            "cn-beijing",
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            http_client=http,
        )
        async with client:
            assert (await client.get_ai_image_jobs(job_ids=["a"])).request_id == "R"
        assert not http.is_closed


def test_wrong_kind_of_http_client() -> None:
    with pytest.raises(acs_vod.ConfigurationError):
        acs_vod.Client("cn-beijing", access_key_id="a", access_key_secret="b", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_concurrent_async_calls(emu: Emulator) -> None:
    async def run() -> list[Any]:
        async with make(emu, acs_vod.AsyncClient) as client:
            return list(
                await asyncio.gather(
                    *(client.get_ai_image_jobs(job_ids=[f"j{i}"]) for i in range(8))
                )
            )

    assert len(asyncio.run(run())) == 8
    assert len(emu.requests) == 8


def test_secret_holder() -> None:
    secret = Secret("abc")
    assert (
        "abc" not in repr(secret)
        and "abc" not in str(secret)
        and "abc" not in f"{secret}"
    )
    assert secret.reveal() == "abc"


@pytest.mark.parametrize("budget", [float("nan"), -1.0])
def test_a_retry_budget_must_be_a_number_of_seconds(
    emu: Emulator, budget: float
) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_retry_time"):
        make(emu, max_retry_time=budget)


def test_an_unbounded_retry_budget_keeps_the_timeouts(emu: Emulator) -> None:
    with make(emu, timeout=httpx.Timeout(None), max_retry_time=float("inf")) as client:
        assert client.get_ai_image_jobs(job_ids=["a"]).request_id
