"""Timeouts and the retry deadline: each attempt's timeouts, capped by what remains of
`max_retry_time`, and no attempt started once it has passed. The deadline is decided on a fake
clock (`fake_clock`) that only the client's sleeps and the simulated answers move."""

from __future__ import annotations

import contextlib
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core import errors
from acs_vod.emulator import Emulator

# --- the deadline ----------------------------------------------------------------------------


def test_total_retry_time_is_bounded(
    emu: Emulator, helpers: Any, fake_clock: Any
) -> None:
    emu.inject("throttling", count=10)
    with (
        helpers.make(
            emu, max_retries=10, backoff_base=5.0, backoff_max=5.0, max_retry_time=0.0
        ) as client,
        pytest.raises(errors.ThrottlingError),
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert len(emu.requests) == 1
    assert fake_clock.sleeps == []


PHASES = ("connect", "read", "write", "pool")


class SlowServer:
    """A transport whose every answer takes `seconds` on the fake clock: an attempt whose read
    timeout is shorter times out when that runs out (the clock moved by it)."""

    def __init__(self, clock: Any, seconds: float) -> None:
        self.starts: list[float] = []  # the fake time each attempt started at
        self.timeouts: list[dict[str, float | None]] = []

        def answer(request: httpx.Request) -> httpx.Response:
            self.starts.append(clock.now)
            timeout = request.extensions["timeout"]
            self.timeouts.append(timeout)
            if timeout["read"] is not None and timeout["read"] < seconds:
                clock.advance(timeout["read"])
                raise httpx.ReadTimeout("timed out", request=request)
            clock.advance(seconds)
            return httpx.Response(200, json={"RequestId": "R", "AIImageJobList": []})

        self.transport = httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("timeout", "max_retry_time", "starts", "sleeps", "capped"),
    [
        # The second attempt gets only what remains of the 0.8 s, and times out at the deadline.
        (0.4, 0.8, [0.0, 0.401], [0.001], [0.4, 0.399]),
        # The first attempt's timeout is capped at max_retry_time: no time is left for another.
        (2.0, 0.3, [0.0], [], [0.3]),
    ],
)
def test_attempts_end_at_the_deadline(
    fake_clock: Any,
    jitter: Any,
    helpers: Any,
    timeout: float,
    max_retry_time: float,
    starts: list[float],
    sleeps: list[float],
    capped: list[float],
) -> None:
    server = SlowServer(fake_clock, seconds=1.0)
    client = helpers.mock_client(
        server.transport,
        timeout=timeout,
        max_retry_time=max_retry_time,
        max_retries=10,
        **helpers.FAST,
    )
    with client, pytest.raises(errors.TimeoutError):
        client.get_ai_image_jobs(job_ids=["a"])
    assert server.starts == pytest.approx(starts)
    assert all(start < max_retry_time for start in server.starts)
    assert fake_clock.sleeps == pytest.approx(sleeps)
    assert server.timeouts == [dict.fromkeys(PHASES, pytest.approx(c)) for c in capped]
    assert fake_clock.now == pytest.approx(max_retry_time)  # it ends at its deadline


async def test_async_attempts_end_at_the_deadline(
    fake_clock: Any, jitter: Any, helpers: Any
) -> None:
    server = SlowServer(fake_clock, seconds=1.0)
    client = helpers.mock_client(
        server.transport,
        acs_vod.AsyncClient,
        timeout=0.4,
        max_retry_time=0.8,
        max_retries=10,
        **helpers.FAST,
    )
    async with client:
        with pytest.raises(errors.TimeoutError):
            await client.get_ai_image_jobs(job_ids=["a"])
    assert server.starts == pytest.approx([0.0, 0.401])
    assert fake_clock.sleeps == pytest.approx([0.001])
    assert server.timeouts == [
        dict.fromkeys(PHASES, pytest.approx(c)) for c in (0.4, 0.399)
    ]
    assert fake_clock.now == pytest.approx(0.8)


def test_no_retry_is_planned_when_its_sleep_would_reach_the_deadline(
    fake_clock: Any, jitter: Any, helpers: Any
) -> None:
    client = helpers.mock_client(
        helpers.answering(503),
        max_retries=10,
        backoff_base=0.4,
        backoff_max=10.0,
        max_retry_time=1.0,
    )
    with client, pytest.raises(errors.ServerError):
        client.raw.get_ai_image_jobs(job_ids=["a"])
    # Slept 0.4 after the first attempt; 0.4 + 0.8 would pass the 1 s: the second is the last.
    assert fake_clock.sleeps == [0.4]
    assert jitter.asked == [(0, 0.4), (0, 0.8)]


def test_attempt_timeouts_are_capped_by_the_time_left(
    fake_clock: Any, jitter: Any, helpers: Any
) -> None:
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
            access_key_id=helpers.KEY_ID,
            access_key_secret=helpers.SECRET,
            transport=httpx.MockTransport(answer),
            max_retry_time=max_retry_time,
            **helpers.FAST,
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
    # What remains after the first attempt (no time on the fake clock) and its sleep.
    assert fake_clock.sleeps[-1] == 0.001
    assert second == dict.fromkeys(default, pytest.approx(2.0 - 0.001))
    # No time for retries: the one attempt keeps its timeouts.
    assert run(0.0) == [default]


@pytest.mark.parametrize("budget", [float("nan"), -1.0])
def test_a_retry_budget_must_be_a_number_of_seconds(
    emu: Emulator, budget: float, helpers: Any
) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_retry_time"):
        helpers.make(emu, max_retry_time=budget)


def test_an_unbounded_retry_budget_keeps_the_timeouts(
    emu: Emulator, helpers: Any
) -> None:
    with helpers.make(
        emu, timeout=httpx.Timeout(None), max_retry_time=float("inf")
    ) as client:
        assert client.get_ai_image_jobs(job_ids=["a"]).request_id


# --- timeouts --------------------------------------------------------------------------------


def test_timeout_per_call(emu: Emulator, helpers: Any) -> None:
    emu.inject("delay", count=1, seconds=1.0)
    with helpers.make(emu, timeout=10.0) as client:
        fast = client.with_options(timeout=0.1, max_retries=0)
        with pytest.raises(errors.TimeoutError) as info:
            fast.get_ai_image_jobs(job_ids=["a"])
        assert isinstance(info.value, TimeoutError)
        assert client.timeout.read == 10.0  # the original keeps its settings
        assert client.get_ai_image_jobs(
            job_ids=["a"]
        ).request_id  # and its open connection pool


async def test_async_timeout_per_client(emu: Emulator, helpers: Any) -> None:
    emu.inject("delay", count=1, seconds=1.0)
    async with helpers.make(
        emu, acs_vod.AsyncClient, timeout=httpx.Timeout(0.1), max_retries=0
    ) as client:
        with pytest.raises(errors.TimeoutError):
            await client.get_ai_image_jobs(job_ids=["a"])


def test_default_timeouts(helpers: Any) -> None:
    client = acs_vod.Client(
        "cn-shanghai", access_key_id=helpers.KEY_ID, access_key_secret=helpers.SECRET
    )
    assert (client.timeout.connect, client.timeout.read) == (5.0, 30.0)
