"""The transport-independent half of the clients: settings, signing, errors, retry decisions.

Everything here does no I/O. The generated `Client` and `AsyncClient` add one thing each: the
loop that sends a prepared request (with `time.sleep` or `asyncio.sleep` between attempts).

Constructor (both clients)::

    Client(region=None, *, access_key_id=None, access_key_secret=None, security_token=None,
           credentials=None, endpoint=None, signature_version="v3", timeout=DEFAULT_TIMEOUT,
           max_retries=3, backoff_base=0.2, backoff_max=8.0, max_retry_time=60.0,
           http_client=None, transport=None)

* Credentials come from `credentials=` (a provider of the package's `credentials` module, such
  as `RamRoleArnCredentials` or `EcsRamRoleCredentials`, anything with `get_credentials()` and
  `get_credentials_async()`, or a client of the official `alibabacloud-credentials` library),
  from `access_key_id=`/`access_key_secret=` (and `security_token=`), or else from the default
  chain, in the official library's order: the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, ...),
  an OIDC role, the CLI profile (`~/.aliyun/config.json`), the credentials file
  (`~/.alibabacloud/credentials.ini`), the ECS instance's RAM role, a credentials URI (see
  `_credentials_chain`). The chain is walked when the first request is signed; when it finds
  nothing, that request raises one `ConfigurationError` listing every source and why it gave
  nothing. Credentials are asked for before each attempt: temporary ones are refreshed 15
  minutes before they expire, once for all concurrent callers. The region comes from the
  argument or `ALIBABA_CLOUD_REGION_ID`. The secret and the token are kept in `Secret` holders:
  they never appear in a repr, a log line or an exception. Importing the package
  installs a logging filter on the `httpx` and `httpcore` loggers that masks `SecurityToken`,
  `Signature` and secret-like query parameters in their log lines (v2 signs in the query, and
  httpx logs every request URL at INFO).
* `endpoint` overrides the region's host; it may be a full URL (`http://127.0.0.1:8080`),
  otherwise HTTPS is used.
* `signature_version`: "v3" (ACS3-HMAC-SHA256, the default) or "v2" (HMAC-SHA1 query signing).
* `timeout`: seconds (float) or an `httpx.Timeout`; the default connects within 5 s and reads
  within 30 s.
* Clock skew: a request rejected for its timestamp (`InvalidTimeStamp.Expired`) is signed again
  once, at the time of the server's `Date` header; the client keeps that offset for later calls.
* Retries: Throttling*, 5xx and connection failures are retried `max_retries` times (0 disables)
  with exponential backoff and full jitter, within `max_retry_time` seconds in all: every call
  has a deadline (its start + `max_retry_time`); no attempt starts once it has passed, and each
  attempt's connect/read/write/pool timeouts are capped at the time that remains. The first
  attempt always runs, with `timeout` capped at `max_retry_time` when that is smaller (and
  positive). httpx applies these limits per phase (connect, each write, each read), so an
  attempt can overrun the deadline by a little, but no longer by a whole `timeout`.
  Operations that only read (or are idempotent) are also retried on ambiguous failures (a read
  timeout, a reset after the request went out, a 5xx); writes only where the request surely was
  not processed (connection not established, throttled). Every attempt is signed anew, with a
  fresh nonce and date.
* `http_client` (an `httpx.Client` / `httpx.AsyncClient`, left open on close) or `transport` (an
  httpx transport, e.g. `httpx.MockTransport`) replace the client's own connection pool.

Per call: `client.with_options(timeout=..., max_retries=...)` returns a client that shares the
connection pool and differs only in those settings, e.g.
`client.with_options(timeout=2).get_ai_image_jobs(job_ids=["..."])`.

Raw responses: every operation method has a sibling on `client.raw` that returns a
`RawResponse[Model]` (status, headers, request id, body bytes, and `.parsed`), e.g.
`client.raw.get_ai_image_jobs(job_ids=["..."]).headers`.

A generated operation method only names its operation's models module and passes its own
arguments on: `return self._call("get_ai_image_jobs", locals())`, its first statement, where
`locals()` is exactly the method's parameters (one line per operation, however many parameters it
has). The module, imported on first use, holds the request and response models and the
operation's facts (`OPERATION`); the request model checks the arguments.
"""

from __future__ import annotations

import asyncio
import copy
import email.utils
import importlib
import json
import logging
import math
import os
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from .. import logs
from .. import pages as _pages
from .. import signing as _signing
from .. import waiters as _waiters
from ..credentials.base import Credentials, CredentialsProvider, Secret
from ..credentials.resolve import resolve_provider
from ..errors import (
    ERROR_CLASSES,
    APIError,
    ConfigurationError,
    Error,
    NetworkError,
    ResponseDecodeError,
    SignatureMismatchError,
    TimeoutError,
    kind_for_status,
)
from ..info import OperationInfo, ServiceInfo
from ..params import FORM_CONTENT_TYPE, WireParams, expand_path

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncClientBase",
    "BaseClient",
    "ClientBase",
    "RawResponse",
    "Secret",
]

T = TypeVar("T")
P = ParamSpec("P")
C = TypeVar("C", bound="ClientBase")
A = TypeVar("A", bound="AsyncClientBase")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
ENV_REGION = "ALIBABA_CLOUD_REGION_ID"
_SIGNATURE_VERSIONS = ("v3", "v2")

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

# Signatures and tokens travel in request URLs (v2 signs in the query): mask them in httpx's
# log lines, which show every request URL at INFO.
logs.install_redaction()


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


def _parser(info: OperationInfo) -> Callable[[Any], Any]:
    """How an operation's answer is read: into its response model, or not at all."""
    if info.response is None:
        return lambda _: None
    parse: Callable[[Any], Any] = info.response.from_dict
    return parse


def _parameters(method_locals: Mapping[str, Any]) -> dict[str, Any]:
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
class _Call(Generic[T]):
    """One operation call across its attempts (no secret in here)."""

    info: OperationInfo
    wire: WireParams
    parse: Callable[[Any], T]  # a JSON object or array, into the response model
    timeout: httpx.Timeout
    max_retry_time: float
    started: float = field(default_factory=time.monotonic)
    attempt: int = 0
    # The error of the last attempt while a retry is planned: raised if the deadline passes.
    pending: Error | None = None
    string_to_sign: str = ""
    canonical_request: str = ""
    credentials: Credentials | None = None  # those of the current attempt
    clock_corrected: bool = False  # retried once at the server's time already


@dataclass(frozen=True)
class _Retry:
    delay: float


def _cap_timeout(timeout: httpx.Timeout, limit: float) -> httpx.Timeout:
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


def _resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout))


class _Clock:
    """The time requests are signed with: ours, plus the offset to the server's clock that a
    rejected timestamp taught us (shared by a client and its `with_options` copies)."""

    __slots__ = ("offset",)

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def iso(self) -> str:
        """An ISO 8601 UTC timestamp, as RPC v2 and V3 signatures take it."""
        return datetime.fromtimestamp(self.now(), timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )

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
_CLOCK_CODES = ("InvalidTimeStamp.Expired",)


class BaseClient:
    """Settings and every decision of a call; subclasses only send."""

    _service: ServiceInfo  # set by the generated client class
    _package: str  # the generated package's name, set by the generated client class
    _answers_raw = False  # a raw view answers RawResponse instead of the parsed model

    def __init__(
        self,
        region: str | None = None,
        *,
        access_key_id: str | None = None,
        access_key_secret: str | Secret | None = None,
        security_token: str | Secret | None = None,
        credentials: CredentialsProvider | Any = None,
        endpoint: str | None = None,
        signature_version: str = "v3",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 8.0,
        max_retry_time: float = 60.0,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        service = self._service
        self._provider = resolve_provider(
            credentials, access_key_id, access_key_secret, security_token
        )
        region = region or os.environ.get(ENV_REGION) or None
        if not region:
            raise ConfigurationError(f"no region: pass region= or set {ENV_REGION}")
        self.region = region
        if endpoint is None:
            host = service.endpoints.get(region)
            if host is None:
                known = ", ".join(service.endpoints)
                raise ConfigurationError(
                    f"{service.product} has no endpoint in region {region!r}; known regions: {known} "
                    "(or pass endpoint=)"
                )
            endpoint = f"{service.protocol}://{host}"
        elif "://" not in endpoint:
            endpoint = f"https://{endpoint}"
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigurationError(f"endpoint {endpoint!r} is not an http(s) URL")
        self.endpoint = f"{parts.scheme}://{parts.netloc}"
        self._host = parts.netloc
        if (
            signature_version not in _SIGNATURE_VERSIONS
            or signature_version not in service.supported_signatures
        ):
            supported = ", ".join(
                s for s in _SIGNATURE_VERSIONS if s in service.supported_signatures
            )
            raise ConfigurationError(
                f"signature_version {signature_version!r} is not supported; use one of {supported}"
            )
        self.signature_version = signature_version
        self.timeout = _resolve_timeout(timeout)
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        if not max_retry_time >= 0:  # also refuses NaN
            raise ConfigurationError("max_retry_time must be 0 or more seconds")
        self.max_retry_time = max_retry_time
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client= or transport=, not both")
        self._clock = _Clock()
        self._owns_http = http_client is None
        self._http = (
            self._check_http(http_client)
            if http_client is not None
            else self._new_http(transport)
        )

    def _check_http(self, http_client: Any) -> Any:
        raise NotImplementedError

    def _new_http(self, transport: Any) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self.region!r}, endpoint={self.endpoint!r}, "
            f"credentials={self._provider!r}, "
            f"signature_version={self.signature_version!r}, max_retries={self.max_retries})"
        )

    def _copy_with(
        self, timeout: float | httpx.Timeout | None, max_retries: int | None
    ) -> Any:
        clone = copy.copy(self)
        clone._owns_http = False
        clone.__dict__.pop("_raw_client", None)  # bound to this client's settings
        if timeout is not None:
            clone.timeout = _resolve_timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError("max_retries must be 0 or more")
            clone.max_retries = max_retries
        return clone

    def _raw(self, factory: Callable[[Any], T]) -> T:
        """The `raw` namespace of the generated client: made once, over a raw-mode copy."""
        namespace = self.__dict__.get("_raw_client")
        if namespace is None:
            view = copy.copy(self)
            view._owns_http = False
            view._answers_raw = True
            namespace = self.__dict__["_raw_client"] = factory(view)
        return cast(T, namespace)

    # --- before sending ---------------------------------------------------------------------

    def _polling(
        self, module: str, waiter: str, arguments: Mapping[str, Any]
    ) -> tuple[dict[str, Any], _waiters.Polling]:
        """A `wait_<name>`'s arguments for the operation it polls, and its polling state."""
        info = operation(self._package, module)
        parameters = _parameters(arguments)
        delay, max_wait = parameters.pop("delay"), parameters.pop("max_wait")
        return parameters, _waiters.Polling(
            waiter, info.waiters[waiter], delay, max_wait
        )

    def _start(
        self,
        info: OperationInfo,
        wire: WireParams,
        parse: Callable[[Any], T],
    ) -> _Call[T]:
        """Check what can be checked without sending: the region first."""
        if info.regions is not None and self.region not in info.regions:
            raise ConfigurationError(
                f"{info.name} is not available in region {self.region!r}; "
                f"it is supported in: {', '.join(info.regions)}"
            )
        return _Call(
            info=info,
            wire=wire,
            parse=parse,
            timeout=self.timeout,
            max_retry_time=self.max_retry_time,
        )

    def _attempt_timeout(self, call: _Call[Any]) -> httpx.Timeout | None:
        """The timeouts of the next attempt, or None when the call's deadline has passed."""
        if call.attempt == 0:
            budget = call.max_retry_time
            return _cap_timeout(call.timeout, budget) if budget > 0 else call.timeout
        remaining = call.started + call.max_retry_time - time.monotonic()
        if remaining <= 0:
            return None
        return _cap_timeout(call.timeout, remaining)

    @staticmethod
    def _give_up(call: _Call[Any]) -> Error:
        """The error to raise when the deadline passed before the planned retry."""
        if call.pending is not None:
            return call.pending
        return TimeoutError(  # not reached: a retry is only planned after an error
            f"{call.info.name} ran out of its {call.max_retry_time}s retry time"
        )

    def _sign(
        self, call: _Call[Any]
    ) -> tuple[str, list[tuple[str, str]], dict[str, str], bytes]:
        """Sign one attempt with a fresh nonce and date; the secret lives only in this frame.

        Answers the encoded path, the query, the headers and the body to send.
        """
        creds = call.credentials
        assert creds is not None, "credentials are fetched before each attempt"
        token = creds.security_token.reveal() if creds.security_token else None
        nonce = uuid.uuid4().hex
        info, wire = call.info, call.wire
        path = "/" if info.path is None else expand_path(info.path, wire.path)
        if wire.body is not None:
            body, content_type = wire.body, wire.content_type
        elif wire.form and info.path is not None:  # a REST-style form body
            body = _signing.canonical_query(wire.form).encode("ascii")
            content_type = FORM_CONTENT_TYPE
        else:
            body, content_type = b"", None
        common: dict[str, Any] = {
            "method": info.method,
            "action": info.name,
            "version": self._service.api_version,
            "access_key_id": creds.access_key_id,
            "access_key_secret": creds.access_key_secret.reveal(),
            "security_token": token,
            "nonce": nonce,
        }
        if self.signature_version == "v2" and info.path is None:
            signed = _signing.sign_rpc_v2(
                query=wire.query, form=wire.form, timestamp=self._clock.iso(), **common
            )
        elif self.signature_version == "v2":
            signed = _signing.sign_roa_v2(
                host=self._host,
                path=path,
                query=wire.query,
                body=body,
                content_type=content_type,
                date=self._clock.http_date(),
                extra_headers=dict(wire.headers),
                **common,
            )
        elif info.path is None and wire.body is None:
            signed = _signing.sign_rpc_v3(
                host=self._host,
                query=wire.query,
                form=wire.form,
                date=self._clock.iso(),
                extra_headers=dict(wire.headers),
                **common,
            )
        else:
            signed = _signing.sign_v3(
                host=self._host,
                path=path,
                query=wire.query,
                body=body,
                content_type=content_type,
                date=self._clock.iso(),
                extra_headers=dict(wire.headers),
                **common,
            )
        # Kept for SignatureMismatchError; an STS token is part of them, so it is masked.
        call.string_to_sign = self._redact(signed.string_to_sign, call)
        call.canonical_request = self._redact(signed.canonical_request, call)
        return path, signed.query, signed.headers, signed.body

    @staticmethod
    def _redact(text: str, call: _Call[Any]) -> str:
        """`text` without the STS token, raw or percent-encoded once or twice."""
        token = call.credentials.security_token if call.credentials else None
        if token is None or not text:
            return text
        value = token.reveal()
        once = _signing.percent_encode(value)
        for form in (_signing.percent_encode(once), once, value):
            text = text.replace(form, "<redacted>")
        return text

    def _build(
        self,
        call: _Call[Any],
        http: httpx.Client | httpx.AsyncClient,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        call.attempt += 1
        call.pending = None
        path, query, headers, body = self._sign(call)
        url = f"{self.endpoint}{path}"
        if query:
            url += "?" + _signing.canonical_query(query)
        logger.debug(
            "%s %s attempt %d: %s %s",
            self._service.product,
            call.info.name,
            call.attempt,
            call.info.method,
            self.endpoint,
        )
        return http.build_request(
            call.info.method, url, headers=headers, content=body, timeout=timeout
        )

    # --- after an attempt -------------------------------------------------------------------

    def _backoff(
        self, call: _Call[Any], error: Error, retry_after: float | None = None
    ) -> _Retry | None:
        """A retry after `error`, unless the attempts or the call's time are used up."""
        if call.attempt > self.max_retries:
            return None
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** (call.attempt - 1)))
        delay = random.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.backoff_max))
        # Some time must remain after the sleep, for the attempt itself.
        if time.monotonic() - call.started + delay >= call.max_retry_time:
            return None
        call.pending = error
        return _Retry(delay)

    def _on_exception(self, call: _Call[Any], exc: httpx.HTTPError) -> _Retry | Error:
        """A failure without an HTTP answer: retry it, or the typed error to raise."""
        not_sent = isinstance(
            exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        )
        safe = call.info.read_only or call.info.idempotent
        what = f"{call.info.name} to {self.endpoint} failed after {call.attempt} attempt(s)"
        error: Error
        if isinstance(exc, httpx.TimeoutException):
            error = TimeoutError(f"{what}: {type(exc).__name__}")
        else:
            error = NetworkError(f"{what}: {type(exc).__name__}: {exc}")
        # The httpx exception is not chained: its frames and its `.request` hold the signed URL,
        # which in v2 carries the security token. Its type and message are in ours.
        error.__cause__ = None
        error.__suppress_context__ = True
        if not_sent or safe:
            retry = self._backoff(call, error)
            if retry is not None:
                logger.info(
                    "%s: %s, retrying in %.3fs",
                    call.info.name,
                    type(exc).__name__,
                    retry.delay,
                )
                return retry
        return error

    def _on_response(
        self, call: _Call[T], status: int, headers: httpx.Headers, body: bytes
    ) -> _Retry | Error | RawResponse[T]:
        """An HTTP answer: the parsed result, a retry, or the typed error to raise."""
        if 200 <= status < 300:
            request_id = headers.get("x-acs-request-id")
            if call.info.response is None:  # the operation answers no body
                parsed = call.parse({})
                return RawResponse(
                    status, headers, body, request_id, parsed, call.attempt
                )
            data = self._decode(status, body)
            expected = getattr(call.info.response, "json_type", dict)
            if not isinstance(data, expected if expected is list else Mapping):
                shape = "an array" if expected is list else "an object"
                return ResponseDecodeError(
                    f"the answer is not a JSON {shape}", status=status, body=body
                )
            parsed = call.parse(data)
            if isinstance(data, Mapping):
                request_id = _first(data, _REQUEST_ID_KEYS) or request_id
            return RawResponse(status, headers, body, request_id, parsed, call.attempt)
        try:
            data = self._decode(status, body)
        except ResponseDecodeError as exc:
            if status >= 500 and (call.info.read_only or call.info.idempotent):
                retry = self._backoff(call, exc)
                if retry is not None:
                    return retry
            return exc
        error = self._api_error(call, status, data if isinstance(data, Mapping) else {})
        if (
            error.code in _CLOCK_CODES
            and not call.clock_corrected
            and self._clock.learn(headers)
        ):
            # Our clock is off: sign once more at the server's time, which later calls keep.
            call.clock_corrected = True
            logger.info(
                "%s: %s, the clock is corrected by %.1fs",
                call.info.name,
                error.code,
                self._clock.offset,
            )
            return _Retry(0.0)
        kind = type(error)
        throttled = kind is ERROR_CLASSES["throttling"]
        server = kind is ERROR_CLASSES["server"]
        if throttled or (server and (call.info.read_only or call.info.idempotent)):
            retry = self._backoff(call, error, _retry_after(headers))
            if retry is not None:
                logger.info(
                    "%s: %s (HTTP %d), retrying in %.3fs",
                    call.info.name,
                    error.code,
                    status,
                    retry.delay,
                )
                return retry
        return error

    @staticmethod
    def _decode(status: int, body: bytes) -> Any:
        try:
            return json.loads(body)
        except ValueError:
            snippet = body[:80].decode("utf-8", "replace")
            raise ResponseDecodeError(
                f"the answer is not JSON: {snippet!r}", status=status, body=body
            ) from None

    def _api_error(
        self, call: _Call[Any], status: int, data: Mapping[str, Any]
    ) -> APIError:
        # RPC errors spell their fields `Code`, `Message`, `RequestId`; REST-style ones often
        # `code`, `message`, `requestId`: both are read, as the official SDK reads them.
        code = str(_first(data, ("Code", "code")) or f"HTTP{status}")
        fields: dict[str, Any] = {
            "status": status,
            "code": code,
            "message": self._redact(
                str(_first(data, ("Message", "message")) or ""), call
            ),
            "request_id": _first(data, _REQUEST_ID_KEYS),
            "host_id": _first(data, ("HostId", "hostId")),
            "recommend": _first(data, ("Recommend", "recommend")),
            "data": data,
        }
        if code == "SignatureDoesNotMatch":
            match = _signing.SERVER_STRING_TO_SIGN.search(fields["message"])
            server = match.group(1).strip() if match else None
            # V3 servers may quote their canonical request rather than the hashed string-to-sign.
            ours = call.string_to_sign
            if (
                server is not None
                and call.canonical_request
                and not server.startswith(_signing.V3_ALGORITHM)
            ):
                ours = call.canonical_request
            return SignatureMismatchError(
                server_string_to_sign=server, client_string_to_sign=ours, **fields
            )
        kind = self._service.error_kinds.get(code) or (
            "throttling" if code.startswith("Throttling") else kind_for_status(status)
        )
        return ERROR_CLASSES.get(kind, APIError)(**fields)


_REQUEST_ID_KEYS = ("RequestId", "requestId", "requestid", "request_id")


def _first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of `keys` that `data` holds a value for."""
    for key in keys:
        value = data.get(key)
        if value is not None:
            return value
    return None


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


class ClientBase(BaseClient):
    """The synchronous client: sends with an `httpx.Client`, sleeps with `time.sleep`."""

    _http: httpx.Client

    def _check_http(self, http_client: Any) -> httpx.Client:
        if not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                "http_client must be an httpx.Client (use AsyncClient for httpx.AsyncClient)"
            )
        return http_client

    def _new_http(self, transport: Any) -> httpx.Client:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError("transport must be an httpx.BaseTransport")
        return httpx.Client(transport=transport)

    def with_options(
        self: C,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> C:
        """A client sharing this one's connections, with other timeout or retry settings."""
        clone: C = self._copy_with(timeout, max_retries)
        return clone

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Call the operation of models module `module` with a method's `locals()`."""
        info = operation(self._package, module)
        request = info.request(**_parameters(arguments))
        answer = self._send(info, request.to_wire(), _parser(info))
        return answer if self._answers_raw else answer.parsed

    def _iterate(self, module: str, arguments: Mapping[str, Any]) -> Iterator[Any]:
        """The items of every page of the operation of `module` (an `iter_<method>`)."""
        info = operation(self._package, module)
        return _pages.iterate(
            info, _parameters(arguments), lambda page: self._call(module, page)
        )

    def _wait(self, module: str, waiter: str, arguments: Mapping[str, Any]) -> Any:
        """Poll the operation of `module` until `waiter` says it is done (a `wait_<name>`)."""
        parameters, polling = self._polling(module, waiter, arguments)
        while True:
            response = self._call(module, parameters)
            pause = polling.after(response)
            if pause is None:
                return response
            time.sleep(pause)

    def _send(
        self,
        info: OperationInfo,
        wire: WireParams,
        parse: Callable[[Any], T],
    ) -> RawResponse[T]:
        call = self._start(info, wire, parse)
        while True:
            # One attempt per call of a helper, so that no frame of a raised error holds a body.
            step = self._attempt(call)
            if isinstance(step, RawResponse):
                return step
            if isinstance(step, Error):
                raise step
            time.sleep(step.delay)

    def _attempt(self, call: _Call[T]) -> _Retry | Error | RawResponse[T]:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        call.credentials = self._provider.get_credentials()
        request = self._build(call, self._http, timeout)
        try:
            response = self._http.send(request)
            try:
                body = response.read()
            finally:
                response.close()
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_response(call, response.status_code, response.headers, body)


class AsyncClientBase(BaseClient):
    """The asynchronous client: sends with an `httpx.AsyncClient`, sleeps with `asyncio.sleep`."""

    _http: httpx.AsyncClient

    def _check_http(self, http_client: Any) -> httpx.AsyncClient:
        if not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                "http_client must be an httpx.AsyncClient (use Client for httpx.Client)"
            )
        return http_client

    def _new_http(self, transport: Any) -> httpx.AsyncClient:
        if transport is not None and not isinstance(
            transport, httpx.AsyncBaseTransport
        ):
            raise ConfigurationError("transport must be an httpx.AsyncBaseTransport")
        return httpx.AsyncClient(transport=transport)

    def with_options(
        self: A,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> A:
        """A client sharing this one's connections, with other timeout or retry settings."""
        clone: A = self._copy_with(timeout, max_retries)
        return clone

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Call the operation of models module `module` with a method's `locals()`."""
        info = operation(self._package, module)
        request = info.request(**_parameters(arguments))
        answer = await self._send(info, request.to_wire(), _parser(info))
        return answer if self._answers_raw else answer.parsed

    def _iterate(self, module: str, arguments: Mapping[str, Any]) -> AsyncIterator[Any]:
        """The items of every page of the operation of `module` (an `iter_<method>`)."""
        info = operation(self._package, module)
        return _pages.iterate_async(
            info, _parameters(arguments), lambda page: self._call(module, page)
        )

    async def _wait(
        self, module: str, waiter: str, arguments: Mapping[str, Any]
    ) -> Any:
        """Poll the operation of `module` until `waiter` says it is done (a `wait_<name>`)."""
        parameters, polling = self._polling(module, waiter, arguments)
        while True:
            response = await self._call(module, parameters)
            pause = polling.after(response)
            if pause is None:
                return response
            await asyncio.sleep(pause)

    async def _send(
        self,
        info: OperationInfo,
        wire: WireParams,
        parse: Callable[[Any], T],
    ) -> RawResponse[T]:
        call = self._start(info, wire, parse)
        while True:
            # One attempt per call of a helper, so that no frame of a raised error holds a body.
            step = await self._attempt(call)
            if isinstance(step, RawResponse):
                return step
            if isinstance(step, Error):
                raise step
            await asyncio.sleep(step.delay)

    async def _attempt(self, call: _Call[T]) -> _Retry | Error | RawResponse[T]:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        call.credentials = await self._provider.get_credentials_async()
        request = self._build(call, self._http, timeout)
        try:
            response = await self._http.send(request)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_response(call, response.status_code, response.headers, body)
