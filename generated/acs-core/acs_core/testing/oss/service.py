"""Answering one OSS request on the emulator's connection: record it, apply a fault, check
who sent it, choose the operation, check the ACLs, run it, and answer: object bodies in pieces,
errors in OSS's XML (in `x-oss-err` for HEAD). What is left of a body the operation did not
read is read and dropped, so that the connection serves the next request.

Injected faults (`acs_core.testing.faults`) act here for OSS: errors, delays and drops as the
request arrives, a cut as its answer goes out, a wrong or missing CRC-64 in the answer.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

from ..answers import Drop
from ..faults import ANSWER_FAULTS, Fault, cut_point
from ..received import ReceivedRequest
from ..server import BadRequestBody, BodyReader, ClientGone, Handler, Reply
from .call import Answer, Call
from .control import OssEmulator
from .errors import OssError, error_body, error_headers
from .operations import select
from .request import OssRequest, check_names, parse_request

__all__ = ["serve"]

_CRC = "x-oss-hash-crc64ecma"
_FAULT_ERRORS = {
    "throttling": ("ServiceUnavailable", 503),
    "server_error": ("InternalError", 500),
}


def _text_headers(fields: dict[str, str]) -> dict[str, str]:
    """Header values as their senders wrote them: the parser reads bytes as Latin-1, and a
    UTF-8 value (x-oss-meta-*) is signed as text."""
    if all(value.isascii() for value in fields.values()):
        return fields
    decoded = {}
    for name, value in fields.items():
        try:
            decoded[name] = value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            decoded[name] = value
    return decoded


def _wire(value: str) -> str:
    """A header value as Latin-1 text whose bytes are its UTF-8, with no line breaks."""
    value = value.replace("\r", " ").replace("\n", " ")
    try:
        value.encode("latin-1")
    except UnicodeError:
        return value.encode("utf-8").decode("latin-1")
    return value


def _error_answer(error: OssError, request_id: str, host: str, head: bool) -> Answer:
    if error.code == "NotModified":
        return Answer(304)
    body = error_body(error, request_id, host)
    return Answer(error.status, error_headers(error, body, head), b"" if head else body)


def serve(oss: OssEmulator, handler: Handler) -> None:
    """Answer the request `handler` has read the head of."""
    request = parse_request(
        handler.command, handler.path, _text_headers(handler.fields)
    )
    received = ReceivedRequest(
        method=request.method,
        path=request.path,
        query=request.query,
        headers=handler.fields,
        body=b"",
        product="oss",
        params={"bucket": request.bucket, "key": request.key},
        target=handler.path,
        request_id=os.urandom(12).hex().upper(),
    )
    oss.record(received)
    request_id = received.request_id or ""
    host = (
        request.host if request.bucket is None else f"{request.bucket}.{request.host}"
    )
    head = request.method == "HEAD"
    body: BodyReader | None = None
    named = received.operation = _operation_name(request)
    cut: Fault | None = None
    try:
        body = handler.body_reader(oss.max_object_size)
        cut = _arrival_fault(oss, received, body, named)
        check_names(request)
        principal = oss.checks.verify(request)
        received.signature_version = principal.scheme
        found = None
        if oss.product_answer is not None:  # an OSS product's operation the store lacks
            found = oss.product_answer(request, principal, received)
        if found is not None:
            answer = found
        else:
            operation = select(request)
            received.operation = operation.name
            call = Call(request, body, principal, oss, received)
            oss.authorize(call, operation)
            answer = operation.run(call)
    except Drop:
        received.code = "<dropped>"
        handler.close_connection = True
        return
    except ClientGone:
        handler.close_connection = True
        return
    except Exception as exc:
        if isinstance(exc, BadRequestBody):
            handler.close_connection = True
        error = _error_of(exc, oss)
        received.code = error.code
        answer = _error_answer(error, request_id, host, head)
    if body is not None and not body.done and not handler.close_connection:
        try:
            body.drain()
        except ClientGone:
            handler.close_connection = True
            return
        except BadRequestBody:
            handler.close_connection = True
    received.status = answer.status
    _answer_fault(oss, received, answer, named)
    headers = [("Server", "AliyunOSS"), ("x-oss-request-id", request_id)]
    headers += [(name, _wire(value)) for name, value in answer.headers]
    if cut is not None:
        pieces = answer.pieces if answer.pieces is not None else iter([answer.body])
        length = answer.length if answer.pieces is not None else len(answer.body)
        handler.close_connection = True
        sent = _first_bytes(pieces, cut_point(cut, length or 0))
        handler.send_stream(answer.status, headers, length or 0, sent)
    elif answer.pieces is not None:
        length = answer.length if answer.length is not None else 0
        handler.send_stream(answer.status, headers, length, answer.pieces)
    else:
        handler.send(Reply(answer.status, tuple(headers), answer.body))


def _operation_name(request: OssRequest) -> str | None:
    """The operation a request names (None when it names none the emulator knows)."""
    try:
        return select(request).name
    except OssError:
        return None


def _arrival_fault(
    oss: OssEmulator, received: ReceivedRequest, body: BodyReader, named: str | None
) -> Fault | None:
    """Act on the injected fault the request meets as it arrives: an error, a delay, a
    dropped connection (after `after_bytes` of the body); a "cut" is returned, for later.
    """
    fault = oss.take_fault(named)
    if fault is None:
        return None
    received.fault = fault
    options = fault.options
    if fault.kind in ("throttling", "server_error"):
        code, status = _FAULT_ERRORS[fault.kind]
        error = OssError(
            options.get("code", code),
            options.get("message"),
            options.get("status", status),
        )
        if "ec" in options:
            error.ec = str(options["ec"])
        raise error
    if fault.kind == "delay":
        time.sleep(float(options.get("seconds", 1.0)))
    elif fault.kind == "drop":
        wanted = int(options.get("after_bytes", 0))
        while body.received < wanted and body.read(min(wanted - body.received, 65536)):
            pass
        raise Drop
    return fault if fault.kind == "cut" else None


def _answer_fault(
    oss: OssEmulator, received: ReceivedRequest, answer: Answer, named: str | None
) -> None:
    """A wrong or missing CRC-64 in an answer that carries one, when a fault waits for it."""
    found = [n for n, (name, _) in enumerate(answer.headers) if name.lower() == _CRC]
    if not found:
        return
    fault = oss.take_fault(named, ANSWER_FAULTS)
    if fault is None:
        return
    received.fault = fault
    for index in reversed(found):
        name, value = answer.headers[index]
        if fault.kind == "no_crc":
            del answer.headers[index]
        else:
            answer.headers[index] = (name, str(int(value) ^ 1))


def _first_bytes(pieces: Iterator[bytes], limit: int) -> Iterator[bytes]:
    """The first `limit` bytes of `pieces` (which are closed afterwards)."""
    try:
        for piece in pieces:
            if limit <= 0:
                return
            yield piece[:limit]
            limit -= len(piece)
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()


def _error_of(exc: Exception, oss: OssEmulator) -> OssError:
    """The OSS error that answers an exception raised while answering."""
    if isinstance(exc, OssError):
        return exc
    if isinstance(exc, BadRequestBody):
        if exc.too_large:
            return OssError("EntityTooLarge", MaxSizeAllowed=str(oss.max_object_size))
        return OssError(
            "InvalidArgument", f"The body length {exc.declared!r} is not valid."
        )
    # a bug, or a folder the store cannot write
    return OssError(
        "InternalError",
        f"The emulator failed while answering: {type(exc).__name__}: {exc}",
    )
