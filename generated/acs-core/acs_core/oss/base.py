"""The transport-independent half of the OSS senders: settings, addressing, signing, errors and
retry decisions. Nothing here does I/O; `Sender` (`sender`) and `AsyncSender` (`asynchronous`)
add the loop that sends a prepared request, with `time.sleep` or `asyncio.sleep` between tries.

Constructor (both senders)::

    Sender(region=None, *, endpoint=None, credentials=None, access_key_id=None,
           access_key_secret=None, security_token=None, signature_version="v4",
           path_style=False, cname=False, timeout=None, max_retries=3, backoff_base=0.2,
           backoff_max=8.0, max_retry_time=300.0, http_client=None, transport=None)

* Credentials as every acs-core client takes them: a provider (`credentials=`: the default
  chain's sources, STS roles, an `alibabacloud-credentials` object), keys and an STS token, or
  else the process's default chain. They are asked for before every attempt, so temporary ones
  are refreshed in the middle of a long transfer.
* `endpoint`: a host (`oss-cn-hangzhou.aliyuncs.com`, HTTPS) or a URL (`http://127.0.0.1:9000`);
  by default `https://oss-<region>.aliyuncs.com`. The region (for the V4 scope) comes from the
  argument, from an `oss-<region>[-internal].aliyuncs.com` endpoint, or from
  `ALIBABA_CLOUD_REGION_ID`. Requests go virtual-hosted (`<bucket>.<endpoint>/<key>`), path
  style for an IP endpoint or `path_style=True` (`<endpoint>/<bucket>/<key>`), or to a custom
  domain with `cname=True`, as both official SDKs address them (`addressing`).
* `signature_version`: "v4" (`OSS4-HMAC-SHA256`, the default) or "v1" (`OSS <id>:<sig>`).
* The URL path is sent exactly as signed: a key such as `a/../b` reaches OSS as `/a/../b`
  (httpx and requests would otherwise remove the dot segments after signing). Invalid bucket
  names and keys are refused with `RequestValidationError` before anything is sent.
* Retries as the gateway clients retry: throttling, 5xx and connection failures, `max_retries`
  times with exponential backoff and full jitter within `max_retry_time` seconds, each attempt
  signed anew. GET, HEAD, DELETE and PUT are retried on ambiguous failures too (a reset, a read
  timeout, a 5xx) when their body can be sent again (bytes, a seekable file, a file slice);
  POST only where the request surely was not processed, unless `idempotent=True`. A request
  refused for a skewed clock (`RequestTimeTooSkewed`) is signed again once at the server's time,
  one refused for expired credentials once more with renewed ones (`answers.renew`).
"""

from __future__ import annotations

import copy
import logging
import os
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Final

import httpx

from .. import __version__, logs
from ..client.answers import retry_after as retry_after_header
from ..client.timing import Clock, cap_timeout, resolve_timeout
from ..credentials.base import Credentials, CredentialsProvider, Secret
from ..credentials.resolve import resolve_provider
from ..errors import (
    ERROR_CLASSES,
    APIError,
    ConfigurationError,
    Error,
    NetworkError,
    RequestValidationError,
    TimeoutError,
)
from ..signing.oss_common import QueryInput, query_pairs, validate_region
from ..signing.oss_v1 import sign_v1_headers
from ..signing.oss_v4 import sign_v4_headers
from .addressing import Address, build_address, encode_request_query
from .answers import CLOCK_CODES, oss_error, renew
from .body import Body
from .presign import PresignedUrl, presign_url

__all__ = ["ENV_REGION", "BaseSender", "OssCall", "Retry"]

ENV_REGION = "ALIBABA_CLOUD_REGION_ID"
_SIGNATURE_VERSIONS = ("v4", "v1")
_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "DELETE", "PUT", "OPTIONS"})
_REGION_OF_ENDPOINT: Final = re.compile(
    r"oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com(?::\d+)?"
)
#: the most of an error answer's body read
MAX_ERROR_BODY: Final = 1024 * 1024
USER_AGENT: Final = f"acs-core/{__version__} (oss)"

logger = logging.getLogger("acs_core.oss")
logs.install_redaction()


@dataclass(frozen=True)
class Retry:
    delay: float


@dataclass
class OssCall:
    """One request across its attempts (no secret in here)."""

    method: str
    bucket: str | None
    key: str | None
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: Body
    idempotent: bool
    timeout: httpx.Timeout
    max_retry_time: float
    started: float = field(default_factory=time.monotonic)
    attempt: int = 0
    pending: Error | None = None
    string_to_sign: str = ""
    credentials: Credentials | None = None
    clock_corrected: bool = False
    renewed: bool = False

    @property
    def what(self) -> str:
        target = "/".join(part for part in (self.bucket, self.key) if part)
        return f"{self.method} {target or '/'}"


def _invalid(parameter: str, message: str) -> RequestValidationError:
    return RequestValidationError(
        parameter=parameter, argument=parameter, message=message
    )


class BaseSender:
    """Settings and every decision of an OSS request; subclasses only send."""

    def __init__(
        self,
        region: str | None = None,
        *,
        endpoint: str | None = None,
        credentials: CredentialsProvider | Any = None,
        access_key_id: str | None = None,
        access_key_secret: str | Secret | None = None,
        security_token: str | Secret | None = None,
        signature_version: str = "v4",
        path_style: bool = False,
        cname: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 8.0,
        max_retry_time: float = 300.0,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._provider = resolve_provider(
            credentials, access_key_id, access_key_secret, security_token
        )
        if signature_version not in _SIGNATURE_VERSIONS:
            raise ConfigurationError(
                f"signature_version {signature_version!r} is not supported; use v4 or v1"
            )
        self.signature_version = signature_version
        self.endpoint, self.region = self._locate(region, endpoint)
        self.path_style = path_style
        self.cname = cname
        self.timeout = resolve_timeout(timeout)
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        if not max_retry_time >= 0:  # also refuses NaN
            raise ConfigurationError("max_retry_time must be 0 or more seconds")
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.max_retry_time = max_retry_time
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client= or transport=, not both")
        self._clock = Clock()
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

    def _locate(
        self, region: str | None, endpoint: str | None
    ) -> tuple[str, str | None]:
        """The endpoint URL (scheme and host) and the region requests are signed for."""
        if endpoint is None:
            region = region or os.environ.get(ENV_REGION) or None
            if not region:
                raise ConfigurationError(
                    f"no region: pass region= or endpoint=, or set {ENV_REGION}"
                )
            endpoint = f"https://oss-{region}.aliyuncs.com"
        try:
            address = build_address(bucket=None, endpoint=endpoint)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        if region is None:
            match = _REGION_OF_ENDPOINT.fullmatch(address.netloc.lower())
            region = match.group(1) if match else os.environ.get(ENV_REGION) or None
        if region is not None:
            try:
                validate_region(region)
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None
        elif self.signature_version == "v4":
            raise ConfigurationError(
                f"V4 signatures name the region: pass region= for endpoint {endpoint!r}"
            )
        return f"{address.scheme}://{address.netloc}", region

    def _copy_with(
        self, timeout: float | httpx.Timeout | None, max_retries: int | None
    ) -> Any:
        clone = copy.copy(self)
        clone._owns_http = False
        if timeout is not None:
            clone.timeout = resolve_timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError("max_retries must be 0 or more")
            clone.max_retries = max_retries
        return clone

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self.region!r}, endpoint={self.endpoint!r}, "
            f"credentials={self._provider!r}, "
            f"signature_version={self.signature_version!r}, max_retries={self.max_retries})"
        )

    # --- before sending ---------------------------------------------------------------------

    def address(self, bucket: str | None, key: str | None = None) -> Address:
        """Where a request for `bucket`/`key` goes; `RequestValidationError` for bad names."""
        if bucket is not None and not isinstance(bucket, str):
            raise _invalid("bucket", f"must be a str, got {type(bucket).__name__}")
        if key is not None:
            if not isinstance(key, str):
                raise _invalid("key", f"must be a str, got {type(key).__name__}")
            if key == "":
                raise _invalid("key", "must not be empty")
            if len(key.encode("utf-8")) > 1023:
                raise _invalid(
                    "key", f"is {len(key.encode('utf-8'))} bytes in UTF-8; at most 1023"
                )
            if bucket is None:
                raise _invalid("key", f"{key!r} needs a bucket")
        try:
            return build_address(
                bucket=bucket,
                key=key,
                endpoint=self.endpoint,
                path_style=self.path_style,
                cname=self.cname,
            )
        except ValueError as exc:
            raise _invalid("bucket", str(exc)) from None

    def _start(
        self,
        method: str,
        bucket: str | None,
        key: str | None,
        query: QueryInput | None,
        headers: Mapping[str, str] | None,
        body: Body,
        idempotent: bool | None,
        timeout: float | httpx.Timeout | None,
    ) -> OssCall:
        """Everything that can be checked before sending, checked."""
        method = method.upper()
        self.address(bucket, key)
        try:
            pairs = query_pairs(query)
        except (TypeError, ValueError) as exc:
            raise _invalid("query", str(exc)) from None
        sent: dict[str, str] = {}
        for name, value in (headers or {}).items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise _invalid("headers", f"{name!r}: names and values must be str")
            if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
                raise _invalid("headers", f"{name!r}: a line break cannot be sent")
            sent[name] = value
        if idempotent is None:
            idempotent = method in _IDEMPOTENT_METHODS
        return OssCall(
            method=method,
            bucket=bucket,
            key=key,
            query=pairs,
            headers=sent,
            body=body,
            idempotent=idempotent,
            timeout=self.timeout if timeout is None else resolve_timeout(timeout),
            max_retry_time=self.max_retry_time,
        )

    def _attempt_timeout(self, call: OssCall) -> httpx.Timeout | None:
        """The timeouts of the next attempt, or None when the request's deadline has passed."""
        if call.attempt == 0:
            budget = call.max_retry_time
            return cap_timeout(call.timeout, budget) if budget > 0 else call.timeout
        remaining = call.started + call.max_retry_time - time.monotonic()
        if remaining <= 0:
            return None
        return cap_timeout(call.timeout, remaining)

    @staticmethod
    def _give_up(call: OssCall) -> Error:
        if call.pending is not None:
            return call.pending
        return TimeoutError(f"{call.what} ran out of its {call.max_retry_time}s")

    def _sign(self, call: OssCall) -> httpx.Headers:
        """The headers of one attempt, signed now; the secret lives only in this frame."""
        creds = call.credentials
        assert creds is not None, "credentials are fetched before each attempt"
        token = creds.security_token.reveal() if creds.security_token else None
        common: dict[str, Any] = {
            "bucket": call.bucket,
            "key": call.key,
            "query": call.query,
            "headers": call.headers,
            "access_key_id": creds.access_key_id,
            "access_key_secret": creds.access_key_secret.reveal(),
            "security_token": token,
            "when": self._clock.now(),
        }
        if self.signature_version == "v1":
            signed = sign_v1_headers(call.method, **common)
        else:
            assert self.region is not None
            signed = sign_v4_headers(call.method, region=self.region, **common)
        call.string_to_sign = self._redact(signed.string_to_sign, call)
        headers = httpx.Headers(call.headers)
        headers.setdefault("User-Agent", USER_AGENT)
        headers.setdefault("Accept-Encoding", "identity")
        length = call.body.length
        if length is not None and (length > 0 or call.method in ("PUT", "POST")):
            headers["Content-Length"] = str(length)
        for name, value in signed.headers.items():
            headers[name] = value
        return headers

    @staticmethod
    def _redact(text: str, call: OssCall) -> str:
        token = call.credentials.security_token if call.credentials else None
        if token is None or not text:
            return text
        return text.replace(token.reveal(), "<redacted>")

    def _build(
        self,
        call: OssCall,
        http: httpx.Client | httpx.AsyncClient,
        timeout: httpx.Timeout,
        content: Any,
    ) -> httpx.Request:
        call.attempt += 1
        call.pending = None
        address = self.address(call.bucket, call.key)
        query = encode_request_query(call.query)
        url = address.url(query)
        target = address.path + (f"?{query}" if query else "")
        headers = self._sign(call)
        logger.debug("OSS %s attempt %d", call.what, call.attempt)
        if call.body.length == 0 or (call.body.length is None and content is None):
            content = b"" if call.method in ("PUT", "POST") else None
        return http.build_request(
            call.method,
            url,
            headers=headers,
            content=content,
            timeout=timeout,
            # The path exactly as signed: httpx would drop `.` and `..` segments of the URL.
            extensions={"target": target.encode("ascii")},
        )

    # --- after an attempt -------------------------------------------------------------------

    def _backoff(
        self, call: OssCall, error: Error, retry_after: float | None = None
    ) -> Retry | None:
        if call.attempt > self.max_retries:
            return None
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** (call.attempt - 1)))
        delay = random.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.backoff_max))
        if time.monotonic() - call.started + delay >= call.max_retry_time:
            return None
        call.pending = error
        return Retry(delay)

    def _on_exception(self, call: OssCall, exc: httpx.HTTPError) -> Retry | Error:
        """A failure without a complete HTTP answer: retry it, or the typed error to raise."""
        not_sent = isinstance(
            exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        )
        error = self.transport_error(exc, f"{call.what}, {call.attempt} attempt(s)")
        if call.body.can_retry and (not_sent or call.idempotent):
            retry = self._backoff(call, error)
            if retry is not None:
                logger.info(
                    "OSS %s: %s, retrying in %.3fs",
                    call.what,
                    type(exc).__name__,
                    retry.delay,
                )
                return retry
        return error

    def transport_error(self, exc: httpx.HTTPError, what: str) -> Error:
        """The typed error of a failure without a complete answer (`what` failed)."""
        message = f"OSS {what} to {self.endpoint} failed: {type(exc).__name__}"
        error: Error
        if isinstance(exc, httpx.TimeoutException):
            error = TimeoutError(message)
        else:
            error = NetworkError(f"{message}: {exc}")
        # Not chained: the httpx exception's frames hold the signed request.
        error.__cause__ = None
        error.__suppress_context__ = True
        return error

    def _on_error(
        self, call: OssCall, status: int, headers: httpx.Headers, body: bytes
    ) -> Retry | APIError:
        """An error answer: a retry, or the typed error to raise."""
        error = oss_error(
            status,
            headers,
            body,
            client_string_to_sign=call.string_to_sign or None,
            redact=lambda text: self._redact(text, call),
        )
        if (
            error.code in CLOCK_CODES
            and not call.clock_corrected
            and call.body.can_retry
            and self._clock.learn(headers)
        ):
            call.clock_corrected = True
            logger.info(
                "OSS %s: %s, the clock is corrected by %.1fs",
                call.what,
                error.code,
                self._clock.offset,
            )
            return Retry(0.0)
        if renew(self._provider, call, error.code):
            return Retry(0.0)
        kind = type(error)
        throttled = kind is ERROR_CLASSES["throttling"]
        server = kind is ERROR_CLASSES["server"]
        if call.body.can_retry and (throttled or (server and call.idempotent)):
            retry = self._backoff(call, error, retry_after_header(headers))
            if retry is not None:
                logger.info(
                    "OSS %s: %s (HTTP %d), retrying in %.3fs",
                    call.what,
                    error.code,
                    status,
                    retry.delay,
                )
                return retry
        return error

    # --- presigned URLs ---------------------------------------------------------------------

    def _presign(
        self,
        creds: Credentials,
        method: str,
        bucket: str,
        key: str,
        expires: int | timedelta,
        query: QueryInput | None,
        headers: Mapping[str, str] | None,
    ) -> PresignedUrl:
        return presign_url(
            creds,
            method=method.upper(),
            address=self.address(bucket, key),
            bucket=bucket,
            key=key,
            region=self.region,
            signature_version=self.signature_version,
            when=self._clock.now(),
            expires=expires,
            query=query,
            headers=headers,
        )
