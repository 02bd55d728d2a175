"""Answering one OSS request on the emulator's connection: record it, apply a fault, check
who sent it, choose the operation, check the ACLs, run it, and answer: object bodies in pieces,
errors in OSS's XML (in `x-oss-err` for HEAD). What is left of a body the operation did not
read is read and dropped, so that the connection serves the next request."""

from __future__ import annotations

import os

from ..answers import Drop, Refusal
from ..received import ReceivedRequest
from ..server import BadRequestBody, BodyReader, ClientGone, Handler, Reply
from .call import Answer, Call
from .control import OssEmulator
from .errors import OssError, error_body, error_headers
from .operations import select
from .request import check_names, parse_request

__all__ = ["serve"]


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
    request_id = os.urandom(12).hex().upper()
    received = ReceivedRequest(
        method=request.method,
        path=request.path,
        query=request.query,
        headers=handler.fields,
        body=b"",
        product="oss",
        params={"bucket": request.bucket, "key": request.key},
    )
    oss.record(received)
    host = (
        request.host if request.bucket is None else f"{request.bucket}.{request.host}"
    )
    head = request.method == "HEAD"
    body: BodyReader | None = None
    try:
        body = handler.body_reader(oss.max_object_size)
        oss.apply_fault()
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
    headers = [("Server", "AliyunOSS"), ("x-oss-request-id", request_id)]
    headers += [(name, _wire(value)) for name, value in answer.headers]
    if answer.pieces is not None:
        length = answer.length if answer.length is not None else 0
        handler.send_stream(answer.status, headers, length, answer.pieces)
    else:
        handler.send(Reply(answer.status, tuple(headers), answer.body))


def _error_of(exc: Exception, oss: OssEmulator) -> OssError:
    """The OSS error that answers an exception raised while answering."""
    if isinstance(exc, OssError):
        return exc
    if isinstance(exc, Refusal):  # an injected fault
        return OssError(exc.code, exc.message, exc.status)
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
