"""What an upload method takes, as annotations (`acs_core.client.uploads` runs it): light
enough to load with every client."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, Callable, Iterable
from typing import IO

__all__ = ["ProgressCallback", "UploadSource"]

#: What an upload method takes: a path, bytes, a binary file or an (async) iterator of bytes.
UploadSource = (
    str
    | os.PathLike[str]
    | bytes
    | bytearray
    | memoryview
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
)
#: `(bytes_done, bytes_total)`, as `acs_core.oss.Transfer` calls it.
ProgressCallback = Callable[[int, int | None], None]
