"""`AsyncClientBase`: the asynchronous client, which sends with an `httpx.AsyncClient` and
sleeps with `asyncio.sleep` (`BaseClient` decides everything else)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import timedelta
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .. import pages as _pages
from ..credentials.base import Credentials
from ..errors import ConfigurationError, Error
from ..info import OperationInfo
from ..params import WireParams
from ..tls import shared_ssl_context
from . import direct as _direct
from .base import BaseClient
from .call import Call, RawResponse, Retry, arguments_of, operation, parser

__all__ = ["AsyncClientBase"]

T = TypeVar("T")
A = TypeVar("A", bound="AsyncClientBase")


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
        return httpx.AsyncClient(transport=transport, verify=shared_ssl_context())

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

    async def presign_url(
        self,
        url: str,
        *,
        expires: int | float | timedelta = 3600,
    ) -> str:
        """`url`, an OSS object URL an answer carried (VOD's `AIImageResult` URLs), signed for a
        GET with this client's credentials: a V4 presigned URL valid `expires` seconds (at most
        7 days). `RequestValidationError`, before anything else, for a longer expiry or a URL
        that is not an OSS object's (see `acs_core.client.presigning`)."""
        from . import presigning as _presigning

        target, seconds = _presigning.check_presign(url, expires)
        creds = await self._provider.get_credentials_async()
        return _presigning.sign_object_url(
            creds, target, seconds, region=self.region, when=self._clock.now()
        )

    async def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Call the operation of models module `module` with a method's `locals()`."""
        info = operation(self._package, module)
        request = info.request(**arguments_of(arguments))
        answer = await self._send(info, request.to_wire(), parser(info))
        return answer if self._answers_raw else answer.parsed

    async def _upload(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """`ClientBase._upload`, awaited: the operation, then the file to OSS with the
        credentials it answered, renewed by its refresh operation."""
        from ..oss.asynchronous import AsyncSender
        from ..oss.transfer_async import AsyncTransfer
        from . import uploads as _uploads

        info = operation(self._package, module)
        job = _uploads.start_upload(info, dict(arguments))
        response = await self._call(module, job.arguments)
        target = _uploads.destination_of(response, job)
        facts, fetch = job.facts, None
        if facts.refresh is not None:
            refresh, passed = facts.refresh, _uploads.refresh_arguments(response, facts)

            async def fetch() -> Credentials:
                answer = await self._call(refresh, passed)
                return _uploads.credentials_of(answer, facts, refresh)

        first = _uploads.credentials_of(response, facts, info.name)
        async with AsyncSender(
            target.region(self.region),
            endpoint=target.endpoint,
            credentials=_uploads.UploadCredentials(first, fetch_async=fetch),
            timeout=self.timeout,
            max_retries=self.max_retries,
            http_client=self._http,
        ) as sender:
            await AsyncTransfer(
                sender, part_size=job.part_size, parallelism=job.parallelism
            ).upload(
                target.bucket,
                target.key,
                job.source,
                size=job.size,
                progress=job.progress,
                checkpoint_dir=job.checkpoint_dir,
            )
        return response

    def _iterate(self, module: str, arguments: Mapping[str, Any]) -> AsyncIterator[Any]:
        """The items of every page of the operation of `module` (an `iter_<method>`)."""
        info = operation(self._package, module)
        return _pages.iterate_async(
            info, arguments_of(arguments), lambda page: self._call(module, page)
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

    async def _attempt(self, call: Call[T]) -> Retry | Error | RawResponse[T]:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        await self._auth.authenticate_async(call)
        http = self._http
        direct = self._direct and _direct.usable(http)
        request = self._build(call, http, timeout, direct)
        try:
            if direct:
                response, body = await _direct.send_async(http, request)
            else:
                response = await http.send(request)
                try:
                    body = await response.aread()
                finally:
                    await response.aclose()
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_response(call, response.status_code, response.headers, body)
