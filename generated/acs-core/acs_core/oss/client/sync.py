"""`ClientBase`: the base of every generated OSS product's `Client`, a `Sender` whose
methods are the operations (see `acs_core.oss.client`)."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import timedelta
from typing import IO, Any, TypeVar, cast

import httpx

from ... import pages as _pages
from ...client.call import RawResponse, arguments_of, operation
from ...credentials.base import CredentialsProvider, Secret
from ...info import ServiceInfo
from ...signing.oss_common import DEFAULT_PRESIGN_EXPIRES
from ..multipart import (
    DEFAULT_PARALLELISM,
    DEFAULT_PART_SIZE,
    DownloadResult,
    ProgressCallback,
    UploadResult,
)
from ..presign import PresignedUrl
from ..response import OssResponse
from ..sender import Sender
from ..transfer import Transfer
from .prepare import is_binary, parse, prepare
from .settings import client_defaults

__all__ = ["ClientBase"]

T = TypeVar("T")
C = TypeVar("C", bound="ClientBase")


class ClientBase(Sender):
    """An OSS product's client: one method per operation, and the transfers' conveniences."""

    _service: ServiceInfo  # set by the generated client class
    _package: str  # the generated package's name, set by the generated client class
    _answers_raw = False  # a raw view answers RawResponse instead of the parsed model

    def __init__(
        self,
        region: str | None = None,
        *,
        endpoint: str | None = None,
        credentials: CredentialsProvider | Any = None,
        access_key_id: str | None = None,
        access_key_secret: str | Secret | None = None,
        security_token: str | Secret | None = None,
        signature_version: str | None = None,
        path_style: bool = False,
        cname: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 8.0,
        max_retry_time: float = 300.0,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        endpoint, version = client_defaults(
            self._service, region, endpoint, signature_version
        )
        super().__init__(
            region,
            endpoint=endpoint,
            credentials=credentials,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            security_token=security_token,
            signature_version=version,
            path_style=path_style,
            cname=cname,
            timeout=timeout,
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            max_retry_time=max_retry_time,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self: C,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> C:
        """A client sharing this one's connections, with other timeout or retry settings."""
        clone: C = self._copy_with(timeout, max_retries)
        clone.__dict__.pop("_raw_client", None)
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

    # --- the operations ---------------------------------------------------------------------

    def _call(self, module: str, arguments: Mapping[str, Any]) -> Any:
        """Call the operation of models module `module` with a method's `locals()`."""
        info = operation(self._package, module)
        given = arguments_of(arguments)
        stream = bool(given.pop("stream", False)) and not self._answers_raw
        request = prepare(info, info.request(**given))
        answer = self.send(
            request.method,
            request.bucket,
            request.key,
            query=request.query,
            headers=request.headers,
            body=request.body,
            stream=stream and is_binary(info),
            idempotent=True if info.idempotent else None,
        )
        try:
            request.check(answer.headers)
            content = None if stream else answer.content
            parsed = parse(info, answer.headers, content)
            if is_binary(info):
                parsed.attach_body(answer)
        except BaseException:
            answer.close()
            raise
        if self._answers_raw:
            return _raw_response(answer, parsed)
        return parsed

    def _iterate(self, module: str, arguments: Mapping[str, Any]) -> Iterator[Any]:
        """The items of every page of the operation of `module` (an `iter_<method>`)."""
        info = operation(self._package, module)
        return _pages.iterate(
            info, arguments_of(arguments), lambda page: self._call(module, page)
        )

    # --- conveniences -----------------------------------------------------------------------

    def upload_file(
        self,
        bucket: str,
        key: str,
        source: str | os.PathLike[str] | bytes | IO[bytes] | Any,
        *,
        size: int | None = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
        part_size: int = DEFAULT_PART_SIZE,
        parallelism: int = DEFAULT_PARALLELISM,
        multipart_threshold: int | None = None,
        checkpoint_dir: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Upload a path, bytes, a binary file or an iterator of bytes: one PutObject below
        `multipart_threshold` (the part size by default), else a parallel multipart upload,
        resumable with `checkpoint_dir`, every part's CRC-64 checked (`acs_core.oss.Transfer`).
        """
        transfer = Transfer(
            self,
            part_size=part_size,
            parallelism=parallelism,
            multipart_threshold=multipart_threshold,
            checkpoint_dir=checkpoint_dir,
        )
        return transfer.upload(
            bucket,
            key,
            source,
            size=size,
            headers=headers,
            content_type=content_type,
            progress=progress,
        )

    def download_file(
        self,
        bucket: str,
        key: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> DownloadResult:
        """Write an object to a path (atomically, once every byte arrived and its CRC-64
        matched) or to a binary file; a broken connection is resumed where it broke."""
        return Transfer(self).download(
            bucket, key, target, headers=headers, progress=progress
        )

    def presign_url(
        self,
        method: str,
        bucket: str,
        key: str,
        *,
        expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
        query: Mapping[str, str | None] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PresignedUrl:
        """A URL that lets whoever holds it send `method` to the object (`.url`), signed V4
        by default: 15 minutes unless `expires` says otherwise, at most 7 days (604,800 s;
        longer is refused with `RequestValidationError`), and no longer than an STS token.
        """
        return self.presign(
            method, bucket, key, expires=expires, query=query, headers=headers
        )


def _raw_response(answer: OssResponse, parsed: Any) -> RawResponse[Any]:
    return RawResponse(
        answer.status,
        answer.headers,
        answer.content,
        answer.request_id,
        parsed,
        answer.attempts,
    )
