"""Where object bytes live: in memory, or in files of the store's folder.

A `Writer` takes a body in pieces and digests it as it goes (size, MD5, CRC-64/ECMA); its
`finish()` gives the `Blob`, which reads back any range in pieces. Blobs never change: a new
version of an object is a new blob, and the old one is removed (a reader that opened it reads
it to the end all the same).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...oss.crc64 import crc64

__all__ = ["PIECE", "Blob", "Digest", "FileBlob", "MemoryBlob", "Writer"]

PIECE = 1024 * 1024  # bytes per piece read back


@dataclass(frozen=True)
class Digest:
    """What a body was: its size, MD5 (16 bytes) and CRC-64/ECMA."""

    size: int
    md5: bytes
    crc64: int


class Blob:
    """An immutable run of bytes."""

    size: int

    def pieces(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Bytes `start` to `end` (exclusive; None: the end), in pieces; a file is opened
        now, so that a blob removed afterwards still reads."""
        raise NotImplementedError

    def read(self) -> bytes:
        return b"".join(self.pieces())

    def remove(self) -> None:
        """Forget the bytes (nothing to do in memory)."""

    @property
    def name(self) -> str:
        """The file name a folder store records ("" in memory)."""
        return ""


class MemoryBlob(Blob):
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def pieces(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        view = memoryview(self.data)[start:end]
        return (bytes(view[i : i + PIECE]) for i in range(0, len(view), PIECE))


class FileBlob(Blob):
    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size

    @property
    def name(self) -> str:
        return self.path.name

    def pieces(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        handle = open(self.path, "rb")  # closed by the generator
        stop = self.size if end is None else min(end, self.size)

        def read() -> Iterator[bytes]:
            with handle:
                handle.seek(start)
                left = stop - start
                while left > 0:
                    piece = handle.read(min(PIECE, left))
                    if not piece:
                        return
                    left -= len(piece)
                    yield piece

        return read()

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


class Writer:
    """Takes a body in pieces, into memory (`folder` None) or a new file of `folder`; without
    `digests`, its `Digest` has the size alone (no MD5 nor CRC-64 computed)."""

    def __init__(self, folder: Path | None = None, *, digests: bool = True) -> None:
        self._digests = digests
        self._md5 = hashlib.md5()
        self._crc = 0
        self._size = 0
        self._chunks: list[bytes] = []
        self._path: Path | None = None
        self._file = None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            self._path = folder / f"{uuid.uuid4().hex}.data"
            self._file = open(self._path, "wb")  # closed by finish() or discard()

    def write(self, data: bytes) -> None:
        if self._digests:
            self._md5.update(data)
            self._crc = crc64(data, self._crc)
        self._size += len(data)
        if self._file is not None:
            self._file.write(data)
        else:
            self._chunks.append(data)

    def finish(self) -> tuple[Blob, Digest]:
        digest = Digest(self._size, self._md5.digest(), self._crc)
        if self._file is None:
            data = b"".join(self._chunks)
            self._chunks = []
            return MemoryBlob(data), digest
        assert self._path is not None
        self._file.close()
        return FileBlob(self._path, self._size), digest

    def discard(self) -> None:
        self._chunks = []
        if self._file is not None:
            self._file.close()
            assert self._path is not None
            self._path.unlink(missing_ok=True)
