"""The checkpoint of a resumable upload: a JSON Lines file in the checkpoint folder.

The first line says what is uploaded where::

    {"kind": "acs-core/oss-upload", "version": 1, "endpoint": "https://oss-cn-hangzhou...",
     "bucket": "b", "key": "k", "upload_id": "...", "part_size": 6291456,
     "source": {"path": "/abs/file", "size": 52428800, "mtime_ns": 1716000000000000000}}

and each part uploaded adds one line, `{"part": 3, "etag": "\\"...\\"", "crc64": "123...",
"size": 6291456}`, appended and flushed as the part completes (one small write per part
however many parts there are; a line cut short by a crash is ignored). The file is named
after the source's absolute path, the endpoint, the bucket and the key, so an upload of the
same file to the same object finds it; it is deleted when the upload completes.

A checkpoint is used only if it names the same endpoint, bucket, key and file, and the file
still has the size and modification time it had: otherwise it is discarded, with the reason,
and the upload starts anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass, field
from typing import IO, Any, Final

from .multipart import PartRecord

__all__ = ["Checkpoint", "checkpoint_path", "load_checkpoint"]

KIND: Final = "acs-core/oss-upload"
VERSION: Final = 1


def checkpoint_path(
    folder: str, path: str, endpoint: str, bucket: str, key: str
) -> str:
    name = "\n".join((os.path.abspath(path), endpoint, bucket, key))
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:40]
    return os.path.join(folder, f"{digest}.upload.jsonl")


@dataclass
class Checkpoint:
    """An upload's checkpoint file, open for appending parts."""

    file: str
    header: dict[str, Any]
    parts: dict[int, PartRecord] = field(default_factory=dict)
    _stream: IO[str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def upload_id(self) -> str:
        return str(self.header["upload_id"])

    @property
    def part_size(self) -> int:
        return int(self.header["part_size"])

    @classmethod
    def create(
        cls,
        file: str,
        *,
        endpoint: str,
        bucket: str,
        key: str,
        upload_id: str,
        part_size: int,
        source: tuple[str, int, int],
    ) -> Checkpoint:
        header = {
            "kind": KIND,
            "version": VERSION,
            "endpoint": endpoint,
            "bucket": bucket,
            "key": key,
            "upload_id": upload_id,
            "part_size": part_size,
            "source": {"path": source[0], "size": source[1], "mtime_ns": source[2]},
        }
        os.makedirs(os.path.dirname(file) or ".", exist_ok=True)
        temporary = f"{file}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(json.dumps(header, sort_keys=True) + "\n")
        os.replace(temporary, file)
        return cls(file, header)

    def keep(self, part: PartRecord) -> None:
        """Record a part that OSS accepted (from any thread)."""
        line = json.dumps(
            {
                "part": part.number,
                "etag": part.etag,
                "crc64": str(part.crc64),
                "size": part.size,
            },
            sort_keys=True,
        )
        with self._lock:
            self.parts[part.number] = part
            if self._stream is None:
                self._stream = open(self.file, "a", encoding="utf-8")
            self._stream.write(line + "\n")
            self._stream.flush()

    def close(self) -> None:
        with self._lock:
            if self._stream is not None:
                self._stream.close()
                self._stream = None

    def delete(self) -> None:
        self.close()
        try:
            os.remove(self.file)
        except FileNotFoundError:
            pass


def load_checkpoint(
    file: str,
    *,
    endpoint: str,
    bucket: str,
    key: str,
    source: tuple[str, int, int],
) -> tuple[Checkpoint | None, str | None]:
    """The checkpoint in `file` if it still applies, else `(None, why not)`; `(None, None)`
    when there is none."""
    try:
        with open(file, encoding="utf-8") as stream:
            lines = stream.read().splitlines()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"the checkpoint {file} cannot be read: {exc}"
    try:
        header = json.loads(lines[0]) if lines else None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("kind") != KIND:
        return None, f"{file} is not an upload checkpoint"
    if header.get("version") != VERSION:
        return (
            None,
            f"the checkpoint has version {header.get('version')}, not {VERSION}",
        )
    wanted = {"endpoint": endpoint, "bucket": bucket, "key": key}
    for name, value in wanted.items():
        if header.get(name) != value:
            return None, f"the checkpoint is for another {name} ({header.get(name)!r})"
    recorded = header.get("source") or {}
    path, size, mtime_ns = source
    if recorded.get("path") != path:
        return None, f"the checkpoint is for another file ({recorded.get('path')!r})"
    if recorded.get("size") != size:
        return None, (
            f"the file changed since the checkpoint: its size was {recorded.get('size')} "
            f"bytes, it is {size}"
        )
    if recorded.get("mtime_ns") != mtime_ns:
        return (
            None,
            "the file changed since the checkpoint: its modification time differs",
        )
    if not isinstance(header.get("upload_id"), str) or not isinstance(
        header.get("part_size"), int
    ):
        return None, "the checkpoint has no upload id or part size"
    checkpoint = Checkpoint(file, header)
    for line in lines[1:]:
        try:
            entry = json.loads(line)
            part = PartRecord(
                int(entry["part"]),
                str(entry["etag"]),
                int(entry["crc64"]),
                int(entry["size"]),
            )
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash
        checkpoint.parts[part.number] = part
    return checkpoint, None
