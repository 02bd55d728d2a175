"""Object Storage Service: the runtime an OSS product client (and VOD's uploads) stand on.

    from acs_core.oss import Sender

    with Sender("cn-hangzhou") as sender:              # credentials: the default chain
        sender.send("PUT", "bucket", "a/b.mp4", body=open("/data/b.mp4", "rb"))
        url = sender.presign("GET", "bucket", "a/b.mp4", expires=3600).url
        listing = sender.send("GET", "bucket", query={"list-type": "2"}).xml(
            arrays={"ListBucketResult.Contents"})

    sender       Sender: one signed request (V4 by default, or V1), streamed, retried
    asynchronous AsyncSender: the same for asyncio
    base         what both senders decide without I/O (its doc lists every option)
    response     OssResponse, AsyncOssResponse: status, headers, a read or streaming body
    body         request bodies that stream (bytes, files, file slices, iterators)
    presign      presigned URLs (V4 at most 7 days)
    answers      OSS error answers into acs-core's typed errors
    xml          XML bodies: a parser that refuses DTDs and entities, dicts both ways
    addressing   virtual-hosted and path-style URLs, as the official SDKs build them
    crc64        CRC-64/ECMA-182 (OSS's `x-oss-hash-crc64ecma`), incremental and combinable
    errors       TransferError, SourceChangedError, IntegrityError

`addressing`, `crc64`, `xml` and `errors` import neither httpx nor the clients; the names below
load their modules when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asynchronous import AsyncSender
    from .crc64 import Crc64MismatchError
    from .errors import IntegrityError, SourceChangedError, TransferError
    from .presign import PresignedUrl
    from .response import AsyncOssResponse, OssResponse
    from .sender import Sender
    from .xml import XmlError

__all__ = [
    "AsyncOssResponse",
    "AsyncSender",
    "Crc64MismatchError",
    "IntegrityError",
    "OssResponse",
    "PresignedUrl",
    "Sender",
    "SourceChangedError",
    "TransferError",
    "XmlError",
]

_HOMES = {
    "AsyncOssResponse": "response",
    "AsyncSender": "asynchronous",
    "Crc64MismatchError": "crc64",
    "IntegrityError": "errors",
    "OssResponse": "response",
    "PresignedUrl": "presign",
    "Sender": "sender",
    "SourceChangedError": "errors",
    "TransferError": "errors",
    "XmlError": "xml",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
