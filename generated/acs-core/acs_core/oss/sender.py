"""`Sender`: sends one signed OSS request with an `httpx.Client` and sleeps with `time.sleep`
between attempts (`BaseSender` decides everything else; see its doc for every option).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import timedelta
from types import TracebackType
from typing import Any

import httpx

from ..errors import ConfigurationError, Error
from ..signing.oss_common import DEFAULT_PRESIGN_EXPIRES, QueryInput
from ..tls import shared_ssl_context
from .base import MAX_ERROR_BODY, BaseSender, OssCall, Retry
from .body import BodyInput, as_body
from .presign import PresignedUrl
from .response import OssResponse

__all__ = ["Sender"]


class Sender(BaseSender):
    """Sends OSS requests, one at a time or from many threads at once.

    `send("PUT", "bucket", "key", body=open(path, "rb"))` streams the file; the answer's
    body is read unless `stream=True` (then iterate `response.iter_bytes()` and close it).
    An error answer raises acs-core's typed errors (`NotFoundError` for `NoSuchKey`, ...).
    """

    _http: httpx.Client

    def _check_http(self, http_client: Any) -> httpx.Client:
        if not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                "http_client must be an httpx.Client (AsyncSender takes httpx.AsyncClient)"
            )
        return http_client

    def _new_http(self, transport: Any) -> httpx.Client:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError("transport must be an httpx.BaseTransport")
        return httpx.Client(transport=transport, verify=shared_ssl_context())

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Sender:
        """A sender sharing this one's connections, with other timeout or retry settings."""
        clone: Sender = self._copy_with(timeout, max_retries)
        return clone

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Sender:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def send(
        self,
        method: str,
        bucket: str | None = None,
        key: str | None = None,
        *,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
        body: BodyInput = None,
        length: int | None = None,
        stream: bool = False,
        idempotent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OssResponse:
        """Send one request (retried as `BaseSender` says) and answer its successful reply.

        `body`: bytes, a binary file (from its current position), an iterator of bytes, or an
        `acs_core.oss.body.Body`; `length` gives the size of an iterator's bytes (else they
        go chunked). `query` holds raw (unencoded) pairs; a `None` or `""` value sends the
        name alone (`?uploads`).
        """
        call = self._start(
            method,
            bucket,
            key,
            query,
            headers,
            as_body(body, length),
            idempotent,
            timeout,
        )
        while True:
            step = self._attempt(call, stream)
            if isinstance(step, OssResponse):
                return step
            if isinstance(step, Error):
                raise step
            time.sleep(step.delay)

    def _attempt(self, call: OssCall, stream: bool) -> Retry | Error | OssResponse:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        call.credentials = self._provider.get_credentials()
        content = call.body.chunks() if call.body.length != 0 else None
        request = self._build(call, self._http, timeout, content)
        try:
            response = self._http.send(request, stream=True)
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        if response.is_success:
            answer = OssResponse(response, call.attempt)
            if not stream:
                try:
                    answer.read()
                except httpx.HTTPError as exc:
                    return self._on_exception(call, exc)
            return answer
        try:
            body = _read_error_body(response)
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_error(call, response.status_code, response.headers, body)

    def presign(
        self,
        method: str,
        bucket: str,
        key: str,
        *,
        expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PresignedUrl:
        """A URL that lets whoever holds it send `method` to the object until it expires
        (15 minutes by default; V4 URLs live at most 7 days, and no longer than the STS
        token they were signed with)."""
        creds = self._provider.get_credentials()
        return self._presign(creds, method, bucket, key, expires, query, headers)


def _read_error_body(response: httpx.Response) -> bytes:
    """At most `MAX_ERROR_BODY` bytes of an error answer; the connection is closed after."""
    parts: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            parts.append(chunk)
            size += len(chunk)
            if size >= MAX_ERROR_BODY:
                break
    finally:
        response.close()
    return b"".join(parts)[:MAX_ERROR_BODY]
