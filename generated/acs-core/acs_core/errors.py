"""Errors raised by every generated package, by kind, so callers can catch exactly what they
handle (each product re-exports these very classes: one `except` covers every product).

Error
├── RequestValidationError      a request broke a limit; nothing was sent (also a ValueError)
├── ConfigurationError          no credentials, unknown region, region the operation lacks
├── TransportError              the request did not get an HTTP answer
│   ├── NetworkError            connection refused, reset, or a truncated body
│   └── TimeoutError            connect or read timeout (also the builtin TimeoutError)
├── ResponseDecodeError         an answer that is not the JSON the spec promises (proxy pages)
├── PaginationError             the service named a page token again: iterating would not end
├── WaiterError                 a waiter ended without success (`last_response`: the last answer)
│   ├── WaiterFailedError       the status reached a failure value
│   └── WaiterTimeoutError      the status was still pending when the time ran out
└── APIError                    the service answered with an error body
    ├── InvalidRequestError     MissingParameter, InvalidParameter, other 400s
    ├── AuthenticationError     signatures, timestamps, nonces, unknown keys
    │   └── SignatureMismatchError   carries the server's string-to-sign beside ours
    ├── PermissionDeniedError   403, Forbidden, Forbidden.RAM
    ├── NotFoundError           404
    ├── ConflictError           409
    ├── ThrottlingError         Throttling, Throttling.User, Throttling.Api, 429
    └── ServerError             5xx, InternalError, ServiceUnavailable
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "Error",
    "InvalidRequestError",
    "NetworkError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureMismatchError",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]


class Error(Exception):
    """Base of every error acs-core and the products raise."""


class RequestValidationError(Error, ValueError):
    """A request parameter broke a limit of the spec; the request was not sent."""

    def __init__(
        self,
        *,
        parameter: str,
        argument: str,
        message: str,
        code: str = "InvalidParameter",
    ) -> None:
        self.parameter = parameter  # wire name, e.g. "JobIds"
        self.argument = (
            argument  # Python name, with the index of a list item: "job_ids[3]"
        )
        self.message = message
        self.code = code  # the error code the service would answer with
        super().__init__(f"{argument} ({parameter}) {message}")


class ConfigurationError(Error):
    """The client cannot send this request: missing credentials, unknown region, and the like."""


class TransportError(Error):
    """The request got no complete HTTP answer."""


class NetworkError(TransportError):
    """The connection failed, was reset, or the body was cut short."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """Connecting or reading took longer than the timeout."""


class ResponseDecodeError(Error):
    """The answer was not the JSON document the spec describes."""

    def __init__(self, message: str, *, status: int, body: bytes) -> None:
        self.status = status
        self.body = body
        super().__init__(f"{message} (HTTP {status}, {len(body)} bytes)")


class APIError(Error):
    """The service answered with an error body; `data` is that body, as it came (RPC and
    REST-style products spell its fields differently: `Code`, `code`, ...)."""

    def __init__(
        self,
        *,
        status: int,
        code: str,
        message: str,
        request_id: str | None = None,
        host_id: str | None = None,
        recommend: str | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.host_id = host_id
        self.recommend = recommend
        self.data: Mapping[str, Any] = data if data is not None else {}
        super().__init__(f"{code}: {message} (HTTP {status}, RequestId {request_id})")


class InvalidRequestError(APIError):
    """The service rejected the request's parameters."""


class AuthenticationError(APIError):
    """The service could not authenticate the request."""


class SignatureMismatchError(AuthenticationError):
    """The signature did not match: compare the server's string-to-sign with ours."""

    def __init__(
        self,
        *,
        server_string_to_sign: str | None,
        client_string_to_sign: str | None,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.server_string_to_sign = server_string_to_sign
        self.client_string_to_sign = client_string_to_sign

    def __str__(self) -> str:
        return (
            f"{super().__str__()}\n"
            f"  server string-to-sign: {self.server_string_to_sign!r}\n"
            f"  client string-to-sign: {self.client_string_to_sign!r}"
        )


class PermissionDeniedError(APIError):
    """The caller is not allowed to perform this operation."""


class NotFoundError(APIError):
    """The resource does not exist."""


class ConflictError(APIError):
    """The request conflicts with the resource's current state."""


class ThrottlingError(APIError):
    """Too many requests: retried with backoff before this is raised."""


class ServerError(APIError):
    """The service failed; retried where safe before this is raised."""


class PaginationError(Error):
    """A page iterator stopped because the service repeated itself (a page token seen before, or
    the same page again), which would otherwise never end."""

    def __init__(self, operation: str, message: str) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}")


class WaiterError(Error):
    """A waiter gave up; `last_response` is the last model the polled operation answered."""

    def __init__(
        self, waiter: str, message: str, last_response: Any, states: list[Any]
    ) -> None:
        self.waiter = waiter
        self.last_response = last_response
        self.states = states  # the status values of the last response
        super().__init__(f"{waiter}: {message}")


class WaiterFailedError(WaiterError):
    """The polled status reached one of the waiter's failure values."""


class WaiterTimeoutError(WaiterError, builtins.TimeoutError):
    """The status was neither success nor failure when the waiter's time ran out."""


ERROR_CLASSES: dict[str, type[APIError]] = {
    "validation": InvalidRequestError,
    "authentication": AuthenticationError,
    "permission": PermissionDeniedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "throttling": ThrottlingError,
    "server": ServerError,
}


def kind_for_status(status: int) -> str:
    """The kind of an error code the spec does not list, judged by its HTTP status."""
    if status >= 500:
        return "server"
    return {
        401: "authentication",
        403: "permission",
        404: "not_found",
        409: "conflict",
        429: "throttling",
    }.get(status, "validation")
