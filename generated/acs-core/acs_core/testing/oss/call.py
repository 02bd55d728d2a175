"""One OSS request being answered (`Call`), what it answers (`Answer`), and the small wire
formats the operations share: dates, ETags, URL encoding of listed names, object headers.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from ...signing.oss_common import uri_encode
from ..received import ReceivedRequest
from ..server import BodyReader
from .auth import Principal
from .blobs import Blob, Digest
from .errors import OssError
from .records import ObjectInfo
from .request import OssRequest
from .store import Store
from .xmltext import document, element, parent

__all__ = [
    "Answer",
    "Call",
    "Service",
    "http_date",
    "iso_time",
    "object_fields",
    "owner",
    "quoted",
    "xml_answer",
]

# Headers an object keeps from its upload and answers on download.
STANDARD_HEADERS = {
    "cache-control": "Cache-Control",
    "content-disposition": "Content-Disposition",
    "content-encoding": "Content-Encoding",
    "content-language": "Content-Language",
    "expires": "Expires",
}
OWNER_ID = "1000000000000000"  # the one account this emulator serves


@dataclass
class Answer:
    """A status, headers and a body: bytes, or `length` bytes in `pieces`."""

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    length: int | None = None
    pieces: Iterator[bytes] | None = None


class Service(Protocol):
    """What operations need of `emu.oss` (`control.OssEmulator`)."""

    store: Store
    region: str
    min_part_size: int
    max_xml_size: int
    now: Callable[[], float]

    def authorize_read(self, call: Call, bucket: str, item: ObjectInfo) -> None: ...


@dataclass
class Call:
    """What an operation works with."""

    request: OssRequest
    body: BodyReader
    principal: Principal
    oss: Service
    received: ReceivedRequest  # what `emu.requests` records of it

    @property
    def params(self) -> dict[str, Any]:
        assert self.received.params is not None
        return self.received.params

    @property
    def store(self) -> Store:
        return self.oss.store

    @property
    def bucket(self) -> str:
        assert self.request.bucket is not None
        return self.request.bucket

    @property
    def key(self) -> str:
        assert self.request.key is not None
        return self.request.key

    @property
    def query(self) -> dict[str, str]:
        return self.request.query

    @property
    def headers(self) -> Mapping[str, str]:
        return self.request.headers

    def now(self) -> float:
        return self.oss.now()

    @property
    def url_encoded(self) -> bool:
        """Names in the answer are URL-encoded (`encoding-type=url`)."""
        return self.query.get("encoding-type") == "url"

    def name(self, text: str) -> str:
        """A listed key or prefix, URL-encoded when the request asked so."""
        return uri_encode(text) if self.url_encoded else text

    def small_body(self) -> bytes:
        """A request's (XML) body, at most `OssEmulator.max_xml_size` bytes."""
        pieces, size = [], 0
        for piece in iter(self.body.read, b""):
            size += len(piece)
            if size > self.oss.max_xml_size:
                raise OssError(
                    "InvalidArgument",
                    f"The request body is larger than {self.oss.max_xml_size} bytes.",
                )
            pieces.append(piece)
        self.received.body = b"".join(pieces)
        return self.received.body

    def receive(self, upload_id: str | None = None) -> tuple[Blob, Digest]:
        """Stream the body into a new blob, checking Content-MD5 when it is sent."""
        if (
            "content-length" not in self.headers
            and "chunked" not in self.headers.get("transfer-encoding", "").lower()
        ):
            raise OssError("MissingContentLength")
        writer = self.store.writer(self.bucket, upload_id)
        try:
            for piece in iter(self.body.read, b""):
                writer.write(piece)
        except BaseException:
            writer.discard()
            raise
        blob, digest = writer.finish()
        self.params["size"] = digest.size
        sent = self.headers.get("content-md5")
        if sent is not None:
            try:
                expected = base64.b64decode(sent, validate=True)
            except (binascii.Error, ValueError):
                expected = b""
            if expected != digest.md5:
                blob.remove()
                raise OssError(
                    "InvalidDigest",
                    "The Content-MD5 you specified did not match what we received.",
                )
        return blob, digest


def http_date(seconds: float) -> str:
    return email.utils.formatdate(seconds, usegmt=True)


def iso_time(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.000Z"
    )


def quoted(etag: str) -> str:
    return f'"{etag}"'


def owner() -> str:
    return parent("Owner", [element("ID", OWNER_ID), element("DisplayName", OWNER_ID)])


def xml_answer(root: str, children: list[str], status: int = 200) -> Answer:
    return Answer(
        status, [("Content-Type", "application/xml")], document(root, children)
    )


def object_fields(
    headers: Mapping[str, str], acl_check: Callable[[str], str]
) -> dict[str, Any]:
    """What an upload's headers give its object: type, standard headers, metadata, ACL."""
    return {
        "content_type": headers.get("content-type") or "application/octet-stream",
        "headers": {
            wire: headers[name]
            for name, wire in STANDARD_HEADERS.items()
            if name in headers
        },
        "meta": {
            name: value
            for name, value in headers.items()
            if name.startswith("x-oss-meta-")
        },
        "acl": acl_check(headers.get("x-oss-object-acl", "default")),
    }
