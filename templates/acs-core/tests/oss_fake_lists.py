"""The listings `oss_fake.FakeOSS` answers (ListBuckets, GetBucketAcl, ListMultipartUploads,
ListObjects v1 and v2, ListParts), as OSS spells them and the official SDKs parse them.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any


def _xml(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root)


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def _fill(parent: ET.Element, *fields: tuple[str, str]) -> None:
    for tag, text in fields:
        _sub(parent, tag, text)


def buckets() -> bytes:
    root = ET.Element("ListAllMyBucketsResult")
    _fill(_sub(root, "Owner"), ("ID", "51264"), ("DisplayName", "51264"))
    _fill(
        _sub(_sub(root, "Buckets"), "Bucket"),
        ("CreationDate", "2014-02-07T18:12:43.000Z"),
        ("ExtranetEndpoint", "oss-cn-hangzhou.aliyuncs.com"),
        ("IntranetEndpoint", "oss-cn-hangzhou-internal.aliyuncs.com"),
        ("Location", "oss-cn-hangzhou"),
        ("Name", "examplebucket"),
        ("Region", "cn-hangzhou"),
        ("StorageClass", "Standard"),
    )
    return _xml(root)


def bucket_acl() -> bytes:
    root = ET.Element("AccessControlPolicy")
    _fill(_sub(root, "Owner"), ("ID", "0022012"), ("DisplayName", "0022012"))
    _sub(_sub(root, "AccessControlList"), "Grant", "private")
    return _xml(root)


def multipart_uploads(bucket: str) -> bytes:
    root = ET.Element("ListMultipartUploadsResult")
    _fill(root, ("Bucket", bucket), ("IsTruncated", "false"))
    return _xml(root)


def objects(
    bucket: str, query: Mapping[str, str], stored: Mapping[tuple[str, str], Any]
) -> bytes:
    v2 = query.get("list-type") == "2"
    prefix = query.get("prefix", "")
    keys = sorted(k for b, k in stored if b == bucket and k.startswith(prefix))
    start = query.get("continuation-token" if v2 else "marker", "")
    if v2 and start:
        start = base64.b64decode(start).decode()
        keys = [k for k in keys if k >= start]
    elif start:
        keys = [k for k in keys if k > start]
    max_keys = int(query.get("max-keys", "100"))
    page, rest = keys[:max_keys], keys[max_keys:]
    root = ET.Element("ListBucketResult")
    _fill(root, ("Name", bucket), ("Prefix", prefix), ("MaxKeys", str(max_keys)))
    _sub(root, "Delimiter", query.get("delimiter", ""))
    _sub(root, "IsTruncated", "true" if rest else "false")
    if v2:
        _sub(root, "KeyCount", str(len(page)))
        if start:
            _sub(root, "ContinuationToken", query["continuation-token"])
        if rest:
            _sub(
                root,
                "NextContinuationToken",
                base64.b64encode(rest[0].encode()).decode(),
            )
    else:
        _sub(root, "Marker", start)
        if rest:
            _sub(root, "NextMarker", page[-1])
    for k in page:
        _fill(
            _sub(root, "Contents"),
            ("Key", k),
            ("LastModified", "2024-01-01T00:00:00.000Z"),
            ("ETag", stored[(bucket, k)].etag),
            ("Type", "Normal"),
            ("Size", str(stored[(bucket, k)].size)),
            ("StorageClass", "Standard"),
        )
    return _xml(root)


def parts(
    bucket: str, key: str, query: Mapping[str, str], stored: Mapping[int, Any]
) -> bytes:
    marker = int(query.get("part-number-marker") or 0)
    max_parts = int(query.get("max-parts") or 1000)
    numbers = [n for n in sorted(stored) if n > marker]
    page, rest = numbers[:max_parts], numbers[max_parts:]
    root = ET.Element("ListPartsResult")
    _fill(root, ("Bucket", bucket), ("Key", key), ("UploadId", query["uploadId"]))
    _fill(
        root,
        ("PartNumberMarker", str(marker)),
        ("NextPartNumberMarker", str(page[-1] if page else marker)),
        ("MaxParts", str(max_parts)),
        ("IsTruncated", "true" if rest else "false"),
    )
    for n in page:
        _fill(
            _sub(root, "Part"),
            ("PartNumber", str(n)),
            ("LastModified", "2024-01-01T00:00:00.000Z"),
            ("ETag", stored[n].etag),
            ("HashCrc64ecma", str(stored[n].crc)),
            ("Size", str(stored[n].size)),
        )
    return _xml(root)
