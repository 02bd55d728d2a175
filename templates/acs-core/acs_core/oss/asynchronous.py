"""`AsyncSender`: sends one signed OSS request with an `httpx.AsyncClient` and sleeps with
`asyncio.sleep` between attempts (`BaseSender` decides everything else)."""

from __future__ import annotations

import asyncio
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
from .response import AsyncOssResponse

__all__ = ["AsyncSender"]


class AsyncSender(BaseSender):
    """`Sender` for asyncio: the same arguments, `await`-ed; bodies may be async iterators."""

    _http: httpx.AsyncClient

    def _check_http(self, http_client: Any) -> httpx.AsyncClient:
        if not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                "http_client must be an httpx.AsyncClient (Sender takes httpx.Client)"
            )
        return http_client

    def _new_http(self, transport: Any) -> httpx.AsyncClient:
        if transport is not None and not isinstance(
            transport, httpx.AsyncBaseTransport
        ):
            raise ConfigurationError("transport must be an httpx.AsyncBaseTransport")
        return httpx.AsyncClient(transport=transport, verify=shared_ssl_context())

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncSender:
        """A sender sharing this one's connections, with other timeout or retry settings."""
        clone: AsyncSender = self._copy_with(timeout, max_retries)
        return clone

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncSender:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def send(
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
    ) -> AsyncOssResponse:
        """`Sender.send`, awaited."""
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
            step = await self._attempt(call, stream)
            if isinstance(step, AsyncOssResponse):
                return step
            if isinstance(step, Error):
                raise step
            await asyncio.sleep(step.delay)

    async def _attempt(
        self, call: OssCall, stream: bool
    ) -> Retry | Error | AsyncOssResponse:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        call.credentials = await self._provider.get_credentials_async()
        content = call.body.achunks() if call.body.length != 0 else None
        request = self._build(call, self._http, timeout, content)
        try:
            response = await self._http.send(request, stream=True)
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        if response.is_success:
            answer = AsyncOssResponse(response, call.attempt)
            if not stream:
                try:
                    await answer.read()
                except httpx.HTTPError as exc:
                    return self._on_exception(call, exc)
            return answer
        try:
            body = await _read_error_body(response)
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_error(call, response.status_code, response.headers, body)

    async def presign(
        self,
        method: str,
        bucket: str,
        key: str,
        *,
        expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PresignedUrl:
        """`Sender.presign`, with the credentials fetched without blocking the loop."""
        creds = await self._provider.get_credentials_async()
        return self._presign(creds, method, bucket, key, expires, query, headers)


async def _read_error_body(response: httpx.Response) -> bytes:
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_raw():
            parts.append(chunk)
            size += len(chunk)
            if size >= MAX_ERROR_BODY:
                break
    finally:
        await response.aclose()
    return b"".join(parts)[:MAX_ERROR_BODY]
