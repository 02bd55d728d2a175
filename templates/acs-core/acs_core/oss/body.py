"""Request bodies that stream: bytes, a binary file, a slice of a file, an (async) iterator.

A `Body` hands the sender one pass of chunks per attempt and never holds more than one chunk
(`CHUNK_SIZE`) of a file or an iterator. While a pass streams it computes the CRC-64 of what it
sent (`crc`) and reports progress as the new high-water mark of bytes sent, so that a retried
attempt does not count twice and progress never goes back. A body is `replayable` when a second
pass can send the same bytes again (bytes, a seekable file, a file slice); an iterator is not,
once a chunk has been taken from it.

The async passes read files in a worker thread (`asyncio.to_thread`), one chunk at a time, with
the CRC computed there too, so the event loop never waits on a disk.
"""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import IO, Any, Final

from ..errors import RequestValidationError
from .crc64 import Crc64
from .errors import SourceChangedError

__all__ = [
    "CHUNK_SIZE",
    "AsyncIterBody",
    "Body",
    "BodyInput",
    "BytesBody",
    "FileBody",
    "FileSliceBody",
    "IterBody",
    "as_body",
]

#: bytes read from a file or handed to the connection at a time
CHUNK_SIZE: Final = 256 * 1024


class Body:
    """One request body; subclasses say how to read it."""

    #: the number of bytes, when known (sent as Content-Length)
    length: int | None = None
    replayable = True

    def __init__(self) -> None:
        self.crc = Crc64()
        self.passes = 0
        self._reported = 0
        self.on_progress: Callable[[int], None] | None = None

    # --- bookkeeping shared by every kind --------------------------------------------------

    def _begin(self) -> None:
        self.passes += 1
        self.crc = Crc64()

    def _sent(self, chunk: bytes) -> bytes:
        """Account for `chunk` after its CRC was taken: progress past the high-water mark."""
        sent = self.crc.length
        if sent > self._reported:
            delta, self._reported = sent - self._reported, sent
            if self.on_progress is not None:
                self.on_progress(delta)
        return chunk

    def _check_complete(self, what: str) -> None:
        if self.length is not None and self.crc.length != self.length:
            raise SourceChangedError(
                what,
                f"{self.crc.length} bytes could be read where {self.length} were expected "
                "(the source shrank while it was sent)",
            )

    @property
    def can_retry(self) -> bool:
        """A new pass would send the same bytes."""
        return self.replayable or self.passes == 0 or self._untouched()

    def _untouched(self) -> bool:
        return False

    # --- the passes ---------------------------------------------------------------------------

    def chunks(self) -> Iterator[bytes]:
        raise NotImplementedError

    def achunks(self) -> AsyncIterator[bytes]:
        raise NotImplementedError


#: what `Sender.send` and the transfers take as a body
BodyInput = (
    bytes
    | bytearray
    | memoryview
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
    | Body
    | None
)


class BytesBody(Body):
    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        super().__init__()
        self._data = memoryview(data).cast("B")
        self.length = self._data.nbytes

    def _pieces(self) -> Iterator[bytes]:
        self._begin()
        view = self._data
        for start in range(0, view.nbytes, CHUNK_SIZE):
            chunk = bytes(view[start : start + CHUNK_SIZE])
            self.crc.update(chunk)
            yield self._sent(chunk)

    def chunks(self) -> Iterator[bytes]:
        return self._pieces()

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self._pieces():
            yield chunk


class FileSliceBody(Body):
    """`length` bytes of an open file descriptor from `offset`, read with `os.pread` (no
    shared file position: threads may send slices of one descriptor at once)."""

    def __init__(self, fd: int, offset: int, length: int, name: str = "") -> None:
        super().__init__()
        self._fd = fd
        self._offset = offset
        self.length = length
        self._name = name or f"file descriptor {fd}"

    def _read(self, done: int) -> bytes:
        want = min(CHUNK_SIZE, (self.length or 0) - done)
        chunk = os.pread(self._fd, want, self._offset + done)
        self.crc.update(chunk)
        return chunk

    def chunks(self) -> Iterator[bytes]:
        self._begin()
        length = self.length or 0
        while self.crc.length < length:
            chunk = self._read(self.crc.length)
            if not chunk:
                break
            yield self._sent(chunk)
        self._check_complete(self._name)

    async def achunks(self) -> AsyncIterator[bytes]:
        self._begin()
        length = self.length or 0
        while self.crc.length < length:
            chunk = await asyncio.to_thread(self._read, self.crc.length)
            if not chunk:
                break
            yield self._sent(chunk)
        self._check_complete(self._name)


class FileBody(Body):
    """A binary file object from its current position: replayable when seekable."""

    def __init__(self, file: IO[bytes], length: int | None = None) -> None:
        super().__init__()
        self._file = file
        self._start: int | None = None
        seekable = False
        try:
            seekable = file.seekable()
        except (AttributeError, ValueError, OSError):
            pass
        if seekable:
            self._start = file.tell()
            if length is None:
                length = _size_of(file) - self._start
        self.replayable = seekable
        self.length = length
        self._name = str(getattr(file, "name", "") or type(file).__name__)

    def _read(self) -> bytes:
        want = CHUNK_SIZE
        if self.length is not None:
            want = min(want, self.length - self.crc.length)
            if want <= 0:
                return b""
        chunk = self._file.read(want)
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise RequestValidationError(
                parameter="body",
                argument="body",
                message=f"must be a binary file: read() answered {type(chunk).__name__}",
            )
        chunk = bytes(chunk)
        self.crc.update(chunk)
        return chunk

    def _rewind(self) -> None:
        self._begin()
        if self._start is not None:
            self._file.seek(self._start)

    def chunks(self) -> Iterator[bytes]:
        self._rewind()
        while chunk := self._read():
            yield self._sent(chunk)
        self._check_complete(self._name)

    async def achunks(self) -> AsyncIterator[bytes]:
        self._rewind()
        while chunk := await asyncio.to_thread(self._read):
            yield self._sent(chunk)
        self._check_complete(self._name)

    def _untouched(self) -> bool:
        return self.crc.length == 0


def _size_of(file: IO[bytes]) -> int:
    try:
        return os.fstat(file.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        position = file.tell()
        end = file.seek(0, io.SEEK_END)
        file.seek(position)
        return end


class IterBody(Body):
    """An iterator of bytes: sent once (a retry is possible only before its first chunk)."""

    replayable = False

    def __init__(self, chunks: Iterable[bytes], length: int | None = None) -> None:
        super().__init__()
        self._source = chunks
        self._iterator: Iterator[bytes] | None = None
        self.length = length
        self._taken = False

    def chunks(self) -> Iterator[bytes]:
        self._begin()
        if self._iterator is None:
            self._iterator = iter(self._source)
        for chunk in self._iterator:
            self._taken = True
            data = bytes(chunk)
            self.crc.update(data)
            yield self._sent(data)
        self._check_complete("the body iterator")

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk

    def _untouched(self) -> bool:
        return not self._taken


class AsyncIterBody(Body):
    """An async iterator of bytes, for the async sender: sent once, like `IterBody`."""

    replayable = False

    def __init__(self, chunks: AsyncIterable[bytes], length: int | None = None) -> None:
        super().__init__()
        self._source = chunks
        self._iterator: AsyncIterator[bytes] | None = None
        self.length = length
        self._taken = False

    def chunks(self) -> Iterator[bytes]:
        raise RequestValidationError(
            parameter="body",
            argument="body",
            message="is an async iterator: send it with AsyncSender",
        )

    async def achunks(self) -> AsyncIterator[bytes]:
        self._begin()
        if self._iterator is None:
            self._iterator = aiter(self._source)
        async for chunk in self._iterator:
            self._taken = True
            data = bytes(chunk)
            self.crc.update(data)
            yield self._sent(data)
        self._check_complete("the body iterator")

    def _untouched(self) -> bool:
        return not self._taken


def as_body(body: Any, length: int | None = None) -> Body:
    """The `Body` of what a caller passed (`None` is the empty body)."""
    if body is None:
        return BytesBody(b"")
    if isinstance(body, Body):
        return body
    if isinstance(body, (bytes, bytearray, memoryview)):
        return BytesBody(body)
    if isinstance(body, str):
        raise RequestValidationError(
            parameter="body",
            argument="body",
            message="is a str: pass bytes (e.g. text.encode()) or a binary file",
        )
    if hasattr(body, "read"):
        if isinstance(body, io.TextIOBase):
            raise RequestValidationError(
                parameter="body",
                argument="body",
                message="is a text file: open it in binary mode ('rb')",
            )
        return FileBody(body, length)
    if hasattr(body, "__aiter__"):
        return AsyncIterBody(body, length)
    if hasattr(body, "__iter__"):
        return IterBody(body, length)
    raise RequestValidationError(
        parameter="body",
        argument="body",
        message=(
            f"cannot be sent: {type(body).__name__} (pass bytes, a binary file, "
            "or an iterator of bytes)"
        ),
    )
