"""Retries: what is retried (throttling, 5xx, connection failures; writes only when surely not
processed), how many times, each attempt signed afresh, and the backoff between attempts:
exponential, with full jitter, capped, raised by `Retry-After` (sleeps and jitter faked).
"""

from __future__ import annotations

from typing import Any

import acs_vod
import pytest
from acs_core import errors
from acs_core.info import OperationInfo
from acs_vod.emulator import Emulator
from acs_vod.models.get_ai_image_jobs import OPERATION as GET_AI_IMAGE_JOBS
from acs_vod.models.get_ai_image_jobs import GetAIImageJobsRequest


@pytest.mark.parametrize("fault", ["throttling", "server_error", "drop"])
def test_retries_then_succeeds(emu: Emulator, fault: str, helpers: Any) -> None:
    emu.inject(fault, count=2)
    with helpers.make(emu) as client:
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
    emu: Emulator, fault: str, error: type[Exception], helpers: Any
) -> None:
    emu.inject(fault, count=10)
    with helpers.make(emu, max_retries=2) as client, pytest.raises(error):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 3


@pytest.mark.parametrize("fault", ["throttling", "server_error", "drop"])
def test_max_retries_zero_disables(emu: Emulator, fault: str, helpers: Any) -> None:
    emu.inject(fault, count=1)
    with helpers.make(emu, max_retries=0) as client, pytest.raises(errors.Error):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 1


def test_throttling_codes_all_retry(emu: Emulator, helpers: Any) -> None:
    for code in ("Throttling", "Throttling.User", "Throttling.Api"):
        emu.inject("throttling", count=1, code=code)
    with helpers.make(emu) as client:
        assert client.raw.get_ai_image_jobs(job_ids=["a"]).attempts == 4


def test_v2_retries_sign_fresh_nonces(emu: Emulator, helpers: Any) -> None:
    emu.inject("throttling", count=2)
    with helpers.make(emu, signature_version="v2") as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert len({r.query["SignatureNonce"] for r in emu.requests}) == 3


def test_writes_retry_only_when_surely_not_processed(
    emu: Emulator, helpers: Any
) -> None:
    write = OperationInfo(
        "GetAIImageJobs", GET_AI_IMAGE_JOBS.request, GET_AI_IMAGE_JOBS.response
    )  # as if it were a write: neither read-only nor idempotent
    wire = GetAIImageJobsRequest(job_ids=["a"]).to_wire()
    with helpers.make(emu) as client:
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


def test_connection_refused_is_retried_then_network_error(helpers: Any) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = acs_vod.Client(
        "cn-shanghai",
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        endpoint=f"http://127.0.0.1:{port}",
        max_retries=2,
        **helpers.FAST,
    )
    with client, pytest.raises(errors.NetworkError, match="3 attempt"):
        client.get_ai_image_jobs(job_ids=["a"])


async def test_async_retries(emu: Emulator, helpers: Any) -> None:
    emu.inject("drop", count=1)
    emu.inject("throttling", count=1)
    async with helpers.make(emu, acs_vod.AsyncClient) as client:
        raw = await client.raw.get_ai_image_jobs(job_ids=["a"])
    assert raw.attempts == 3
    emu.inject("server_error", count=5)
    async with helpers.make(emu, acs_vod.AsyncClient, max_retries=1) as client:
        with pytest.raises(errors.ServerError):
            await client.get_ai_image_jobs(job_ids=["a"])


# --- the backoff -----------------------------------------------------------------------------


@pytest.mark.parametrize("fraction", [0.0, 0.5, 1.0])
def test_each_delay_is_drawn_from_zero_to_a_ceiling_that_doubles_from_backoff_base(
    fake_clock: Any, jitter: Any, helpers: Any, fraction: float
) -> None:
    jitter.fraction = fraction
    client = helpers.mock_client(
        helpers.answering(503), max_retries=5, backoff_base=0.1, backoff_max=100.0
    )
    with client, pytest.raises(errors.ServerError):
        client.get_ai_image_jobs(job_ids=["a"])
    # After attempt n: full jitter, uniform(0, min(backoff_max, backoff_base * 2 ** (n - 1))).
    ceilings = [0.1, 0.2, 0.4, 0.8, 1.6]
    assert jitter.asked == [(0, ceiling) for ceiling in ceilings]
    assert fake_clock.sleeps == pytest.approx([fraction * c for c in ceilings])


def test_the_ceiling_stops_at_backoff_max(
    fake_clock: Any, jitter: Any, helpers: Any
) -> None:
    client = helpers.mock_client(
        helpers.answering(429), max_retries=6, backoff_base=1.0, backoff_max=5.0
    )
    with client, pytest.raises(errors.ThrottlingError):
        client.get_ai_image_jobs(job_ids=["a"])
    assert [high for _, high in jitter.asked] == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]
    assert fake_clock.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


@pytest.mark.parametrize(
    ("retry_after", "sleeps"),
    [
        ("3", [3.0, 3.0]),  # longer than the jitter: waited for
        ("30", [8.0, 8.0]),  # but never longer than backoff_max
        ("0", [0.5, 1.0]),  # shorter than the jitter: the jitter stands
        ("soon", [0.5, 1.0]),  # not a number of seconds: ignored
    ],
)
def test_retry_after_raises_the_delay_up_to_backoff_max(
    fake_clock: Any, jitter: Any, helpers: Any, retry_after: str, sleeps: list[float]
) -> None:
    client = helpers.mock_client(
        helpers.answering(429, retry_after),
        max_retries=2,
        backoff_base=0.5,
        backoff_max=8.0,
    )
    with client, pytest.raises(errors.ThrottlingError):
        client.get_ai_image_jobs(job_ids=["a"])
    assert fake_clock.sleeps == sleeps


async def test_the_async_client_sleeps_the_same_backoff(
    fake_clock: Any, jitter: Any, helpers: Any
) -> None:
    client = helpers.mock_client(
        helpers.answering(503, "0.3"),
        acs_vod.AsyncClient,
        max_retries=3,
        backoff_base=0.1,
        backoff_max=1.0,
    )
    async with client:
        with pytest.raises(errors.ServerError):
            await client.get_ai_image_jobs(job_ids=["a"])
    assert jitter.asked == [(0, 0.1), (0, 0.2), (0, 0.4)]
    assert fake_clock.sleeps == [
        0.3,
        0.3,
        0.4,
    ]  # Retry-After, until the jitter is longer
