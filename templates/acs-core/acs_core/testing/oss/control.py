"""`emu.oss`: the emulator's Object Storage Service, as tests see and steer it.

    emu.oss.create_bucket("media", acl="private")
    emu.oss.put_object("media", "a/b.txt", b"hello", meta={"x-oss-meta-author": "me"})
    emu.oss.read_object("media", "a/b.txt")          # b"hello"
    emu.oss.objects("media", prefix="a/")            # [ObjectInfo(key="a/b.txt", ...)]
    emu.oss.set_object_acl("media", "a/b.txt", "public-read")
    emu.oss.inject("server_error", count=1)          # the next OSS request fails with 500
    emu.oss.inject("cut", operation="GetObject")     # the next download breaks half-way
    emu.oss.requests                                 # the OSS requests received

Settings (attributes): `region` (of new buckets, "cn-hangzhou"), `min_part_size` (bytes every
part but the last must have, 100 KiB as OSS), `max_object_size` (the largest body accepted,
5 GiB as OSS; larger ones are refused unread), `max_xml_size` (of an XML request body).
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Collection, Mapping
from typing import Any

from ...signing.oss_common import validate_bucket_name
from ..faults import ARRIVAL_FAULTS, Fault, Faults
from ..received import ReceivedRequest, RequestLog
from .auth import Checks
from .call import Call, object_fields
from .objects import bucket_acl, object_acl
from .operations import Operation, check_access
from .product import ProductAnswers
from .records import BucketInfo, ObjectInfo, PartInfo, UploadInfo
from .store import Store

__all__ = ["OssEmulator"]


class OssEmulator:
    """The store and settings of an emulator's OSS, and what tests do with them."""

    region = "cn-hangzhou"
    min_part_size = 100 * 1024
    max_object_size = 5 * 1024**3
    max_xml_size = 10 * 1024 * 1024

    def __init__(
        self,
        storage: Any,
        secrets: Mapping[str, str],
        tokens: Mapping[str, str],
        now: Callable[[], float],
        log: RequestLog,
        log_lock: threading.Lock,
        faults: Faults,
        expirations: Mapping[str, float] | None = None,
    ) -> None:
        self.store = Store(storage)
        self.checks = Checks(secrets, tokens, now, expirations)
        # Answers for OSS products' operations the store does not do (`product`), if any.
        self.product_answer: ProductAnswers | None = None
        self.now = now
        self._log, self._log_lock = log, log_lock
        self._faults = faults

    def __repr__(self) -> str:
        where = "memory" if self.store.folder is None else str(self.store.folder)
        return f"OssEmulator({len(self.store.buckets())} buckets in {where})"

    # --- buckets -----------------------------------------------------------------------------

    def create_bucket(
        self,
        name: str,
        acl: str = "private",
        *,
        region: str | None = None,
        exist_ok: bool = False,
    ) -> BucketInfo:
        """A new bucket (or, with `exist_ok`, the one of that name)."""
        validate_bucket_name(name)
        if exist_ok and self.store.has_bucket(name):
            return self.store.bucket(name)
        info = BucketInfo(
            name, self.now(), bucket_acl(acl), f"oss-{region or self.region}"
        )
        return self.store.create_bucket(info)

    def delete_bucket(self, name: str, *, force: bool = False) -> None:
        """Remove a bucket; `force` removes its objects and uploads too."""
        self.store.delete_bucket(name, force=force)

    def buckets(self) -> list[BucketInfo]:
        return self.store.buckets()

    def bucket(self, name: str) -> BucketInfo:
        return self.store.bucket(name)

    def set_bucket_acl(self, name: str, acl: str) -> BucketInfo:
        return self.store.update_bucket(name, acl=bucket_acl(acl))

    def clear(self) -> None:
        """Remove every bucket, object and upload (the folder's too)."""
        for info in self.store.buckets():
            self.store.delete_bucket(info.name, force=True)

    # --- objects -----------------------------------------------------------------------------

    def put_object(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str | None = None,
        meta: Mapping[str, str] | None = None,
        acl: str = "default",
        headers: Mapping[str, str] | None = None,
    ) -> ObjectInfo:
        """Store an object as PutObject would (`meta` names with or without `x-oss-meta-`)."""
        sent = {name.lower(): value for name, value in (headers or {}).items()}
        for name, value in (meta or {}).items():
            name = name.lower()
            sent[name if name.startswith("x-oss-meta-") else f"x-oss-meta-{name}"] = (
                value
            )
        if content_type is not None:
            sent["content-type"] = content_type
        sent["x-oss-object-acl"] = acl
        writer = self.store.writer(bucket)
        writer.write(data)
        blob, digest = writer.finish()
        info = ObjectInfo(
            key=key,
            size=digest.size,
            etag=digest.md5.hex().upper(),
            crc64=digest.crc64,
            last_modified=self.now(),
            content_md5=base64.b64encode(digest.md5).decode("ascii"),
            blob=blob,
            **object_fields(sent, object_acl),
        )
        return self.store.put(bucket, info)

    def read_object(self, bucket: str, key: str) -> bytes:
        info = self.store.get(bucket, key)
        assert info.blob is not None
        return info.blob.read()

    def object_info(self, bucket: str, key: str) -> ObjectInfo:
        """What OSS knows of an object (NoSuchKey when there is none)."""
        return self.store.get(bucket, key)

    def objects(self, bucket: str, prefix: str = "") -> list[ObjectInfo]:
        """The objects of a bucket whose keys start with `prefix`, by key."""
        keys = [key for key in self.store.keys(bucket) if key.startswith(prefix)]
        return self.store.objects(bucket, keys)

    def delete_object(self, bucket: str, key: str) -> bool:
        return self.store.delete(bucket, key)

    def set_object_acl(self, bucket: str, key: str, acl: str) -> ObjectInfo:
        return self.store.update(bucket, key, acl=object_acl(acl))

    def uploads(self, bucket: str) -> list[UploadInfo]:
        """Multipart uploads in progress."""
        return self.store.uploads(bucket)

    def parts(self, bucket: str, upload_id: str) -> list[PartInfo]:
        return self.store.parts(bucket, upload_id)

    # --- requests and faults -----------------------------------------------------------------

    @property
    def requests(self) -> list[ReceivedRequest]:
        """The OSS requests among the emulator's `requests`, oldest first."""
        with self._log_lock:
            return [received for received in self._log if received.product == "oss"]

    def inject(self, fault: str, count: int = 1, **options: Any) -> None:
        """Fail the next `count` OSS requests: "throttling" (503 ServiceUnavailable),
        "server_error" (500 InternalError), both with `code=`, `status=`, `message=` and `ec=`
        to choose, "delay" (`seconds=`), "drop" (`after_bytes=` of the request body first),
        "cut" (the answer's body stops after `after_bytes=`, half by default), "wrong_crc" or
        "no_crc" (the answer's x-oss-hash-crc64ecma off by a bit, or left out); `operation=`
        ("UploadPart") waits for requests of one operation, `skip=N` lets N through first.
        `emu.inject(..., on="oss")` does the same (`acs_core.testing.faults`)."""
        self._faults.add(fault, count, "oss", options)

    @property
    def pending_faults(self) -> list[Fault]:
        """The injected faults still waiting for OSS requests (or any), oldest first."""
        return [f for f in self._faults.pending() if f.target in (None, "oss")]

    # --- used while answering ----------------------------------------------------------------

    def record(self, received: ReceivedRequest) -> None:
        with self._log_lock:
            self._log.append(received)

    def take_fault(
        self, operation: str | None, kinds: Collection[str] = ARRIVAL_FAULTS
    ) -> Fault | None:
        """The next injected fault for an OSS request of `operation` (`service` acts on it)."""
        return self._faults.take("oss", operation, kinds=kinds)

    def authorize(self, call: Call, operation: Operation) -> None:
        """NoSuchBucket, or AccessDenied for an anonymous request the ACLs do not allow."""
        if call.request.bucket is None or operation.access == "service":
            check_access(call.principal.key_id, operation.access, _NO_BUCKET, None)
            return
        bucket = self.store.bucket(call.request.bucket)
        item = None
        if call.request.key is not None and call.principal.key_id is None:
            item = self.store.find(bucket.name, call.request.key)
        check_access(call.principal.key_id, operation.access, bucket, item)

    def authorize_read(self, call: Call, bucket: str, item: ObjectInfo) -> None:
        """AccessDenied unless the request may read `item` (a copy's source)."""
        check_access(
            call.principal.key_id, "object-read", self.store.bucket(bucket), item
        )


_NO_BUCKET = BucketInfo("", 0.0)
