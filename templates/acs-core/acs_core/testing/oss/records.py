"""What the store knows of buckets, objects, multipart uploads and their parts: immutable
records (a change makes a new one), written to JSON and read back by a folder store."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .blobs import Blob

__all__ = [
    "ACLS",
    "OBJECT_ACLS",
    "BucketInfo",
    "ObjectInfo",
    "PartInfo",
    "UploadInfo",
    "from_json",
    "to_json",
]

ACLS = ("private", "public-read", "public-read-write")
OBJECT_ACLS = ("default", *ACLS)  # "default": the bucket's


@dataclass(frozen=True)
class BucketInfo:
    name: str
    created: float  # seconds since the epoch
    acl: str = "private"
    location: str = "oss-cn-hangzhou"
    storage_class: str = "Standard"


@dataclass(frozen=True)
class ObjectInfo:
    """An object: its digests, its headers as OSS answers them, and where its bytes are."""

    key: str
    size: int
    etag: (
        str  # without quotes: the MD5 in uppercase hex, or "<hex>-<parts>" (multipart)
    )
    crc64: int
    last_modified: float
    content_type: str = "application/octet-stream"
    content_md5: str = ""  # base64 of the MD5 ("" for multipart objects)
    # Content-Encoding, Content-Disposition, Cache-Control, Expires, Content-Language as sent.
    headers: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # x-oss-meta-* (lowercase names)
    acl: str = "default"
    object_type: str = "Normal"  # or "Multipart"
    storage_class: str = "Standard"
    blob: Blob | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PartInfo:
    number: int
    size: int
    etag: str  # uppercase hex MD5, without quotes
    crc64: int
    last_modified: float
    blob: Blob | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class UploadInfo:
    """A multipart upload in progress, with what its object will be given."""

    upload_id: str
    key: str
    initiated: float
    content_type: str = "application/octet-stream"
    headers: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    acl: str = "default"


def to_json(record: Any) -> dict[str, Any]:
    """A record as JSON (a blob as its file name, under "data")."""
    data = {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name != "blob"
    }
    blob = getattr(record, "blob", None)
    if blob is not None:
        data["data"] = blob.name
    return data


def from_json(cls: type[Any], data: dict[str, Any], blob: Blob | None = None) -> Any:
    """A record read back (fields it does not know are ignored)."""
    names = {f.name for f in dataclasses.fields(cls)} - {"blob"}
    values = {name: value for name, value in data.items() if name in names}
    if blob is not None:
        values["blob"] = blob
    return cls(**values)
