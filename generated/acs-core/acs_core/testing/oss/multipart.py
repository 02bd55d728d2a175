"""OSS's multipart uploads: InitiateMultipartUpload, UploadPart (and UploadPartCopy),
CompleteMultipartUpload (the part list checked as OSS checks it: ascending part numbers,
ETags that match, every part but the last at least the minimum size), AbortMultipartUpload,
ListParts and ListMultipartUploads.

The completed object's ETag is OSS's: the MD5 of the parts' MD5s, `-<number of parts>`; its
CRC-64 is the parts' CRCs combined (`acs_core.oss.crc64.combine`).
"""

from __future__ import annotations

import hashlib
import os
import time

from ...oss.crc64 import combine
from ...signing.oss_common import uri_encode
from .buckets import max_count
from .call import Answer, Call, iso_time, object_fields, quoted, xml_answer
from .errors import OssError
from .objects import copy_source, object_acl
from .records import ObjectInfo, PartInfo, UploadInfo
from .xmltext import element, parent, parse

__all__ = [
    "MAX_PARTS",
    "abort_multipart_upload",
    "complete_multipart_upload",
    "initiate_multipart_upload",
    "list_multipart_uploads",
    "list_parts",
    "upload_part",
]

MAX_PARTS = 10_000


def _new_upload_id() -> str:
    """Hex, increasing with time (so that uploads of a key list in initiation order)."""
    return f"{time.time_ns():016X}{os.urandom(8).hex().upper()}"


def initiate_multipart_upload(call: Call) -> Answer:
    if call.headers.get("x-oss-forbid-overwrite", "").lower() == "true":
        if call.store.find(call.bucket, call.key) is not None:
            raise OssError("FileAlreadyExists")
    fields = object_fields(call.headers, object_acl)
    upload = UploadInfo(_new_upload_id(), call.key, call.now(), **fields)
    call.store.create_upload(call.bucket, upload)
    call.params["upload_id"] = upload.upload_id
    children = []
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children += [
        element("Bucket", call.bucket),
        element("Key", call.name(call.key)),
        element("UploadId", upload.upload_id),
    ]
    return xml_answer("InitiateMultipartUploadResult", children)


def _part_number(call: Call) -> int:
    text = call.query.get("partNumber", "")
    if not text.isdigit() or not 1 <= int(text) <= MAX_PARTS:
        raise OssError(
            "InvalidArgument",
            f"Part number must be an integer between 1 and {MAX_PARTS}, inclusive.",
            ArgumentName="partNumber",
            ArgumentValue=text,
        )
    return int(text)


def upload_part(call: Call) -> Answer:
    number = _part_number(call)
    upload_id = call.query["uploadId"]
    call.store.upload(call.bucket, upload_id, call.key)
    call.params.update(upload_id=upload_id, part_number=number)
    if "x-oss-copy-source" in call.headers:
        return _upload_part_copy(call, upload_id, number)
    blob, digest = call.receive(upload_id)
    part = PartInfo(
        number, digest.size, digest.md5.hex().upper(), digest.crc64, call.now(), blob
    )
    call.store.put_part(call.bucket, upload_id, part)
    return Answer(
        headers=[("ETag", quoted(part.etag)), ("x-oss-hash-crc64ecma", str(part.crc64))]
    )


def _upload_part_copy(call: Call, upload_id: str, number: int) -> Answer:
    source_bucket, source_key = copy_source(call)
    source = call.store.get(source_bucket, source_key)
    call.oss.authorize_read(call, source_bucket, source)
    start, end = 0, source.size
    wanted = call.headers.get("x-oss-copy-source-range", "")
    if wanted:
        first, _, last = wanted.removeprefix("bytes=").partition("-")
        if first.isdigit() and last.isdigit() and int(first) <= int(last) < source.size:
            start, end = int(first), int(last) + 1
    writer = call.store.writer(call.bucket, upload_id)
    _, pieces = call.store.open(source_bucket, source_key, start, end)
    try:
        for piece in pieces:
            writer.write(piece)
    except BaseException:
        writer.discard()
        raise
    blob, digest = writer.finish()
    part = PartInfo(
        number, digest.size, digest.md5.hex().upper(), digest.crc64, call.now(), blob
    )
    call.store.put_part(call.bucket, upload_id, part)
    answer = xml_answer(
        "CopyPartResult",
        [
            element("LastModified", iso_time(part.last_modified)),
            element("ETag", quoted(part.etag)),
        ],
    )
    answer.headers.append(("x-oss-hash-crc64ecma", str(part.crc64)))
    return answer


def _chosen_parts(call: Call, parts: dict[int, PartInfo]) -> list[PartInfo]:
    """The parts the request completes the upload with, checked."""
    body = call.small_body()
    if call.headers.get("x-oss-complete-all", "").lower() == "yes":
        if body.strip():
            raise OssError(
                "InvalidArgument",
                "x-oss-complete-all is given with a part list in the body.",
            )
        return [parts[number] for number in sorted(parts)]
    root = parse(body)
    if root is None or root.tag != "CompleteMultipartUpload":
        raise OssError("MalformedXML")
    chosen: list[PartInfo] = []
    for node in root.findall("Part"):
        text, etag = node.findtext("PartNumber") or "", node.findtext("ETag") or ""
        if not text.strip().isdigit():
            raise OssError("MalformedXML")
        number = int(text)
        if chosen and number <= chosen[-1].number:
            raise OssError("InvalidPartOrder")
        part = parts.get(number)
        if part is None or etag.strip().strip('"').upper() != part.etag:
            raise OssError("InvalidPart", PartNumber=str(number), ETag=etag)
        chosen.append(part)
    if not chosen:
        raise OssError("MalformedXML")
    return chosen


def complete_multipart_upload(call: Call) -> Answer:
    upload_id = call.query["uploadId"]
    upload = call.store.upload(call.bucket, upload_id, call.key)
    call.params["upload_id"] = upload_id
    parts = {part.number: part for part in call.store.parts(call.bucket, upload_id)}
    chosen = _chosen_parts(call, parts)
    for part in chosen[:-1]:
        if part.size < call.oss.min_part_size:
            raise OssError(
                "EntityTooSmall",
                MinSizeAllowed=str(call.oss.min_part_size),
                ProposedSize=str(part.size),
                PartNumber=str(part.number),
            )
    writer = call.store.writer(call.bucket, digests=False)  # they come from the parts
    crc, md5s = 0, hashlib.md5()
    try:
        for part in chosen:
            assert part.blob is not None
            for piece in part.blob.pieces():
                writer.write(piece)
            crc = combine(crc, part.crc64, part.size)
            md5s.update(bytes.fromhex(part.etag))
    except BaseException:
        writer.discard()
        raise
    blob, digest = writer.finish()
    info = ObjectInfo(
        key=call.key,
        size=digest.size,
        etag=f"{md5s.hexdigest().upper()}-{len(chosen)}",
        crc64=crc,
        last_modified=call.now(),
        content_type=upload.content_type,
        headers=upload.headers,
        meta=upload.meta,
        acl=upload.acl,
        object_type="Multipart",
        blob=blob,
    )
    call.store.put(call.bucket, info)
    call.store.end_upload(call.bucket, upload_id)
    where = uri_encode(call.key, keep_slash=True)
    children = []
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children += [
        element("Location", f"http://{call.request.host}/{call.bucket}/{where}"),
        element("Bucket", call.bucket),
        element("Key", call.name(call.key)),
        element("ETag", quoted(info.etag)),
    ]
    answer = xml_answer("CompleteMultipartUploadResult", children)
    answer.headers.append(("x-oss-hash-crc64ecma", str(info.crc64)))
    return answer


def abort_multipart_upload(call: Call) -> Answer:
    upload_id = call.query["uploadId"]
    call.store.upload(call.bucket, upload_id, call.key)
    call.store.end_upload(call.bucket, upload_id)
    return Answer(204)


def list_parts(call: Call) -> Answer:
    upload_id = call.query["uploadId"]
    call.store.upload(call.bucket, upload_id, call.key)
    limit = max_count(call, "max-parts", 1000)
    marker = call.query.get("part-number-marker") or "0"
    if not marker.isdigit():
        raise OssError(
            "InvalidArgument", f"part-number-marker {marker!r} is not valid."
        )
    later = [
        p for p in call.store.parts(call.bucket, upload_id) if p.number > int(marker)
    ]
    page, truncated = later[:limit], len(later) > limit
    children = []
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children += [
        element("Bucket", call.bucket),
        element("Key", call.name(call.key)),
        element("UploadId", upload_id),
        element("PartNumberMarker", marker),
        element("NextPartNumberMarker", page[-1].number if page else marker),
        element("MaxParts", limit),
        element("IsTruncated", truncated),
    ]
    children += [
        parent(
            "Part",
            [
                element("PartNumber", part.number),
                element("LastModified", iso_time(part.last_modified)),
                element("ETag", quoted(part.etag)),
                element("HashCrc64ecma", part.crc64),
                element("Size", part.size),
            ],
        )
        for part in page
    ]
    return xml_answer("ListPartsResult", children)


def list_multipart_uploads(call: Call) -> Answer:
    query = call.query
    prefix, delimiter = query.get("prefix", ""), query.get("delimiter", "")
    key_marker, id_marker = query.get("key-marker", ""), query.get(
        "upload-id-marker", ""
    )
    limit = max_count(call, "max-uploads", 1000)
    entries: list[tuple[str, str | None]] = (
        []
    )  # (key or common prefix, upload ID or None)
    truncated = False
    for upload in call.store.uploads(call.bucket):
        key = upload.key
        if not key.startswith(prefix):
            continue
        if key_marker and (
            key < key_marker or (key == key_marker and upload.upload_id <= id_marker)
        ):
            continue
        entry: tuple[str, str | None] = (key, upload.upload_id)
        found = key.find(delimiter, len(prefix)) if delimiter else -1
        if found >= 0:
            common = key[: found + len(delimiter)]
            if (common, None) in entries or common <= key_marker:
                continue
            entry = (common, None)
        if len(entries) == limit:
            truncated = True
            break
        entries.append(entry)
    last_key, last_id = entries[-1] if truncated else ("", None)
    children = []
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children += [
        element("Bucket", call.bucket),
        element("KeyMarker", call.name(key_marker)),
        element("UploadIdMarker", id_marker),
        element("NextKeyMarker", call.name(last_key)),
        element("NextUploadIdMarker", last_id or ""),
        element("Delimiter", call.name(delimiter)),
        element("Prefix", call.name(prefix)),
        element("MaxUploads", limit),
        element("IsTruncated", truncated),
    ]
    uploads = {u.upload_id: u for u in call.store.uploads(call.bucket)}
    for name, upload_id in entries:
        if upload_id is None:
            children.append(
                parent("CommonPrefixes", [element("Prefix", call.name(name))])
            )
            continue
        children.append(
            parent(
                "Upload",
                [
                    element("Key", call.name(name)),
                    element("UploadId", upload_id),
                    element("Initiated", iso_time(uploads[upload_id].initiated)),
                ],
            )
        )
    return xml_answer("ListMultipartUploadsResult", children)
