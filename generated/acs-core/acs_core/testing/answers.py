"""How the emulator's checks end a request early: a refusal (an error body) or a dropped line."""

from __future__ import annotations

import ipaddress
import json
from functools import lru_cache
from typing import Any

__all__ = ["Drop", "Refusal", "host_label", "payload", "request_id_of"]


class Refusal(Exception):
    """Answer with the service's error `code`; status and message default to the product's
    error table (then 400 and the code itself)."""

    def __init__(
        self, code: str, message: str | None = None, status: int | None = None
    ) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.status = status


class Drop(Exception):
    """Close the connection without an answer (an injected fault)."""


def payload(answer: Any) -> bytes:
    """An answer's body: bytes as they are, text as UTF-8, anything else as JSON."""
    if isinstance(answer, bytes):
        return answer
    if isinstance(answer, str):
        return answer.encode("utf-8")
    return json.dumps(answer, ensure_ascii=False).encode("utf-8")


@lru_cache(maxsize=1024)  # the same golden bodies answer again and again
def request_id_of(body: bytes) -> str | None:
    """The request ID a JSON answer states, for the `x-acs-request-id` header."""
    if not body.startswith(b"{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    value = next(
        (data[key] for key in ("RequestId", "requestId", "request_id") if key in data),
        None,
    )
    if not isinstance(value, str) or not value.isprintable():
        return None  # a vendor demo's "...****\n" would break the header block
    return value


def host_label(host: str) -> str | None:
    """The value of a host parameter (SLS's project, PDS's domain): the first label of the
    `Host`, when it is a name with more than one label (`my-project.127.0.0.1:8080`,
    `bj1234.api.aliyunpds.com`); None for an IP address or a single label (the emulator's own
    `127.0.0.1:8080`)."""
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        label, dot, _ = name.partition(".")
        return label if dot and label else None
    return None
