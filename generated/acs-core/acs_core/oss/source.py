"""What an upload reads from: a path, bytes, a binary file, or an (async) iterator of bytes.

A source with random access (a path, bytes, a regular file with a descriptor) hands out each
part as a body that reads its own slice when sent, so a part in flight costs one chunk of
memory and can be sent again. A sequential source (an iterator, a pipe, a file without a
descriptor) is read part by part into buffers, in order: the transfer reads a part only when a
slot for it is free, so at most `parallelism` parts are held at once.

A path is watched: its size and modification time are taken when it is opened, and
`check_unchanged` (called before an upload is completed) refuses a file that changed since.
"""

from __future__ import annotations

import asyncio
import io
import os
import stat
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import IO, Any

from ..errors import RequestValidationError
from .body import Body, BytesBody, FileSliceBody
from .errors import SourceChangedError

__all__ = ["Source", "open_source"]


class Source:
    """One upload's bytes."""

    #: the number of bytes, when known
    size: int | None = None
    #: the file a checkpoint may record (None: not resumable)
    path: str | None = None
    #: (size, mtime_ns) of `path` when it was opened
    stamp: tuple[int, int] | None = None
    random_access = False

    def part(self, offset: int, length: int) -> Body:
        """The body of the bytes at `offset` (random-access sources)."""
        raise NotImplementedError

    def read(self, length: int) -> bytes | bytearray:
        """The next `length` bytes (fewer at the end) of a sequential source."""
        raise NotImplementedError

    async def aread(self, length: int) -> bytes | bytearray:
        return await asyncio.to_thread(self.read, length)

    def check_unchanged(self) -> None:
        """Raise `SourceChangedError` if the file changed since it was opened."""

    def close(self) -> None:
        pass


class PathSource(Source):
    random_access = True

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.path.abspath(os.fspath(path))
        try:
            self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise RequestValidationError(
                parameter="source",
                argument="source",
                message=f"cannot be read: {exc.strerror}: {self.path}",
            ) from None
        info = os.fstat(self._fd)
        self.size = info.st_size
        self.stamp = (info.st_size, info.st_mtime_ns)

    def part(self, offset: int, length: int) -> Body:
        return FileSliceBody(self._fd, offset, length, self.path or "")

    def read(self, length: int) -> bytes:  # pragma: no cover - random access
        raise NotImplementedError

    def check_unchanged(self) -> None:
        assert self.path is not None and self.stamp is not None
        try:
            info = os.stat(self.path)
        except OSError as exc:
            raise SourceChangedError(
                self.path, f"cannot be read any more: {exc}"
            ) from None
        now = (info.st_size, info.st_mtime_ns)
        if now != self.stamp:
            raise SourceChangedError(self.path, changed_message(self.stamp, now))

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class _Filler:
    """One part's buffer, allocated once at its full size and filled in place (a growing
    buffer would be copied as it grows: twice the memory for a moment)."""

    def __init__(self, length: int, rest: bytes) -> None:
        self._buffer = bytearray(length)
        self._view = memoryview(self._buffer)
        self.size = 0
        self.rest = b""
        if rest:
            self.add(rest)

    @property
    def full(self) -> bool:
        return self.size >= len(self._buffer)

    def add(self, chunk: bytes) -> None:
        take = min(len(chunk), len(self._buffer) - self.size)
        self._view[self.size : self.size + take] = chunk[:take]
        self.size += take
        if take < len(chunk):
            self.rest = bytes(chunk[take:])

    def result(self) -> bytearray:
        self._view.release()
        del self._buffer[self.size :]
        return self._buffer


def changed_message(before: tuple[int, int], after: tuple[int, int]) -> str:
    if before[0] != after[0]:
        return f"its size changed from {before[0]} to {after[0]} bytes while it was uploaded"
    return "its modification time changed while it was uploaded"


class BytesSource(Source):
    random_access = True

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._view = memoryview(data).cast("B")
        self.size = self._view.nbytes

    def part(self, offset: int, length: int) -> Body:
        return BytesBody(self._view[offset : offset + length])


class DescriptorSource(Source):
    """A seekable binary file with a descriptor, read from its position with `os.pread`."""

    random_access = True

    def __init__(self, file: IO[bytes], size: int | None) -> None:
        self._fd = file.fileno()
        self._start = file.tell()
        end = os.fstat(self._fd).st_size
        self.size = end - self._start if size is None else size
        self._name = str(getattr(file, "name", "") or "file")

    def part(self, offset: int, length: int) -> Body:
        return FileSliceBody(self._fd, self._start + offset, length, self._name)


class StreamSource(Source):
    """A file object without random access, read in order."""

    def __init__(self, file: IO[bytes], size: int | None) -> None:
        self._file = file
        self.size = size

    def read(self, length: int) -> bytes | bytearray:
        buffer = _Filler(length, b"")
        while not buffer.full:
            chunk = self._file.read(min(length - buffer.size, 1024 * 1024))
            if not chunk:
                break
            buffer.add(chunk)
        return buffer.result()


class IterSource(Source):
    """An iterator of bytes, cut into parts (a chunk may straddle two parts)."""

    def __init__(self, chunks: Iterable[bytes], size: int | None) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._rest = b""
        self.size = size

    def read(self, length: int) -> bytes | bytearray:
        buffer = _Filler(length, self._rest)
        while not buffer.full:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            buffer.add(chunk)
        self._rest = buffer.rest
        return buffer.result()


class AsyncIterSource(Source):
    """An async iterator of bytes, for `AsyncTransfer`."""

    def __init__(self, chunks: AsyncIterable[bytes], size: int | None) -> None:
        self._chunks: AsyncIterator[bytes] = aiter(chunks)
        self._rest = b""
        self.size = size

    def read(self, length: int) -> bytes | bytearray:
        raise RequestValidationError(
            parameter="source",
            argument="source",
            message="is an async iterator: upload it with AsyncTransfer",
        )

    async def aread(self, length: int) -> bytes | bytearray:
        buffer = _Filler(length, self._rest)
        while not buffer.full:
            try:
                chunk = await anext(self._chunks)
            except StopAsyncIteration:
                break
            buffer.add(chunk)
        self._rest = buffer.rest
        return buffer.result()


def _has_descriptor(file: Any) -> bool:
    """A seekable regular file with a descriptor (what `os.pread` can read)."""
    try:
        return bool(file.seekable()) and stat.S_ISREG(os.fstat(file.fileno()).st_mode)
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False


def open_source(source: Any, size: int | None = None) -> Source:
    """The `Source` of what a caller passed to `upload`."""
    if isinstance(source, (str, os.PathLike)):
        return PathSource(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return BytesSource(source)
    if isinstance(source, io.TextIOBase):
        raise RequestValidationError(
            parameter="source",
            argument="source",
            message="is a text file: open it in binary mode ('rb')",
        )
    if hasattr(source, "read"):
        if _has_descriptor(source):
            return DescriptorSource(source, size)
        if size is None:
            try:
                if source.seekable():
                    position = source.tell()
                    size = source.seek(0, io.SEEK_END) - position
                    source.seek(position)
            except (AttributeError, OSError, ValueError):
                size = None
        return StreamSource(source, size)
    if hasattr(source, "__aiter__"):
        return AsyncIterSource(source, size)
    if hasattr(source, "__iter__"):
        return IterSource(source, size)
    raise RequestValidationError(
        parameter="source",
        argument="source",
        message=(
            f"cannot be uploaded: {type(source).__name__} (pass a path, bytes, a binary "
            "file, or an iterator of bytes)"
        ),
    )
