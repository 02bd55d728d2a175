"""What the emulator received: one record per request, the latest ones kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .faults import Fault

__all__ = ["MAX_RECORDED_REQUESTS", "ReceivedRequest", "RequestLog"]

MAX_RECORDED_REQUESTS = 10_000  # `Emulator.requests` keeps only the latest ones


@dataclass
class ReceivedRequest:
    """One request as the emulator saw it, and what it answered.

    An OSS request has `product="oss"`, its operation (`PutObject`, ...) and its signature
    (`oss-v4`, `oss-v1`, `oss-v4-query`, `oss-v1-query` or `anonymous`); `params` holds its
    bucket and key. Object data is streamed into the store, not recorded: `body` is empty for
    PutObject and UploadPart, whose `params["size"]` says how many bytes came.

    `target` is the request target exactly as sent (path and query, still encoded);
    `request_id` the ID the answer carried (None when it stated none); `fault` the injected
    fault the request met, if any (`faults.Fault`: its `kind` and `options`).
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    operation: str | None = None
    product: str | None = None  # the package that answered it ("oss" for OSS)
    signature_version: str | None = None
    params: dict[str, Any] | None = None  # the request model's fields, when they passed
    request: Any = None  # the request model instance
    status: int = 0
    code: str | None = None  # the error code answered, if any
    target: str = ""
    request_id: str | None = None
    fault: Fault | None = None


class RequestLog(list[ReceivedRequest]):
    """The requests received, oldest first: a list that keeps only the latest `maxlen`."""

    def __init__(self, maxlen: int = MAX_RECORDED_REQUESTS) -> None:
        super().__init__()
        self.maxlen = maxlen

    def append(self, received: ReceivedRequest) -> None:
        super().append(received)
        if len(self) > self.maxlen:
            del self[: len(self) - self.maxlen]
