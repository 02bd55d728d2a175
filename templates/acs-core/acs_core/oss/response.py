"""What a sender answers: the status, the headers and the body of a successful request, the
body either read already or still streaming (`stream=True`: iterate it, then close)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

import httpx

from . import xml as _xml

__all__ = ["AsyncOssResponse", "OssResponse"]


class _Answer:
    """The parts of an answer that need no I/O."""

    def __init__(self, response: httpx.Response, attempts: int) -> None:
        self._response = response
        self.status: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.request_id: str | None = response.headers.get("x-oss-request-id")
        self.attempts = attempts
        self._content: bytes | None = None

    @property
    def etag(self) -> str | None:
        value: str | None = self.headers.get("etag")
        return value

    @property
    def hash_crc64(self) -> str | None:
        """OSS's `x-oss-hash-crc64ecma` of the object (decimal text), if it sent one."""
        value: str | None = self.headers.get("x-oss-hash-crc64ecma")
        return value

    @property
    def content_length(self) -> int | None:
        value = self.headers.get("content-length")
        return int(value) if value is not None and value.isdigit() else None

    @property
    def content(self) -> bytes:
        """The body; only once it was read (`stream=False`, or `read()`)."""
        if self._content is None:
            raise RuntimeError("the body is streaming: read() it or iterate it first")
        return self._content

    def xml(self, arrays: _xml.Arrays = ()) -> dict[str, Any]:
        """The body (read already) as `{root: {...}}` (see `acs_core.oss.xml.decode`)."""
        return _xml.decode(self.content, arrays)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.status} request_id={self.request_id!r} "
            f"attempts={self.attempts}>"
        )


class OssResponse(_Answer):
    """A successful answer of `Sender.send`."""

    def read(self) -> bytes:
        if self._content is None:
            try:
                self._content = self._response.read()
            finally:
                self._response.close()
        return self._content

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, undecoded (OSS's CRC covers the stored bytes)."""
        if self._content is not None:
            yield self._content
            return
        try:
            yield from self._response.iter_raw(chunk_size)
        finally:
            self._response.close()

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> OssResponse:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOssResponse(_Answer):
    """A successful answer of `AsyncSender.send`."""

    async def read(self) -> bytes:
        if self._content is None:
            try:
                self._content = await self._response.aread()
            finally:
                await self._response.aclose()
        return self._content

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives, undecoded (OSS's CRC covers the stored bytes)."""
        if self._content is not None:
            yield self._content
            return
        try:
            async for chunk in self._response.aiter_raw(chunk_size):
                yield chunk
        finally:
            await self._response.aclose()

    async def close(self) -> None:
        await self._response.aclose()

    async def __aenter__(self) -> AsyncOssResponse:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
