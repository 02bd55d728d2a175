"""One operation call: the operation's facts (imported on first use), the arguments of the
method that makes it, its state across attempts, and what it answers.

A generated operation method only names its operation's models module and passes its own
arguments on: `return self._call("get_ai_image_jobs", locals())`, its first statement, where
`locals()` is exactly the method's parameters (one line per operation, however many parameters it
has). The module, imported on first use, holds the request and response models and the
operation's facts (`OPERATION`); the request model checks the arguments.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ..credentials.base import Credentials, Secret
from ..errors import Error
from ..info import OperationInfo
from ..params import WireParams

__all__ = [
    "Call",
    "RawResponse",
    "Retry",
    "arguments_of",
    "operation",
    "parser",
    "raw",
    "raw_async",
]

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """An HTTP answer next to its parsed model."""

    status: int
    headers: httpx.Headers
    body: bytes
    request_id: str | None
    parsed: T
    attempts: int = 1

    def json(self) -> Any:
        return json.loads(self.body)


@cache
def operation(package: str, module: str) -> OperationInfo:
    """The `OPERATION` of a generated models module, imported on first use."""
    info: OperationInfo = importlib.import_module(
        f"{package}.models.{module}"
    ).OPERATION
    return info


def parser(info: OperationInfo) -> Callable[[Any], Any]:
    """How an operation's answer is read: into its response model, or not at all."""
    if info.response is None:
        return lambda _: None
    parse: Callable[[Any], Any] = info.response.from_dict
    return parse


def arguments_of(method_locals: Mapping[str, Any]) -> dict[str, Any]:
    """An operation method's arguments: its `locals()` on entry, without `self`."""
    return {name: value for name, value in method_locals.items() if name != "self"}


def raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """A method of a client in raw mode (see `BaseClient.raw_view`), typed as what it answers."""
    if not getattr(getattr(method, "__self__", None), "_answers_raw", False):
        raise TypeError("raw() takes a method of a client's raw view")
    return cast(Callable[P, RawResponse[T]], method)


def raw_async(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`raw` for the methods of an `AsyncClient`."""
    if not getattr(getattr(method, "__self__", None), "_answers_raw", False):
        raise TypeError("raw_async() takes a method of a client's raw view")
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


@dataclass
class Call(Generic[T]):
    """One operation call across its attempts (no secret in here)."""

    info: OperationInfo
    wire: WireParams
    parse: Callable[[Any], T]  # a JSON object or array, into the response model
    timeout: httpx.Timeout
    max_retry_time: float
    # This module's `time.monotonic`, looked up at each call: a test may fake it.
    started: float = field(default_factory=lambda: time.monotonic())
    attempt: int = 0
    # The error of the last attempt while a retry is planned: raised if the deadline passes.
    pending: Error | None = None
    string_to_sign: str = ""
    canonical_request: str = ""
    credentials: Credentials | None = None  # those of the current attempt
    # How the current attempt authenticates (`client.auth`): "access_key" with `credentials`,
    # "bearer" with `bearer_token`, or "anonymous" with neither.
    auth: str = "access_key"
    bearer_token: Secret | None = None
    clock_corrected: bool = False  # retried once at the server's time already


@dataclass(frozen=True)
class Retry:
    delay: float
