"""A client that made its own httpx client sends past `httpx.Client.send` (acs_core.client.direct):
the same bytes on the wire as through `send`, cookies, httpx's log line and proxies kept.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import acs_vod
import httpx
import pytest

BODY = json.dumps({"RequestId": "R", "AIImageJobList": [{"JobId": "a"}]}).encode()
SIGNED_ANEW = {"x-acs-signature-nonce", "x-acs-date", "authorization"}


@dataclass
class Seen:
    """What the loopback server received: request lines and headers, in order."""

    lines: list[str] = field(default_factory=list)
    headers: list[list[tuple[str, str]]] = field(default_factory=list)
    set_cookie: str | None = None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: Seen

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.seen.lines.append(self.requestline)
        self.seen.headers.append([(k.lower(), v) for k, v in self.headers.items()])
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        if self.seen.set_cookie:
            self.send_header("set-cookie", self.seen.set_cookie)
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, Seen]]:
    seen = Seen()
    handler = type("Handler", (_Handler,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def client(endpoint: str, cls: Any = acs_vod.Client, **options: Any) -> Any:
    return cls(
        "cn-shanghai",
        access_key_id="id",
        access_key_secret="secret",
        endpoint=endpoint,
        timeout=5.0,
        **options,
    )


def stable(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headers with the values signed anew each attempt blanked."""
    return [(k, "" if k in SIGNED_ANEW else v) for k, v in headers]


def test_direct_sends_what_send_sends(server: tuple[str, Seen]) -> None:
    endpoint, seen = server
    with client(endpoint) as direct:
        assert direct._direct
        direct.get_ai_image_jobs(job_ids=["a"])
    with httpx.Client() as http, client(endpoint, http_client=http) as through:
        assert not through._direct
        through.get_ai_image_jobs(job_ids=["a"])
    assert seen.lines[0] == seen.lines[1]
    assert stable(seen.headers[0]) == stable(seen.headers[1])


async def test_async_direct_sends_what_send_sends(server: tuple[str, Seen]) -> None:
    endpoint, seen = server
    async with client(endpoint, acs_vod.AsyncClient) as direct:
        assert direct._direct
        response = await direct.get_ai_image_jobs(job_ids=["a"])
    async with httpx.AsyncClient() as http:
        async with client(endpoint, acs_vod.AsyncClient, http_client=http) as through:
            await through.get_ai_image_jobs(job_ids=["a"])
    assert response.ai_image_job_list and response.ai_image_job_list[0].job_id == "a"
    assert stable(seen.headers[0]) == stable(seen.headers[1])


def test_a_cookie_the_answer_sets_is_sent_back(server: tuple[str, Seen]) -> None:
    endpoint, seen = server
    seen.set_cookie = "lb=node-7; Path=/"
    with client(endpoint) as c:
        c.get_ai_image_jobs(job_ids=["a"])
        assert c._http.cookies.get("lb") == "node-7"
        c.get_ai_image_jobs(job_ids=["a"])
    assert ("cookie", "lb=node-7") not in seen.headers[0]
    assert ("cookie", "lb=node-7") in seen.headers[1]


def test_httpx_log_line_is_written(
    server: tuple[str, Seen], caplog: pytest.LogCaptureFixture
) -> None:
    endpoint, _ = server
    with caplog.at_level(logging.INFO, logger="httpx"), client(endpoint) as c:
        c.get_ai_image_jobs(job_ids=["a"])
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(lines) == 1
    assert lines[0].startswith(f"HTTP Request: POST {endpoint}/?")
    assert lines[0].endswith('"HTTP/1.1 200 OK"')


def test_a_proxy_the_environment_names_is_used(
    server: tuple[str, Seen], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, seen = server
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with client("http://vod.example.invalid") as c:
        assert c._direct
        c.get_ai_image_jobs(job_ids=["a"])
    assert seen.lines[0].startswith("POST http://vod.example.invalid/?")


def test_a_closed_client_refuses_as_httpx_does(server: tuple[str, Seen]) -> None:
    endpoint, seen = server
    c = client(endpoint)
    c.close()
    with pytest.raises(RuntimeError, match="closed"):
        c.get_ai_image_jobs(job_ids=["a"])
    assert seen.lines == []
