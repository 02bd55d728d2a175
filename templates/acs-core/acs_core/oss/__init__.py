"""Object Storage Service: the runtime an OSS product client (and VOD's uploads) stand on.

    from acs_core.oss import Sender, Transfer

    with Sender("cn-hangzhou") as sender:              # credentials: the default chain
        transfer = Transfer(sender)
        transfer.upload("bucket", "a/b.mp4", "/data/b.mp4", progress=print)
        transfer.download("bucket", "a/b.mp4", "/tmp/b.mp4")
        url = transfer.presign("GET", "bucket", "a/b.mp4", expires=3600).url
        listing = sender.send("GET", "bucket", query={"list-type": "2"}).xml(
            arrays={"ListBucketResult.Contents"})

    sender       Sender: one signed request (V4 by default, or V1), streamed, retried
    asynchronous AsyncSender: the same for asyncio
    base         what both senders decide without I/O (its doc lists every option)
    response     OssResponse, AsyncOssResponse: status, headers, a read or streaming body
    body         request bodies that stream (bytes, files, file slices, iterators)
    presign      presigned URLs (V4 at most 7 days)
    transfer     Transfer: uploads (single or multipart, resumable) and downloads, checked
    transfer_async  AsyncTransfer
    planning, multipart, source, checkpoint   the transfers' parts that do no I/O
    answers      OSS error answers into acs-core's typed errors
    xml          XML bodies: a parser that refuses DTDs and entities, dicts both ways
    addressing   virtual-hosted and path-style URLs, as the official SDKs build them
    urls         the bucket, key and region an object URL names (what `presign_url` signs)
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
    from .multipart import DownloadResult, UploadResult
    from .presign import PresignedUrl
    from .response import AsyncOssResponse, OssResponse
    from .sender import Sender
    from .transfer import Transfer
    from .transfer_async import AsyncTransfer
    from .xml import XmlError

__all__ = [
    "AsyncOssResponse",
    "AsyncSender",
    "AsyncTransfer",
    "Crc64MismatchError",
    "DownloadResult",
    "IntegrityError",
    "OssResponse",
    "PresignedUrl",
    "Sender",
    "SourceChangedError",
    "Transfer",
    "TransferError",
    "UploadResult",
    "XmlError",
]

_HOMES = {
    "AsyncOssResponse": "response",
    "AsyncSender": "asynchronous",
    "AsyncTransfer": "transfer_async",
    "Crc64MismatchError": "crc64",
    "DownloadResult": "multipart",
    "IntegrityError": "errors",
    "OssResponse": "response",
    "PresignedUrl": "presign",
    "Sender": "sender",
    "SourceChangedError": "errors",
    "Transfer": "transfer",
    "TransferError": "errors",
    "UploadResult": "multipart",
    "XmlError": "xml",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
