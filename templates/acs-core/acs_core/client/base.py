"""The transport-independent half of the clients: settings, signing, errors, retry decisions.

Everything here does no I/O. `ClientBase` (`sync`) and `AsyncClientBase` (`asynchronous`), the
bases of every product's `Client` and `AsyncClient`, add one thing each: the loop that sends a
prepared request (with `time.sleep` or `asyncio.sleep` between attempts).

Constructor (both clients)::

    Client(region=None, *, access_key_id=None, access_key_secret=None, security_token=None,
           credentials=None, endpoint=None, signature_version=None, timeout=DEFAULT_TIMEOUT,
           max_retries=3, backoff_base=0.2, backoff_max=8.0, max_retry_time=60.0,
           http_client=None, transport=None, account_id=None, bearer_token=None)

* Credentials come from `credentials=` (a provider of `acs_core.credentials`, such as
  `RamRoleArnCredentials` or `EcsRamRoleCredentials`, anything with `get_credentials()` and
  `get_credentials_async()`, or a client of the official `alibabacloud-credentials` library),
  from `access_key_id=`/`access_key_secret=` (and `security_token=`), or else from the
  process's default chain, shared by every client of every product, in the official library's
  order: the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, ...), an OIDC role, the CLI profile
  (`~/.aliyun/config.json`), the credentials file (`~/.alibabacloud/credentials.ini`), the ECS
  instance's RAM role, a credentials URI (see `acs_core.credentials.chain`). The chain is
  walked when the first request is signed; when it finds
  nothing, that request raises one `ConfigurationError` listing every source and why it gave
  nothing. Credentials are asked for before each attempt: temporary ones are refreshed 15
  minutes before they expire, once for all concurrent callers. The region comes from the
  argument or `ALIBABA_CLOUD_REGION_ID`. The secret and the token are kept in `Secret` holders:
  they never appear in a repr, a log line or an exception. Importing the client
  installs a logging filter on the `httpx` and `httpcore` loggers that masks `SecurityToken`,
  `Signature` and secret-like query parameters in their log lines (v2 signs in the query, and
  httpx logs every request URL at INFO).
* `bearer_token`: sent to the operations that take one, and no credentials for anonymous ones
  (PDS's; see `client.auth`).
* `endpoint` overrides the region's host; it may be a full URL (`http://127.0.0.1:8080`),
  otherwise HTTPS is used.
* `account_id`: for a service whose endpoints are scoped to an account
  (`ServiceInfo.host_prefix`, FC-Open): the host is `<account_id>.<the region's endpoint>`
  (`123456789.cn-hangzhou.fc.aliyuncs.com`); required there unless `endpoint` is given, refused
  elsewhere.
* `signature_version`: "v3" (ACS3-HMAC-SHA256) or "v2" (HMAC-SHA1 query signing), as the
  service supports; products with signatures of their own sign only with those: Simple Log
  Service "sls_v1" (`LOG <id>:<sig>`, HMAC-SHA256) or "sls_v4" (`SLS4-HMAC-SHA256`), Drive and
  Photo Service "pds_v1" (`acs <id>:<sig>`, HMAC-SHA1). Default: the service's (v3 for most).
* Host parameters (SLS's `project`, PDS's `domain_id`): a per-call argument that prefixes the
  host, `<project>.<endpoint>` (`my-project.cn-hangzhou.log.aliyuncs.com`) or, where the
  service names one, `<value>.<its host endpoint>` (`<domain_id>.api.aliyunpds.com`); with
  `endpoint=` given, `<value>.<endpoint>`; to an IP endpoint (the emulator), the prefixed name
  travels in the `Host` header only (see `client.endpoints.parameter_host`).
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
"""

from __future__ import annotations

import copy
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import httpx

from .. import logs
from .. import signing as _signing
from .. import waiters as _waiters
from ..credentials.base import CredentialsProvider, Secret
from ..credentials.resolve import resolve_provider
from ..errors import (
    ERROR_CLASSES,
    ConfigurationError,
    Error,
    NetworkError,
    RequestValidationError,
    ResponseDecodeError,
    TimeoutError,
)
from ..info import OperationInfo, ServiceInfo
from ..params import WireParams, expand_path
from . import direct as _direct
from .answers import (
    REQUEST_ID_HEADERS,
    REQUEST_ID_KEYS,
    api_error,
    decode,
    first,
    retry_after,
)
from .auth import BearerTokenProvider, ClientAuth, attempt_request
from .call import Call, RawResponse, Retry, arguments_of, operation
from .endpoints import HOST_LABEL, parameter_host, resolve_endpoint
from .timing import CLOCK_CODES, Clock, cap_timeout, resolve_timeout

__all__ = ["ENV_REGION", "BaseClient"]

T = TypeVar("T")

ENV_REGION = "ALIBABA_CLOUD_REGION_ID"
_SIGNATURE_VERSIONS = ("v3", "v2", "sls_v1", "sls_v4", "pds_v1")

logger = logging.getLogger("acs_core")

# Signatures and tokens travel in request URLs (v2 signs in the query): mask them in httpx's
# log lines, which show every request URL at INFO.
logs.install_redaction()


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
        signature_version: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 8.0,
        max_retry_time: float = 60.0,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        account_id: str | None = None,
        bearer_token: str | Secret | BearerTokenProvider | None = None,
    ) -> None:
        service = self._service
        self._provider = resolve_provider(
            credentials, access_key_id, access_key_secret, security_token
        )
        self._auth = ClientAuth(self._provider, bearer_token)  # see `client.auth`
        region = region or os.environ.get(ENV_REGION) or None
        if not region:
            raise ConfigurationError(f"no region: pass region= or set {ENV_REGION}")
        self.region = region
        self.endpoint, self._host = resolve_endpoint(
            service, region, endpoint, account_id
        )
        self._explicit_endpoint = endpoint is not None
        signature_version = signature_version or service.default_signature
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
        self.timeout = resolve_timeout(timeout)
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
        self._clock = Clock()
        self._owns_http = http_client is None
        self._direct = _direct.eligible(http_client, transport, self._host)
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
            clone.timeout = resolve_timeout(timeout)
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
        parameters = arguments_of(arguments)
        delay, max_wait = parameters.pop("delay"), parameters.pop("max_wait")
        return parameters, _waiters.Polling(
            waiter, info.waiters[waiter], delay, max_wait
        )

    def _start(
        self,
        info: OperationInfo,
        wire: WireParams,
        parse: Callable[[Any], T],
    ) -> Call[T]:
        """Check what can be checked without sending: the region first."""
        if info.regions is not None and self.region not in info.regions:
            raise ConfigurationError(
                f"{info.name} is not available in region {self.region!r}; "
                f"it is supported in: {', '.join(info.regions)}"
            )
        return Call(
            info=info,
            wire=wire,
            parse=parse,
            timeout=self.timeout,
            max_retry_time=self.max_retry_time,
        )

    def _attempt_timeout(self, call: Call[Any]) -> httpx.Timeout | None:
        """The timeouts of the next attempt, or None when the call's deadline has passed."""
        if call.attempt == 0:
            budget = call.max_retry_time
            return cap_timeout(call.timeout, budget) if budget > 0 else call.timeout
        remaining = call.started + call.max_retry_time - time.monotonic()
        if remaining <= 0:
            return None
        return cap_timeout(call.timeout, remaining)

    @staticmethod
    def _give_up(call: Call[Any]) -> Error:
        """The error to raise when the deadline passed before the planned retry."""
        if call.pending is not None:
            return call.pending
        return TimeoutError(  # not reached: a retry is only planned after an error
            f"{call.info.name} ran out of its {call.max_retry_time}s retry time"
        )

    def _target(self, call: Call[Any]) -> tuple[str, str]:
        """The base URL and the host of a call: the client's, or prefixed with the value of
        the operation's host parameter."""
        value = call.wire.host
        if value is None:
            return self.endpoint, self._host
        if not HOST_LABEL.fullmatch(value):
            param = next(p for p in call.info.request.params() if p.location == "host")
            raise RequestValidationError(
                parameter=param.wire_name,
                argument=param.python_name,
                message=f"must be one label of a host name (letters, digits, -), got {value!r}",
            )
        return parameter_host(
            self._service, self.endpoint, self._host, value, self._explicit_endpoint
        )

    def _sign(
        self, call: Call[Any]
    ) -> tuple[str, str, list[tuple[str, str]], dict[str, str], bytes]:
        """Sign one attempt with a fresh nonce and date; the secret lives only in this frame.

        Answers the base URL, the encoded path, the query, the headers and the body to send.
        """
        info, wire = call.info, call.wire
        base_url, host = self._target(call)
        path = "/" if info.path is None else expand_path(info.path, wire.path)
        # A fixed query (SLS's `?type=log`): a parameter of the same name replaces its pair.
        given = {name for name, _ in wire.query}
        query = [(k, v) for k, v in info.query if k not in given] + wire.query
        signed = attempt_request(  # signed, or not (`client.auth`)
            self.signature_version,
            call,
            host=host,
            path=path,
            query=query,
            api_version=self._service.api_version,
            region=self.region,
            clock=self._clock,
        )
        # Kept for SignatureMismatchError; an STS token is part of them, so it is masked.
        call.string_to_sign = self._redact(signed.string_to_sign, call)
        call.canonical_request = self._redact(signed.canonical_request, call)
        return base_url, path, signed.query, signed.headers, signed.body

    @staticmethod
    def _redact(text: str, call: Call[Any]) -> str:
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
        call: Call[Any],
        http: httpx.Client | httpx.AsyncClient,
        timeout: httpx.Timeout,
        direct: bool = False,
    ) -> httpx.Request:
        """The signed request of the next attempt (`direct`: for `direct.send`)."""
        call.attempt += 1
        call.pending = None
        base_url, path, query, headers, body = self._sign(call)
        url = f"{base_url}{path}"
        if query:
            url += "?" + _signing.canonical_query(query)
        logger.debug(
            "%s %s attempt %d: %s %s",
            self._service.product,
            call.info.name,
            call.attempt,
            call.info.method,
            base_url,
        )
        method = call.info.method
        if direct:
            return _direct.build(http, method, url, headers, body, timeout)
        return http.build_request(
            method, url, headers=headers, content=body, timeout=timeout
        )

    # --- after an attempt -------------------------------------------------------------------

    def _backoff(
        self, call: Call[Any], error: Error, retry_after: float | None = None
    ) -> Retry | None:
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
        return Retry(delay)

    def _on_exception(self, call: Call[Any], exc: httpx.HTTPError) -> Retry | Error:
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
        self, call: Call[T], status: int, headers: httpx.Headers, body: bytes
    ) -> Retry | Error | RawResponse[T]:
        """An HTTP answer: the parsed result, a retry, or the typed error to raise."""
        if 200 <= status < 300:
            request_id = first(headers, REQUEST_ID_HEADERS)
            if call.info.response is None:  # the operation answers no body
                parsed = call.parse({})
                return RawResponse(
                    status, headers, body, request_id, parsed, call.attempt
                )
            expected = getattr(call.info.response, "json_type", dict)
            if expected is bytes:  # a binary answer: the body as it came
                parsed = call.parse(body)
                return RawResponse(
                    status, headers, body, request_id, parsed, call.attempt
                )
            if expected is object and not body.strip():
                data = None  # no schema and no body: nothing was sent, nothing is lost
            else:
                data = decode(status, body)
            if expected is not object and not isinstance(
                data, expected if expected is list else Mapping
            ):
                shape = "an array" if expected is list else "an object"
                return ResponseDecodeError(
                    f"the answer is not a JSON {shape}", status=status, body=body
                )
            parsed = call.parse(data)
            if isinstance(data, Mapping):
                request_id = first(data, REQUEST_ID_KEYS) or request_id
            return RawResponse(status, headers, body, request_id, parsed, call.attempt)
        try:
            data = decode(status, body)
        except ResponseDecodeError as exc:
            if status >= 500 and (call.info.read_only or call.info.idempotent):
                retry = self._backoff(call, exc)
                if retry is not None:
                    return retry
            return exc
        error = api_error(
            call,
            status,
            data if isinstance(data, Mapping) else {},
            self._service.error_kinds,
            lambda text: self._redact(text, call),
            first(headers, REQUEST_ID_HEADERS),
        )
        if (
            error.code in CLOCK_CODES
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
            return Retry(0.0)
        kind = type(error)
        throttled = kind is ERROR_CLASSES["throttling"]
        server = kind is ERROR_CLASSES["server"]
        if throttled or (server and (call.info.read_only or call.info.idempotent)):
            retry = self._backoff(call, error, retry_after(headers))
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
