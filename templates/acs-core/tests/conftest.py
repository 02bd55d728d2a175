"""The OSS tests' loopback stand-in (`oss_fake.FakeOSS`), importable from the test modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from oss_fake import FakeOSS  # noqa: E402


@pytest.fixture
def oss() -> Iterator[FakeOSS]:
    """An OSS stand-in that checks signatures made with key `id` and secret `secret`."""
    with FakeOSS(credentials={"id": "secret"}) as server:
        yield server
    assert not server.errors, server.errors
