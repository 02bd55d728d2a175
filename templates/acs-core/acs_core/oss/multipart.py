"""Multipart uploads without I/O: part sizes, the requests' queries and bodies, what their
answers say, CRC-64 bookkeeping and progress, shared by `Transfer` and `AsyncTransfer`.

Defaults follow alibabacloud-oss-v2's `Uploader` (uploader.py, defaults.py): 6 MiB parts,
grown in 6 MiB steps until the object fits in 10,000 parts; one PutObject below the multipart
threshold (by default the part size); 3 parts in flight. OSS wants every part but the last to be
at least 100 KiB and at most 5 GiB.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..errors import RequestValidationError, ResponseDecodeError
from . import xml as _xml
from .crc64 import Crc64, check_crc64_header

__all__ = [
    "DEFAULT_PARALLELISM",
    "DEFAULT_PART_SIZE",
    "MAX_PARTS",
    "MAX_PART_SIZE",
    "MIN_PART_SIZE",
    "DownloadResult",
    "PartRecord",
    "Progress",
    "ProgressCallback",
    "UploadResult",
    "check_settings",
    "choose_part_size",
    "combined_crc",
    "complete_body",
    "initiate_upload_id",
    "list_parts_page",
    "part_query",
]

MIB: Final = 1024 * 1024
DEFAULT_PART_SIZE: Final = 6 * MIB
MIN_PART_SIZE: Final = 100 * 1024
MAX_PART_SIZE: Final = 5 * 1024 * MIB
MAX_PARTS: Final = 10_000
DEFAULT_PARALLELISM: Final = 3

#: `(bytes_done, bytes_total)`; the total is None while the size of a stream is unknown
ProgressCallback = Callable[[int, int | None], None]


@dataclass(frozen=True)
class PartRecord:
    """One uploaded part: its number, OSS's ETag, our CRC-64 of its bytes, its size."""

    number: int
    etag: str
    crc64: int
    size: int


@dataclass(frozen=True)
class UploadResult:
    bucket: str
    key: str
    etag: str | None
    #: our CRC-64 of the whole object (OSS's `x-oss-hash-crc64ecma` agreed when it sent one)
    crc64: int
    size: int
    request_id: str | None
    #: 0 for a single PutObject
    parts: int = 0
    upload_id: str | None = None
    #: parts a checkpoint had sent already and that were not sent again
    resumed_parts: int = 0
    #: why a checkpoint found was not used (the source changed, the upload expired, ...)
    discarded_checkpoint: str | None = None


@dataclass(frozen=True)
class DownloadResult:
    bucket: str
    key: str
    size: int
    etag: str | None
    #: our CRC-64 of the bytes received (checked against OSS's when it sent one)
    crc64: int
    request_id: str | None
    path: str | None = None
    #: 1 plus the times the transfer resumed after a broken connection
    requests: int = 1


def check_settings(part_size: int, parallelism: int, threshold: int | None) -> None:
    def bad(parameter: str, message: str) -> RequestValidationError:
        return RequestValidationError(
            parameter=parameter, argument=parameter, message=message
        )

    if (
        not isinstance(part_size, int)
        or not MIN_PART_SIZE <= part_size <= MAX_PART_SIZE
    ):
        raise bad(
            "part_size",
            f"must be {MIN_PART_SIZE} bytes (100 KiB) to {MAX_PART_SIZE} (5 GiB), "
            f"got {part_size!r}",
        )
    if not isinstance(parallelism, int) or not 1 <= parallelism <= 100:
        raise bad("parallelism", f"must be 1 to 100, got {parallelism!r}")
    if threshold is not None and (not isinstance(threshold, int) or threshold < 0):
        raise bad("multipart_threshold", f"must be 0 or more bytes, got {threshold!r}")


def choose_part_size(size: int | None, part_size: int) -> int:
    """`part_size`, grown in steps of itself while `size` would take 10,000 parts or more
    (oss-v2's rule); `size=None` (a stream) keeps it."""
    if size is None:
        return part_size
    chosen = part_size
    while size / chosen >= MAX_PARTS:
        chosen += part_size
    return min(chosen, MAX_PART_SIZE)


def part_query(number: int, upload_id: str) -> list[tuple[str, str]]:
    return [("partNumber", str(number)), ("uploadId", upload_id)]


def complete_body(parts: Iterable[PartRecord]) -> bytes:
    """The CompleteMultipartUpload XML, parts in number order."""
    ordered = sorted(parts, key=lambda p: p.number)
    return _xml.encode(
        {
            "CompleteMultipartUpload": {
                "Part": [{"PartNumber": p.number, "ETag": p.etag} for p in ordered]
            }
        }
    )


def _result(body: bytes, root: str, status: int) -> Mapping[str, Any]:
    try:
        data = _xml.decode(body)
    except _xml.XmlError as exc:
        raise ResponseDecodeError(f"{root}: {exc}", status=status, body=body) from None
    value = data.get(root)
    if not isinstance(value, Mapping):
        raise ResponseDecodeError(
            f"expected <{root}>, got <{next(iter(data))}>", status=status, body=body
        )
    return value


def initiate_upload_id(body: bytes, status: int = 200) -> str:
    """The `UploadId` of an InitiateMultipartUpload answer."""
    upload_id = _result(body, "InitiateMultipartUploadResult", status).get("UploadId")
    if not isinstance(upload_id, str) or not upload_id:
        raise ResponseDecodeError(
            "InitiateMultipartUpload answered no UploadId", status=status, body=body
        )
    return upload_id


def list_parts_page(
    body: bytes, status: int = 200
) -> tuple[dict[int, tuple[str, int, int | None]], str | None]:
    """A ListParts page: `{number: (etag, size, crc64 or None)}` and the next marker (None
    when the list is complete)."""
    page = _result(body, "ListPartsResult", status)
    parts: dict[int, tuple[str, int, int | None]] = {}
    listed = page.get("Part", [])
    for part in listed if isinstance(listed, list) else [listed]:
        if not isinstance(part, Mapping):
            continue
        try:
            number = int(part.get("PartNumber", ""))
            size = int(part.get("Size", ""))
        except ValueError:
            continue
        crc_text = part.get("HashCrc64ecma")
        crc = (
            int(crc_text) if isinstance(crc_text, str) and crc_text.isdigit() else None
        )
        parts[number] = (str(part.get("ETag", "")), size, crc)
    truncated = str(page.get("IsTruncated", "false")).lower() == "true"
    marker = page.get("NextPartNumberMarker")
    return parts, (str(marker) if truncated and marker else None)


def combined_crc(parts: Iterable[PartRecord]) -> tuple[int, int]:
    """The CRC-64 and size of the object the parts make, in number order."""
    total = Crc64()
    for part in sorted(parts, key=lambda p: p.number):
        total.append(part.crc64, part.size)
    return total.value, total.length


def check_part_crc(number: int, crc: int, header: str | None) -> None:
    check_crc64_header(crc, header, f"part {number}")


class Progress:
    """Bytes done of a transfer, reported to a callback in order from any thread: each report
    is at least the last one, and the last one is `(total, total)`."""

    def __init__(self, callback: ProgressCallback | None, total: int | None) -> None:
        self._callback = callback
        self.total = total
        self.done = 0
        self._lock = threading.Lock()
        self._last: tuple[int, int | None] | None = None

    def _report(self) -> None:
        now = (self.done, self.total)
        if self._callback is not None and now != self._last:
            self._last = now
            self._callback(*now)

    def add(self, count: int) -> None:
        if count <= 0:
            return
        with self._lock:
            self.done += count
            self._report()

    def finish(self) -> None:
        """The last report: `(done, done)` once the size of a stream is known."""
        with self._lock:
            if self.total is None:
                self.total = self.done
            self._report()
