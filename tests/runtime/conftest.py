"""Fixtures of the runtime tests: the generated VOD emulator, a fake clock for the client's
deadlines and sleeps, and a fake jitter for its backoff, so that what the client decides is
checked exactly, not timed.

`emu` is acs_vod's emulator on loopback, knowing the key `testid` (secret `testsecret`); a
folder or module that needs another key (or a skewed clock) has its own `emu`.

`fake_clock` stands in for the `time` module of acs_core's client and waiter modules (and for
`asyncio` in the async client): `monotonic()` reads a number that only sleeps move forward (and
`advance`, for an attempt that takes time); every sleep is recorded, none is slept.
`jitter` stands in for `random` in acs_core.client.base: `uniform(low, high)` is recorded and
answers `low + fraction * (high - low)` (the ceiling, unless a test sets `fraction`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from acs_core import waiters as _waiters
from acs_core.client import asynchronous as _asynchronous
from acs_core.client import base as _base
from acs_core.client import call as _call
from acs_core.client import sync as _sync
from acs_vod.emulator import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={"testid": "testsecret"}) as emulator:
        yield emulator


class FakeClock:
    """`time` for the client's modules: a monotonic clock moved only by sleeps and `advance`."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        """Time passing inside an attempt (an answer that takes `seconds`)."""
        self.now += seconds

    def __getattr__(self, name: str) -> Any:  # time.time, strftime, ...: the real ones
        return getattr(time, name)


class FakeAsyncio:
    """`asyncio` for the async client: its sleeps go to the fake clock, and return at once."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    async def sleep(self, seconds: float) -> None:
        self.clock.sleep(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    clock = FakeClock()
    for module in (_base, _call, _sync, _waiters):
        monkeypatch.setattr(module, "time", clock)
    monkeypatch.setattr(_asynchronous, "asyncio", FakeAsyncio(clock))
    yield clock


class FakeRandom:
    """`random` for acs_core.client.base: records each `uniform(low, high)` it is asked."""

    def __init__(self) -> None:
        self.fraction = 1.0
        self.asked: list[tuple[float, float]] = []

    def uniform(self, low: float, high: float) -> float:
        self.asked.append((low, high))
        return low + self.fraction * (high - low)


@pytest.fixture
def jitter(monkeypatch: pytest.MonkeyPatch) -> FakeRandom:
    fake = FakeRandom()
    monkeypatch.setattr(_base, "random", fake)
    return fake
