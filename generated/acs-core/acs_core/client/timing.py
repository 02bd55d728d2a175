"""Time in a call: the timeouts of each attempt, and the clock requests are signed with."""

from __future__ import annotations

import email.utils
import math
import time
from datetime import datetime, timezone

import httpx

__all__ = ["CLOCK_CODES", "DEFAULT_TIMEOUT", "Clock", "cap_timeout", "resolve_timeout"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def cap_timeout(timeout: httpx.Timeout, limit: float) -> httpx.Timeout:
    """`timeout` with no phase (connect, read, write, pool) longer than `limit` seconds."""

    if not math.isfinite(limit):
        return timeout

    def cap(value: float | None) -> float:
        return limit if value is None else min(value, limit)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout))


class Clock:
    """The time requests are signed with: ours, plus the offset to the server's clock that a
    rejected timestamp taught us (shared by a client and its `with_options` copies)."""

    __slots__ = ("_second", "offset")

    def __init__(self) -> None:
        self.offset = 0.0
        self._second: tuple[int, str] = (-1, "")  # the last second `iso` wrote, and how

    def now(self) -> float:
        return time.time() + self.offset

    def iso(self) -> str:
        """An ISO 8601 UTC timestamp, as RPC v2 and V3 signatures take it."""
        now = math.floor(self.now())
        second, text = self._second
        if now != second:
            moment = datetime.fromtimestamp(now, timezone.utc)
            text = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            self._second = (now, text)
        return text

    def http_date(self) -> str:
        """An HTTP date (RFC 7231), the `date` header ROA signatures sign."""
        return email.utils.formatdate(self.now(), usegmt=True)

    def learn(self, headers: httpx.Headers) -> bool:
        """Take the offset from a response's `Date` header; False when it has none."""
        try:
            server = email.utils.parsedate_to_datetime(headers.get("date", ""))
        except (TypeError, ValueError):
            return False
        self.offset = server.timestamp() - time.time()
        return True


# The codes a server answers a request signed at a time it does not accept with.
# The gateway's, and SLS's (as OSS's) for a date outside the server's window.
CLOCK_CODES = ("InvalidTimeStamp.Expired", "RequestTimeTooSkewed")
