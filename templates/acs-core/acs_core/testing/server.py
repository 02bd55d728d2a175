"""The HTTP plumbing of every test server here (the emulator and the fake cloud services).

`ThreadedServer` serves from a daemon thread between `start()` and `stop()`, or as a context
manager. `Handler` reads one request and sends each answer in a single write on a socket with
`TCP_NODELAY`: headers and body in two writes would wait ~40 ms for a delayed ACK on loopback
(Nagle's algorithm), which is what a test suite of many calls would feel.

Bodies too large to hold (OSS objects) are read in pieces through `Handler.body_reader()`
(a Content-Length or the chunked transfer coding) and answered in pieces by
`Handler.send_stream()`; the gateway's bodies are read whole by `Handler.read_body()`.
"""

from __future__ import annotations

import email.utils
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import unquote_plus

__all__ = [
    "MAX_BODY_BYTES",
    "REQUEST_TIMEOUT",
    "BadRequestBody",
    "BodyReader",
    "ClientGone",
    "Handler",
    "Reply",
    "Server",
    "ThreadedServer",
    "header_pairs",
    "parse_fields",
]

MAX_BODY_BYTES = 10 * 1024 * 1024  # larger request bodies are refused with 413, unread
_MAX_LINE = 65536  # bytes of one header line
_MAX_HEADERS = 100
REQUEST_TIMEOUT = 30.0  # seconds a client may stall before its connection is closed
_PIECE = 1024 * 1024  # bytes read or written at a time when a body is streamed


def parse_fields(text: str) -> dict[str, str]:
    """Decode `a=b&c=d` as form encoding: `+` is a space (the official SDKs send space so)."""
    fields: dict[str, str] = {}
    for part in text.split("&"):
        if part:
            name, _, value = part.partition("=")
            fields[unquote_plus(name)] = unquote_plus(value)
    return fields


@dataclass(frozen=True)
class Reply:
    """One answer: status, headers (besides Date, Content-Length and Connection) and body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


class ClientGone(Exception):
    """The client stalled or closed the connection while sending its request."""


class BadRequestBody(Exception):
    """A Content-Length that is not a number, or above `MAX_BODY_BYTES` (then `too_large`)."""

    def __init__(self, declared: str, *, too_large: bool) -> None:
        super().__init__(declared)
        self.declared = declared
        self.too_large = too_large


class BodyReader:
    """A request body read in pieces (at most `limit` bytes in all): `read()` until it
    answers b"", or `drain()` what is left so that the connection can serve the next request.

    Reads `length` bytes, or the chunked transfer coding when `length` is None. A client that
    stalls or goes away raises `ClientGone`; a chunked body above `limit` raises
    `BadRequestBody` (too large) and leaves the connection unusable.
    """

    def __init__(self, rfile: Any, length: int | None, limit: int) -> None:
        self._rfile = rfile
        self._left = length  # bytes left of a sized body, or of the current chunk
        self._chunked = length is None
        self._done = length == 0
        self.limit = limit
        self.received = 0  # bytes of body read so far

    @property
    def done(self) -> bool:
        return self._done

    def read(self, size: int = _PIECE) -> bytes:
        """Up to `size` bytes of the body; b"" at its end."""
        if self._done:
            return b""
        if self._chunked and not self._left:
            self._left = self._next_chunk()
            if not self._left:
                self._done = True
                return b""
        assert self._left is not None
        piece = self._readexactly(min(size, self._left))
        self._left -= len(piece)
        self.received += len(piece)
        if self._chunked:
            if not self._left:
                self._readexactly(2)  # the CRLF after a chunk's data
        elif not self._left:
            self._done = True
        return piece

    def read_all(self) -> bytes:
        """The whole (small) body."""
        return b"".join(iter(self.read, b""))

    def drain(self) -> None:
        """Read and forget the rest of the body."""
        while self.read():
            pass

    def _next_chunk(self) -> int:
        line = self._readline()
        digits = line.split(b";", 1)[0].strip()
        try:
            size = int(digits, 16)
        except ValueError:
            raise BadRequestBody(str(digits, "latin-1"), too_large=False) from None
        if size < 0 or self.received + size > self.limit:
            raise BadRequestBody(str(self.received + size), too_large=size >= 0)
        if size == 0:
            while self._readline() not in (b"\r\n", b"\n", b""):
                pass  # trailer fields, ignored
        return size

    def _readline(self) -> bytes:
        try:
            line: bytes = self._rfile.readline(_MAX_LINE + 1)
        except (TimeoutError, ConnectionError) as exc:
            raise ClientGone from exc
        if not line:
            raise ClientGone
        return line

    def _readexactly(self, size: int) -> bytes:
        try:
            data: bytes = self._rfile.read(size)
        except (TimeoutError, ConnectionError) as exc:
            raise ClientGone from exc
        if len(data) < size:
            raise ClientGone  # the client closed the connection mid-body
        return data


class Server(ThreadingHTTPServer):
    """A threaded HTTP server whose handler threads never keep the process alive."""

    daemon_threads = True
    block_on_close = False
    # Many clients connecting at once (an async test at concurrency 100) must not overflow the
    # accept queue: a dropped SYN is retried only after a second.
    request_queue_size = 1024

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout, dropped connection) is normal here; report the rest.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    """Reads requests on a kept-alive connection; subclasses answer them in `serve()`.

    The header block is read into `fields` (names lowercased, repeats joined with ", ") by a
    plain line parser: the standard library's goes through the email package, which costs more
    than everything else a test server does with a request.
    """

    protocol_version = "HTTP/1.1"
    timeout = REQUEST_TIMEOUT
    fields: dict[str, str]
    raw_requestline: bytes  # set by the base class before `parse_request`

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def parse_request(self) -> bool:
        """The request line and the header block; False (having answered) when malformed."""
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split(" ")
        if len(words) != 3 or not words[2].startswith("HTTP/1."):
            self.send_error(HTTPStatus.BAD_REQUEST, f"Bad request line {line!r}")
            return False
        self.command, self.path, self.request_version = words
        if self.path.startswith(("http://", "https://")):
            # Absolute form, as clients send to a proxy (the official SLS and PDS SDKs are
            # pointed at the emulator so: the hosts they build hold the project or domain).
            rest = self.path.partition("://")[2]
            self.path = "/" + rest.partition("/")[2]
        fields: dict[str, str] = {}
        for _ in range(_MAX_HEADERS):
            raw = self.rfile.readline(_MAX_LINE + 1)
            if len(raw) > _MAX_LINE:
                self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                return False
            if raw in (b"\r\n", b"\n", b""):
                break
            name, colon, value = str(raw, "iso-8859-1").partition(":")
            if not colon or not name or name != name.strip():
                self.send_error(HTTPStatus.BAD_REQUEST, f"Bad header line {raw!r}")
                return False
            key, value = name.lower(), value.strip()
            fields[key] = f"{fields[key]}, {value}" if key in fields else value
        else:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            return False
        self.fields = fields
        connection = fields.get("connection", "").lower()
        self.close_connection = connection == "close" or (
            self.request_version == "HTTP/1.0" and connection != "keep-alive"
        )
        if fields.get("expect", "").lower() == "100-continue":
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        return True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests read what the server recorded

    def clock(self) -> float:
        """The time the `Date` header states (the emulator's may run off the real one)."""
        return time.time()

    def serve(self) -> None:
        """Read the request and answer it (every HTTP method the same way)."""
        raise NotImplementedError

    def do_GET(self) -> None:
        self.serve()

    def do_HEAD(self) -> None:
        self.serve()

    def do_POST(self) -> None:
        self.serve()

    def do_PUT(self) -> None:
        self.serve()

    def do_DELETE(self) -> None:
        self.serve()

    def do_PATCH(self) -> None:
        self.serve()

    def do_OPTIONS(self) -> None:  # OSS's OptionObject (a CORS preflight)
        self.serve()

    def read_body(self) -> bytes:
        """The request body; a bad or too large Content-Length raises `BadRequestBody` unread."""
        raw = self.fields.get("content-length")
        if raw is None or not raw.strip():
            return b""
        digits = raw.strip()
        length = int(digits) if digits.isascii() and digits.isdigit() else -1
        if length < 0 or length > MAX_BODY_BYTES:
            self.close_connection = True  # the body (if any) cannot be skipped
            raise BadRequestBody(raw, too_large=length > MAX_BODY_BYTES)
        try:
            body = self.rfile.read(length) if length else b""
        except (TimeoutError, ConnectionError) as exc:
            raise ClientGone from exc
        if len(body) < length:
            raise ClientGone  # the client closed the connection mid-body
        return body

    def body_reader(self, limit: int) -> BodyReader:
        """The body, to read in pieces: `BadRequestBody` for a bad Content-Length, or one
        above `limit` (unread; the connection then closes)."""
        if "chunked" in self.fields.get("transfer-encoding", "").lower():
            return BodyReader(self.rfile, None, limit)
        raw = self.fields.get("content-length")
        if raw is None or not raw.strip():
            return BodyReader(self.rfile, 0, limit)
        digits = raw.strip()
        length = int(digits) if digits.isascii() and digits.isdigit() else -1
        if length < 0 or length > limit:
            self.close_connection = True
            raise BadRequestBody(raw, too_large=length > limit)
        return BodyReader(self.rfile, length, limit)

    def send_stream(
        self,
        status: int,
        headers: Iterable[tuple[str, str]],
        length: int,
        pieces: Iterator[bytes],
    ) -> None:
        """A reply whose body (`length` bytes) comes in pieces: the head goes out with the
        first piece; a HEAD request gets the head alone, with the length it would have.
        """
        lines = [
            f"HTTP/1.1 {status} {_reason(status)}",
            f"Date: {_http_date(int(self.clock()))}",
            *(f"{name}: {value}" for name, value in headers),
            f"Content-Length: {length}",
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if self.command == "HEAD":
            self.wfile.write(head)
            return
        first = next(pieces, b"")
        self.wfile.write(head + first)
        for piece in pieces:
            self.wfile.write(piece)

    def send(self, reply: Reply) -> None:
        """The status line, the headers and the body, in one write."""
        lines = [
            f"HTTP/1.1 {reply.status} {_reason(reply.status)}",
            f"Date: {_http_date(int(self.clock()))}",
            *(f"{name}: {value}" for name, value in reply.headers),
            # 204 (no content) has no length to state (RFC 9110 8.6)
            *([] if reply.status == 204 else [f"Content-Length: {len(reply.body)}"]),
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        body = b"" if self.command == "HEAD" else reply.body
        self.wfile.write(head + body)


@lru_cache(maxsize=64)
def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


@lru_cache(maxsize=4)
def _http_date(second: int) -> str:
    """The `Date` header of a second (a few calls share each)."""
    return email.utils.formatdate(second, usegmt=True)


_S = TypeVar("_S", bound="ThreadedServer")


class ThreadedServer:
    """Serves `_server` (an HTTP server on 127.0.0.1) from a daemon thread between `start()`
    and `stop()`, or as a context manager.
    """

    _server: Server
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        host = self._server.server_address[0]
        return (
            f"http://{host.decode() if isinstance(host, bytes) else host}:{self.port}"
        )

    def start(self: _S) -> _S:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.01},  # stop() returns within 10 ms
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line uses this)."""
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._server.server_close()

    def __enter__(self: _S) -> _S:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def header_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Headers as a tuple of pairs, without a CR or LF that would break the header block."""
    return tuple(
        (name, value)
        for name, value in pairs
        if "\r" not in value and "\n" not in value
    )
