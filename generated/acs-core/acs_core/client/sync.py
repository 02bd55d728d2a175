"""`ClientBase`: the synchronous client, which sends with an `httpx.Client` and sleeps with
`time.sleep` (`BaseClient` decides everything else)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
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

__all__ = ["ClientBase"]

T = TypeVar("T")
C = TypeVar("C", bound="ClientBase")


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
        return httpx.Client(transport=transport, verify=shared_ssl_context())

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

    def presign_url(
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
        creds = self._provider.get_credentials()
        return _presigning.sign_object_url(
            creds, target, seconds, region=self.region, when=self._clock.now()
        )

    def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Call the operation of models module `module` with a method's `locals()`."""
        info = operation(self._package, module)
        request = info.request(**arguments_of(arguments))
        answer = self._send(info, request.to_wire(), parser(info))
        return answer if self._answers_raw else answer.parsed

    def _upload(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Run an upload method (`acs_core.client.uploads`): the operation, then the file
        to OSS with the credentials it answered, renewed by its refresh operation."""
        from ..oss.sender import Sender
        from ..oss.transfer import Transfer
        from . import uploads as _uploads

        info = operation(self._package, module)
        job = _uploads.start_upload(info, dict(arguments))
        response = self._call(module, job.arguments)
        target = _uploads.destination_of(response, job)
        facts, fetch = job.facts, None
        if facts.refresh is not None:
            refresh, passed = facts.refresh, _uploads.refresh_arguments(response, facts)

            def fetch() -> Credentials:
                answer = self._call(refresh, passed)
                return _uploads.credentials_of(answer, facts, refresh)

        first = _uploads.credentials_of(response, facts, info.name)
        with Sender(
            target.region(self.region),
            endpoint=target.endpoint,
            credentials=_uploads.UploadCredentials(first, fetch),
            timeout=self.timeout,
            max_retries=self.max_retries,
            http_client=self._http,
        ) as sender:
            Transfer(
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

    def _iterate(self, module: str, arguments: Mapping[str, Any]) -> Iterator[Any]:
        """The items of every page of the operation of `module` (an `iter_<method>`)."""
        info = operation(self._package, module)
        return _pages.iterate(
            info, arguments_of(arguments), lambda page: self._call(module, page)
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

    def _attempt(self, call: Call[T]) -> Retry | Error | RawResponse[T]:
        timeout = self._attempt_timeout(call)
        if timeout is None:
            return self._give_up(call)
        self._auth.authenticate(call)
        http = self._http
        direct = self._direct and _direct.usable(http)
        request = self._build(call, http, timeout, direct)
        try:
            if direct:
                response, body = _direct.send(http, request)
            else:
                response = http.send(request)
                try:
                    body = response.read()
                finally:
                    response.close()
        except httpx.HTTPError as exc:
            return self._on_exception(call, exc)
        return self._on_response(call, response.status_code, response.headers, body)
