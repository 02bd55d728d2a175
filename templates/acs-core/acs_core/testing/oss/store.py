"""The OSS store: buckets, objects and multipart uploads, in memory or in a folder.

With a folder, every object's bytes are a file and its record a JSON file beside it:

    <folder>/buckets/<bucket>/bucket.json
    <folder>/buckets/<bucket>/objects/<sha256 of the key>.json   (names its data file)
    <folder>/buckets/<bucket>/objects/<random>.data
    <folder>/buckets/<bucket>/uploads/<upload id>/upload.json, part-<n>.json, <random>.data

so a new emulator on the same folder finds what the last one stored. A record is replaced
atomically (written aside, then renamed) after its data file is complete; data files that no
record names (an interrupted write) are removed when the store opens. Thread-safe: records
change under one lock; bytes are written outside it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .blobs import FileBlob, Writer
from .errors import OssError
from .records import (
    BucketInfo,
    ObjectInfo,
    PartInfo,
    UploadInfo,
    from_json,
    to_json,
)

__all__ = ["Store"]


class _Bucket:
    def __init__(self, info: BucketInfo) -> None:
        self.info = info
        self.objects: dict[str, ObjectInfo] = {}
        self.uploads: dict[str, tuple[UploadInfo, dict[int, PartInfo]]] = {}
        self._sorted: list[str] | None = None

    def sorted_keys(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.objects)
        return self._sorted

    def changed_keys(self) -> None:
        self._sorted = None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    aside = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    aside.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(aside, path)


def _key_file(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest() + ".json"


class Store:
    """Buckets, objects and uploads; `folder` None keeps everything in memory."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = None if folder is None else Path(folder)
        self._lock = threading.RLock()
        self._buckets: dict[str, _Bucket] = {}
        if self.folder is not None:
            self._load(self.folder)

    # --- buckets -----------------------------------------------------------------------------

    def has_bucket(self, name: str) -> bool:
        return name in self._buckets

    def bucket(self, name: str) -> BucketInfo:
        return self._bucket(name).info

    def buckets(self) -> list[BucketInfo]:
        with self._lock:
            return [self._buckets[name].info for name in sorted(self._buckets)]

    def create_bucket(self, info: BucketInfo) -> BucketInfo:
        with self._lock:
            if info.name in self._buckets:
                raise OssError("BucketAlreadyExists", BucketName=info.name)
            self._buckets[info.name] = _Bucket(info)
            self._save_bucket(info)
            return info

    def update_bucket(self, name: str, **changes: Any) -> BucketInfo:
        with self._lock:
            bucket = self._bucket(name)
            bucket.info = dataclasses.replace(bucket.info, **changes)
            self._save_bucket(bucket.info)
            return bucket.info

    def delete_bucket(self, name: str, *, force: bool = False) -> None:
        with self._lock:
            bucket = self._bucket(name)
            if (bucket.objects or bucket.uploads) and not force:
                raise OssError("BucketNotEmpty", BucketName=name)
            del self._buckets[name]
            blobs = [info.blob for info in bucket.objects.values()]
            blobs += [
                part.blob
                for _, parts in bucket.uploads.values()
                for part in parts.values()
            ]
        for blob in blobs:
            if blob is not None:
                blob.remove()
        if self.folder is not None:
            shutil.rmtree(self._bucket_dir(name), ignore_errors=True)

    # --- objects -----------------------------------------------------------------------------

    def writer(
        self, bucket: str, upload_id: str | None = None, *, digests: bool = True
    ) -> Writer:
        """A writer for a new object (or a part of `upload_id`) of `bucket`; `digests=False`
        when the caller knows them already."""
        self._bucket(bucket)
        if self.folder is None:
            return Writer(digests=digests)
        where = self._bucket_dir(bucket)
        return Writer(
            where / "objects" if upload_id is None else where / "uploads" / upload_id,
            digests=digests,
        )

    def get(self, bucket: str, key: str) -> ObjectInfo:
        with self._lock:
            found = self._bucket(bucket).objects.get(key)
        if found is None:
            raise OssError("NoSuchKey", Key=key)
        return found

    def find(self, bucket: str, key: str) -> ObjectInfo | None:
        with self._lock:
            return self._bucket(bucket).objects.get(key)

    def open(
        self, bucket: str, key: str, start: int = 0, end: int | None = None
    ) -> tuple[ObjectInfo, Iterator[bytes]]:
        """An object and its bytes `start` to `end`, opened before another write replaces them."""
        with self._lock:
            info = self.get(bucket, key)
            assert info.blob is not None
            return info, info.blob.pieces(start, end)

    def put(self, bucket: str, info: ObjectInfo) -> ObjectInfo:
        """Store `info` (its blob written), replacing the object of its key."""
        with self._lock:
            target = self._bucket(bucket)
            old = target.objects.get(info.key)
            if old is None:
                target.changed_keys()
            target.objects[info.key] = info
            if self.folder is not None:
                path = self._bucket_dir(bucket) / "objects" / _key_file(info.key)
                _write_json(path, to_json(info))
        if old is not None and old.blob is not None and old.blob is not info.blob:
            old.blob.remove()
        return info

    def update(self, bucket: str, key: str, **changes: Any) -> ObjectInfo:
        with self._lock:
            info = dataclasses.replace(self.get(bucket, key), **changes)
            return self.put(bucket, info)

    def delete(self, bucket: str, key: str) -> bool:
        with self._lock:
            target = self._bucket(bucket)
            info = target.objects.pop(key, None)
            if info is None:
                return False
            target.changed_keys()
            if self.folder is not None:
                path = self._bucket_dir(bucket) / "objects" / _key_file(key)
                path.unlink(missing_ok=True)
        if info.blob is not None:
            info.blob.remove()
        return True

    def keys(self, bucket: str) -> list[str]:
        """The keys of a bucket, sorted (as OSS lists them: by UTF-8 bytes)."""
        with self._lock:
            return self._bucket(bucket).sorted_keys()

    def objects(self, bucket: str, keys: list[str]) -> list[ObjectInfo]:
        with self._lock:
            stored = self._bucket(bucket).objects
            return [stored[key] for key in keys if key in stored]

    # --- multipart uploads -------------------------------------------------------------------

    def create_upload(self, bucket: str, info: UploadInfo) -> UploadInfo:
        with self._lock:
            self._bucket(bucket).uploads[info.upload_id] = (info, {})
            if self.folder is not None:
                where = self._bucket_dir(bucket) / "uploads" / info.upload_id
                where.mkdir(parents=True, exist_ok=True)
                _write_json(where / "upload.json", to_json(info))
            return info

    def upload(self, bucket: str, upload_id: str, key: str) -> UploadInfo:
        with self._lock:
            found = self._bucket(bucket).uploads.get(upload_id)
            if found is None or found[0].key != key:
                raise OssError("NoSuchUpload", UploadId=upload_id)
            return found[0]

    def uploads(self, bucket: str) -> list[UploadInfo]:
        """Uploads in progress, by key then initiation."""
        with self._lock:
            found = [info for info, _ in self._bucket(bucket).uploads.values()]
        return sorted(found, key=lambda info: (info.key, info.initiated))

    def parts(self, bucket: str, upload_id: str) -> list[PartInfo]:
        with self._lock:
            found = self._bucket(bucket).uploads.get(upload_id)
            if found is None:
                raise OssError("NoSuchUpload", UploadId=upload_id)
            return [found[1][number] for number in sorted(found[1])]

    def put_part(self, bucket: str, upload_id: str, part: PartInfo) -> PartInfo:
        with self._lock:
            found = self._bucket(bucket).uploads.get(upload_id)
            if found is None:
                if part.blob is not None:
                    part.blob.remove()
                raise OssError("NoSuchUpload", UploadId=upload_id)
            old = found[1].get(part.number)
            found[1][part.number] = part
            if self.folder is not None:
                where = self._bucket_dir(bucket) / "uploads" / upload_id
                _write_json(where / f"part-{part.number}.json", to_json(part))
        if old is not None and old.blob is not None:
            old.blob.remove()
        return part

    def end_upload(self, bucket: str, upload_id: str) -> None:
        """Forget an upload (completed or aborted) and its parts."""
        with self._lock:
            found = self._bucket(bucket).uploads.pop(upload_id, None)
            if found is None:
                raise OssError("NoSuchUpload", UploadId=upload_id)
        for part in found[1].values():
            if part.blob is not None:
                part.blob.remove()
        if self.folder is not None:
            shutil.rmtree(self._bucket_dir(bucket) / "uploads" / upload_id, True)

    # --- inside ------------------------------------------------------------------------------

    def _bucket(self, name: str) -> _Bucket:
        found = self._buckets.get(name)
        if found is None:
            raise OssError("NoSuchBucket", BucketName=name)
        return found

    def _bucket_dir(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / "buckets" / name

    def _save_bucket(self, info: BucketInfo) -> None:
        if self.folder is not None:
            where = self._bucket_dir(info.name)
            (where / "objects").mkdir(parents=True, exist_ok=True)
            (where / "uploads").mkdir(parents=True, exist_ok=True)
            _write_json(where / "bucket.json", to_json(info))

    def _load(self, folder: Path) -> None:
        for record in sorted((folder / "buckets").glob("*/bucket.json")):
            where = record.parent
            bucket = _Bucket(from_json(BucketInfo, _read(record)))
            self._buckets[bucket.info.name] = bucket
            named: set[str] = set()
            for path in (where / "objects").glob("*.json"):
                data = _read(path)
                blob = _file_blob(where / "objects", data)
                named.add(blob.name)
                info = from_json(ObjectInfo, data, blob)
                bucket.objects[info.key] = info
            _remove_unnamed(where / "objects", named)
            for upload_record in (where / "uploads").glob("*/upload.json"):
                upload = from_json(UploadInfo, _read(upload_record))
                parts: dict[int, PartInfo] = {}
                named = set()
                for path in upload_record.parent.glob("part-*.json"):
                    data = _read(path)
                    blob = _file_blob(upload_record.parent, data)
                    named.add(blob.name)
                    part = from_json(PartInfo, data, blob)
                    parts[part.number] = part
                _remove_unnamed(upload_record.parent, named)
                bucket.uploads[upload.upload_id] = (upload, parts)
        for aside in folder.glob("buckets/**/.*.json.*"):
            aside.unlink(missing_ok=True)  # a record write that never finished


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _file_blob(where: Path, data: dict[str, Any]) -> FileBlob:
    return FileBlob(where / str(data["data"]), int(data["size"]))


def _remove_unnamed(where: Path, named: set[str]) -> None:
    for path in where.glob("*.data"):
        if path.name not in named:
            path.unlink(missing_ok=True)
