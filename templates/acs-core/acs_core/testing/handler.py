"""The emulator's HTTP side: one request read, handed to the emulator (or to its OSS), and
always answered (unless a fault says to drop it), in the answering product's error shape.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any, Protocol

from .answers import Drop, Refusal, payload, request_id_of
from .faults import cut_point
from .oss import OssEmulator
from .oss.request import is_oss_request
from .oss.service import serve as serve_oss
from .products import Product
from .received import ReceivedRequest, RequestLog
from .server import BadRequestBody, ClientGone, Handler, Reply, Server, parse_fields

__all__ = ["Answering", "EmulatorServer", "RequestHandler"]


class Answering(Protocol):
    """What the handler asks of the emulator it serves."""

    oss: OssEmulator
    requests: RequestLog
    _lock: threading.Lock

    def now(self) -> float: ...

    def handle(self, received: ReceivedRequest) -> tuple[int, Any]: ...

    def product_of(self, received: ReceivedRequest) -> Product | None: ...

    def error_body(
        self, refusal: Refusal, product: Product | None, host: str
    ) -> tuple[int, bytes]: ...

    def content_type(self, received: ReceivedRequest, status: int) -> str | None: ...

    def request_id_header(self, received: ReceivedRequest) -> str: ...


class EmulatorServer(Server):
    emulator: Answering


class RequestHandler(Handler):
    """Reads one request, lets the emulator answer it, and always answers (unless told to
    drop): any unexpected exception becomes HTTP 500 "InternalError"."""

    server: EmulatorServer

    def clock(self) -> float:
        return self.server.emulator.now()

    def serve(self) -> None:
        emulator = self.server.emulator
        if is_oss_request(self.path, self.fields, emulator.oss.store.has_bucket):
            serve_oss(emulator.oss, self)
            return
        host = self.fields.get("host", "")
        path, _, query = self.path.partition("?")
        received = ReceivedRequest(
            method=self.command,
            path=path or "/",
            query=parse_fields(query),
            headers=self.fields,
            body=b"",
            target=self.path,
        )
        authorization = received.headers.get("authorization")
        received.signature_version = (
            "v2"
            if authorization is None or authorization.startswith("acs ")
            else (
                "sls_v1"
                if authorization.startswith("LOG ")
                else "sls_v4" if authorization.startswith("SLS4-") else "v3"
            )
        )
        try:
            received.body = self.read_body()
            with emulator._lock:
                emulator.requests.append(received)
            status, answer = emulator.handle(received)
            body = payload(answer)
        except Drop:
            received.code = "<dropped>"
            self.close_connection = True
            return
        except ClientGone:
            self.close_connection = (
                True  # the client stalled or went away: nobody to answer
            )
            return
        except BadRequestBody as bad:
            refusal = (
                Refusal(
                    "RequestTooLarge",
                    f"The request body of {bad.declared} bytes is too large.",
                    413,
                )
                if bad.too_large
                else Refusal(
                    "InvalidParameter",
                    f"Content-Length {bad.declared!r} is not valid.",
                    400,
                )
            )
            received.code = refusal.code
            status, body = emulator.error_body(
                refusal, emulator.product_of(received), host
            )
        except Refusal as refusal:
            received.code = refusal.code
            status, body = emulator.error_body(
                refusal, emulator.product_of(received), host
            )
        except Exception as exc:  # a raising test handler, an unencodable answer, a bug
            internal = Refusal(
                "InternalError",
                f"The emulator failed while answering: {type(exc).__name__}: {exc}",
                500,
            )
            received.code = internal.code
            status, body = emulator.error_body(
                internal, emulator.product_of(received), host
            )
        received.status = status
        content_type = emulator.content_type(received, status)
        if content_type is None:
            body = b""  # 204: no content
        headers = [("Content-Type", content_type)] if content_type else []
        request_id = request_id_of(body)
        id_header = emulator.request_id_header(received)
        if request_id is None and id_header != "x-acs-request-id":
            request_id = str(uuid.uuid4()).upper()  # SLS and PDS answer one in a header
        if request_id:
            headers.append((id_header, request_id))
            received.request_id = request_id
        fault = received.fault
        if fault is not None and fault.kind == "cut":
            self.close_connection = True
            sent = body[: cut_point(fault, len(body))]
            self.send_stream(status, headers, len(body), iter([sent]))
            return
        self.send(Reply(status, tuple(headers), body))
