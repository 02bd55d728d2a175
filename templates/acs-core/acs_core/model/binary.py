"""`BinaryResponse`: the model of a response whose body is bytes (an OSS object), not data.

Its fields are what the response headers say (`etag`, `content_length`, `metadata`, ...); the
body is beside them, read whole (`content`, `text`) or, when the call asked for a stream,
read as it arrives (`iter_bytes()`, or `aiter_bytes()` from an `AsyncClient`), then closed
(`close()`, `aclose()`, or a `with` block)::

    obj = client.get_object(bucket="b", key="k")          # the body read
    obj.content, obj.etag
    with client.get_object(bucket="b", key="k", stream=True) as obj:
        for chunk in obj.iter_bytes():
            ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any, ClassVar

from .base import Model

__all__ = ["BinaryResponse"]


class BinaryResponse(Model):
    """A model of the response headers, with the body beside them (see the module doc)."""

    # The transport's answer the body comes from (not a field: `to_dict` has the headers).
    _body_source: ClassVar[Any] = None

    def attach_body(self, source: Any) -> None:
        """Give the model its body: an answer with `read()`/`iter_bytes()` (or their async
        twins) and `close()`."""
        object.__setattr__(self, "_body_source", source)

    def _answer(self) -> Any:
        if self._body_source is None:
            raise RuntimeError(f"{type(self).__name__} was not read from a response")
        return self._body_source

    @property
    def content(self) -> bytes:
        """The body, once read (a streamed one: after `read()` or a whole iteration)."""
        content: bytes = self._answer().content
        return content

    @property
    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.content.decode("utf-8")

    def read(self) -> bytes:
        data: bytes = self._answer().read()
        return data

    async def aread(self) -> bytes:
        data: bytes = await self._answer().read()
        return data

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives (undecoded: OSS's CRC covers the stored bytes)."""
        chunks: Iterator[bytes] = self._answer().iter_bytes(chunk_size)
        return chunks

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """`iter_bytes` of a response an `AsyncClient` answered."""
        chunks: AsyncIterator[bytes] = self._answer().iter_bytes(chunk_size)
        return chunks

    def close(self) -> None:
        if self._body_source is not None:
            self._body_source.close()

    async def aclose(self) -> None:
        if self._body_source is not None:
            await self._body_source.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
