"""OSS's object operations: PutObject, GetObject (ranges, conditions, response overrides),
HeadObject, GetObjectMeta, DeleteObject, DeleteMultipleObjects, CopyObject and the object
ACL."""

from __future__ import annotations

import base64
import email.utils
import hashlib
from urllib.parse import unquote

from .call import (
    Answer,
    Call,
    http_date,
    iso_time,
    object_fields,
    owner,
    quoted,
    xml_answer,
)
from .errors import OssError
from .records import ACLS, OBJECT_ACLS, ObjectInfo
from .xmltext import element, parent, parse

__all__ = [
    "copy_object",
    "delete_multiple_objects",
    "delete_object",
    "get_object",
    "get_object_acl",
    "get_object_meta",
    "head_object",
    "object_acl",
    "put_object",
    "put_object_acl",
]

_OVERRIDES = {
    "response-content-type": "Content-Type",
    "response-content-language": "Content-Language",
    "response-expires": "Expires",
    "response-cache-control": "Cache-Control",
    "response-content-disposition": "Content-Disposition",
    "response-content-encoding": "Content-Encoding",
}


def object_acl(value: str) -> str:
    if value not in OBJECT_ACLS:
        raise OssError("InvalidArgument", "no such object access control exists")
    return value


def bucket_acl(value: str) -> str:
    if value not in ACLS:
        raise OssError("InvalidArgument", "no such bucket access control exists")
    return value


def _refuse_overwrite(call: Call) -> None:
    if call.headers.get("x-oss-forbid-overwrite", "").lower() == "true":
        if call.store.find(call.bucket, call.key) is not None:
            raise OssError("FileAlreadyExists")


def put_object(call: Call) -> Answer:
    _refuse_overwrite(call)
    fields = object_fields(call.headers, object_acl)
    blob, digest = call.receive()
    md5 = base64.b64encode(digest.md5).decode("ascii")
    info = ObjectInfo(
        key=call.key,
        size=digest.size,
        etag=digest.md5.hex().upper(),
        crc64=digest.crc64,
        last_modified=call.now(),
        content_md5=md5,
        blob=blob,
        **fields,
    )
    call.store.put(call.bucket, info)
    return Answer(
        headers=[
            ("ETag", quoted(info.etag)),
            ("x-oss-hash-crc64ecma", str(info.crc64)),
            ("Content-MD5", md5),
        ]
    )


def _headers_of(info: ObjectInfo) -> list[tuple[str, str]]:
    headers = [
        ("Content-Type", info.content_type),
        ("ETag", quoted(info.etag)),
        ("Last-Modified", http_date(info.last_modified)),
        ("Accept-Ranges", "bytes"),
        ("x-oss-object-type", info.object_type),
        ("x-oss-storage-class", info.storage_class),
        ("x-oss-hash-crc64ecma", str(info.crc64)),
    ]
    if info.content_md5:
        headers.append(("Content-MD5", info.content_md5))
    headers.extend(info.headers.items())
    headers.extend(info.meta.items())
    return headers


def _check_conditions(call: Call, info: ObjectInfo) -> None:
    headers = call.headers
    etag = quoted(info.etag)
    modified = int(info.last_modified)
    wanted = headers.get("if-match")
    if wanted is not None and wanted.strip() not in (etag, info.etag, "*"):
        raise OssError("PreconditionFailed", Condition="If-Match")
    since = _date(headers.get("if-unmodified-since"))
    if since is not None and modified > since:
        raise OssError("PreconditionFailed", Condition="If-Unmodified-Since")
    unwanted = headers.get("if-none-match")
    if unwanted is not None and unwanted.strip() in (etag, info.etag, "*"):
        raise OssError("NotModified")
    since = _date(headers.get("if-modified-since"))
    if since is not None and modified <= since:
        raise OssError("NotModified")


def _date(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None


def _range(call: Call, size: int) -> tuple[int, int] | None:
    """The bytes a Range header asks for (start, end inclusive); None for the whole object.
    As OSS does, a range it cannot serve answers the whole object, unless the request says
    `x-oss-range-behavior: standard` (then 416)."""
    text = call.headers.get("range", "").strip()
    if not text:
        return None
    standard = call.headers.get("x-oss-range-behavior", "").lower() == "standard"
    unit, _, spec = text.partition("=")
    first, dash, last = spec.partition("-")
    try:
        if unit.strip() != "bytes" or not dash or "," in spec:
            raise ValueError(text)
        if not first.strip():  # the last N bytes
            count = int(last)
            if count <= 0:
                raise ValueError(text)
            return max(0, size - count), size - 1
        start = int(first)
        end = int(last) if last.strip() else size - 1
        if start > end and last.strip():
            raise ValueError(text)
    except ValueError:
        return None
    if start >= size:
        if standard:
            raise OssError(
                "InvalidRange", RangeRequested=text, ActualObjectSize=str(size)
            )
        return None
    return start, min(end, size - 1)


def get_object(call: Call) -> Answer:
    info = call.store.get(call.bucket, call.key)
    _check_conditions(call, info)
    headers = _headers_of(info)
    overrides = {
        wire: call.query[name]
        for name, wire in _OVERRIDES.items()
        if name in call.query
    }
    if overrides:
        headers = [(n, v) for n, v in headers if n not in overrides]
        headers.extend(overrides.items())
    if call.request.method == "HEAD":
        return Answer(headers=headers, length=info.size, pieces=iter(()))
    wanted = _range(call, info.size)
    if wanted is None:
        info, pieces = call.store.open(call.bucket, call.key)
        return Answer(headers=headers, length=info.size, pieces=pieces)
    start, end = wanted
    info, pieces = call.store.open(call.bucket, call.key, start, end + 1)
    headers.append(("Content-Range", f"bytes {start}-{end}/{info.size}"))
    return Answer(206, headers, length=end + 1 - start, pieces=pieces)


head_object = get_object


def get_object_meta(call: Call) -> Answer:
    info = call.store.get(call.bucket, call.key)
    headers = [
        ("ETag", quoted(info.etag)),
        ("Last-Modified", http_date(info.last_modified)),
        ("x-oss-hash-crc64ecma", str(info.crc64)),
    ]
    head = call.request.method == "HEAD"
    return Answer(headers=headers, length=info.size if head else 0, pieces=iter(()))


def delete_object(call: Call) -> Answer:
    call.store.delete(call.bucket, call.key)
    return Answer(204)


def delete_multiple_objects(call: Call) -> Answer:
    body = call.small_body()
    sent = call.headers.get("content-md5")
    if sent is not None:
        if base64.b64encode(hashlib.md5(body).digest()).decode() != sent:
            raise OssError("InvalidDigest")
    root = parse(body)
    if root is None or root.tag != "Delete":
        raise OssError("MalformedXML")
    keys = [node.findtext("Key") or "" for node in root.findall("Object")]
    if not keys or len(keys) > 1000 or not all(keys):
        raise OssError("MalformedXML")
    quiet = (root.findtext("Quiet") or "false").strip().lower() == "true"
    for key in keys:
        call.store.delete(call.bucket, key)
    children = []
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    if not quiet:
        children.extend(
            parent("Deleted", [element("Key", call.name(key))]) for key in keys
        )
    return xml_answer("DeleteResult", children)


def copy_source(call: Call) -> tuple[str, str]:
    """The bucket and key `x-oss-copy-source` names (`/<bucket>/<url-encoded key>`)."""
    source = call.headers["x-oss-copy-source"].partition("?")[0]
    bucket, slash, key = source.lstrip("/").partition("/")
    if not bucket or not slash or not key:
        raise OssError("InvalidArgument", "x-oss-copy-source is not valid.")
    return unquote(bucket), unquote(key)


def copy_object(call: Call) -> Answer:
    source_bucket, source_key = copy_source(call)
    source = call.store.get(source_bucket, source_key)
    call.oss.authorize_read(call, source_bucket, source)
    _refuse_overwrite(call)
    replace = call.headers.get("x-oss-metadata-directive", "COPY").upper() == "REPLACE"
    fields = object_fields(call.headers, object_acl)
    if not replace:
        fields.update(
            content_type=source.content_type, headers=source.headers, meta=source.meta
        )
    writer = call.store.writer(call.bucket)
    _, pieces = call.store.open(source_bucket, source_key)
    try:
        for piece in pieces:
            writer.write(piece)
    except BaseException:
        writer.discard()
        raise
    blob, digest = writer.finish()
    info = ObjectInfo(
        key=call.key,
        size=digest.size,
        etag=digest.md5.hex().upper(),
        crc64=digest.crc64,
        last_modified=call.now(),
        content_md5=base64.b64encode(digest.md5).decode("ascii"),
        blob=blob,
        **fields,
    )
    call.store.put(call.bucket, info)
    answer = xml_answer(
        "CopyObjectResult",
        [
            element("ETag", quoted(info.etag)),
            element("LastModified", iso_time(info.last_modified)),
        ],
    )
    answer.headers.append(("x-oss-hash-crc64ecma", str(info.crc64)))
    return answer


def put_object_acl(call: Call) -> Answer:
    acl = object_acl(call.headers.get("x-oss-object-acl", ""))
    call.store.update(call.bucket, call.key, acl=acl)
    return Answer()


def get_object_acl(call: Call) -> Answer:
    info = call.store.get(call.bucket, call.key)
    return xml_answer(
        "AccessControlPolicy",
        [owner(), parent("AccessControlList", [element("Grant", info.acl)])],
    )
