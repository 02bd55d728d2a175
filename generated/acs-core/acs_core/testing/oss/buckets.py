"""OSS's bucket operations: ListBuckets (GetService), PutBucket, DeleteBucket, GetBucketInfo,
GetBucketLocation, GetBucketStat, the bucket ACL, and ListObjects (v1 and v2)."""

from __future__ import annotations

import base64
import binascii
from bisect import bisect_left, bisect_right
from xml.sax.saxutils import escape

from ...signing.oss_common import validate_bucket_name
from .call import Answer, Call, iso_time, owner, quoted, xml_answer
from .errors import OssError
from .objects import bucket_acl
from .records import BucketInfo
from .xmltext import element, parent, parse

__all__ = [
    "delete_bucket",
    "get_bucket_acl",
    "get_bucket_info",
    "get_bucket_location",
    "get_bucket_stat",
    "list_buckets",
    "list_objects",
    "list_objects_v2",
    "listing",
    "max_count",
    "put_bucket",
    "put_bucket_acl",
]


def max_count(call: Call, name: str, default: int, limit: int = 1000) -> int:
    text = call.query.get(name) or str(default)
    if not text.isdigit() or not 0 < int(text) <= limit:
        raise OssError(
            "InvalidArgument",
            f"{name} must be a number between 1 and {limit}, not {text!r}.",
            ArgumentName=name,
            ArgumentValue=text,
        )
    return int(text)


def listing(
    keys: list[str], prefix: str, delimiter: str, after: str, limit: int
) -> tuple[list[tuple[bool, str]], bool]:
    """The next page of a sorted listing: (is a common prefix, name) pairs after `after`,
    keys under a common prefix rolled up into it, and whether more follow."""
    start = max(bisect_left(keys, prefix), bisect_right(keys, after) if after else 0)
    page: list[tuple[bool, str]] = []
    for key in keys[start:]:
        if not key.startswith(prefix):
            break
        entry = (False, key)
        if delimiter:
            found = key.find(delimiter, len(prefix))
            if found >= 0:
                common = key[: found + len(delimiter)]
                if common <= after or (page and page[-1] == (True, common)):
                    continue
                entry = (True, common)
        if len(page) == limit:
            return page, True
        page.append(entry)
    return page, False


def _location(call: Call) -> str:
    return f"oss-{call.principal.region or call.oss.region}"


def _endpoints(info: BucketInfo) -> list[str]:
    return [
        element("ExtranetEndpoint", f"{info.location}.aliyuncs.com"),
        element("IntranetEndpoint", f"{info.location}-internal.aliyuncs.com"),
    ]


def list_buckets(call: Call) -> Answer:
    prefix, marker = call.query.get("prefix", ""), call.query.get("marker", "")
    limit = max_count(call, "max-keys", 100)
    names = [info.name for info in call.store.buckets()]
    page, truncated = listing(names, prefix, "", marker, limit)
    buckets = []
    for _, name in page:
        info = call.store.bucket(name)
        buckets.append(
            parent(
                "Bucket",
                [
                    element("CreationDate", iso_time(info.created)),
                    *_endpoints(info),
                    element("Location", info.location),
                    element("Name", info.name),
                    element("Region", info.location.removeprefix("oss-")),
                    element("StorageClass", info.storage_class),
                ],
            )
        )
    children = [element("Prefix", prefix), element("Marker", marker)]
    children.append(element("MaxKeys", limit))
    children.append(element("IsTruncated", truncated))
    if truncated:
        children.append(element("NextMarker", page[-1][1]))
    children += [owner(), parent("Buckets", buckets)]
    return xml_answer("ListAllMyBucketsResult", children)


def put_bucket(call: Call) -> Answer:
    try:
        validate_bucket_name(call.bucket)
    except ValueError as exc:
        raise OssError("InvalidBucketName", str(exc), BucketName=call.bucket) from None
    storage_class = "Standard"
    body = call.small_body()
    if body.strip():
        root = parse(body)
        if root is None:
            raise OssError("MalformedXML")
        storage_class = root.findtext("StorageClass") or storage_class
    acl = bucket_acl(call.headers.get("x-oss-acl", "private"))
    info = BucketInfo(call.bucket, call.now(), acl, _location(call), storage_class)
    call.store.create_bucket(info)
    return Answer(headers=[("Location", f"/{call.bucket}")])


def delete_bucket(call: Call) -> Answer:
    call.store.delete_bucket(call.bucket)
    return Answer(204)


def get_bucket_info(call: Call) -> Answer:
    info = call.store.bucket(call.bucket)
    bucket = [
        element("AccessMonitor", "Disabled"),
        element("CreationDate", iso_time(info.created)),
        *_endpoints(info),
        element("Location", info.location),
        element("StorageClass", info.storage_class),
        element("TransferAcceleration", "Disabled"),
        element("CrossRegionReplication", "Disabled"),
        element("DataRedundancyType", "LRS"),
        element("Name", info.name),
        owner(),
        parent("AccessControlList", [element("Grant", info.acl)]),
        element("Comment", ""),
    ]
    return xml_answer("BucketInfo", [parent("Bucket", bucket)])


def get_bucket_location(call: Call) -> Answer:
    info = call.store.bucket(call.bucket)
    return xml_answer("LocationConstraint", [escape(info.location)])


def get_bucket_stat(call: Call) -> Answer:
    keys = call.store.keys(call.bucket)
    objects = call.store.objects(call.bucket, keys)
    size = sum(info.size for info in objects)
    uploads = call.store.uploads(call.bucket)
    return xml_answer(
        "BucketStat",
        [
            element("Storage", size),
            element("ObjectCount", len(objects)),
            element("MultipartUploadCount", len(uploads)),
            element("StandardStorage", size),
            element("StandardObjectCount", len(objects)),
        ],
    )


def put_bucket_acl(call: Call) -> Answer:
    acl = bucket_acl(call.headers.get("x-oss-acl", ""))
    call.store.update_bucket(call.bucket, acl=acl)
    return Answer()


def get_bucket_acl(call: Call) -> Answer:
    info = call.store.bucket(call.bucket)
    return xml_answer(
        "AccessControlPolicy",
        [owner(), parent("AccessControlList", [element("Grant", info.acl)])],
    )


def _contents(call: Call, page: list[tuple[bool, str]], with_owner: bool) -> list[str]:
    keys = [name for common, name in page if not common]
    children = []
    for info in call.store.objects(call.bucket, keys):
        fields = [
            element("Key", call.name(info.key)),
            element("LastModified", iso_time(info.last_modified)),
            element("ETag", quoted(info.etag)),
            element("Type", info.object_type),
            element("Size", info.size),
            element("StorageClass", info.storage_class),
        ]
        if with_owner:
            fields.append(owner())
        children.append(parent("Contents", fields))
    children.extend(
        parent("CommonPrefixes", [element("Prefix", call.name(name))])
        for common, name in page
        if common
    )
    return children


def list_objects(call: Call) -> Answer:
    query = call.query
    prefix, marker = query.get("prefix", ""), query.get("marker", "")
    delimiter = query.get("delimiter", "")
    limit = max_count(call, "max-keys", 100)
    keys = call.store.keys(call.bucket)
    page, truncated = listing(keys, prefix, delimiter, marker, limit)
    children = [
        element("Name", call.bucket),
        element("Prefix", call.name(prefix)),
        element("Marker", call.name(marker)),
        element("MaxKeys", limit),
        element("Delimiter", call.name(delimiter)),
    ]
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children.append(element("IsTruncated", truncated))
    if truncated:
        children.append(element("NextMarker", call.name(page[-1][1])))
    children += _contents(call, page, with_owner=True)
    return xml_answer("ListBucketResult", children)


def _token(name: str) -> str:
    return base64.urlsafe_b64encode(name.encode("utf-8")).decode("ascii").rstrip("=")


def _untoken(token: str) -> str:
    try:
        padded = token + "=" * (-len(token) % 4)
        raw = base64.b64decode(padded.encode("ascii"), altchars=b"-_", validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        raise OssError(
            "InvalidArgument",
            "The continuation token provided is incorrect.",
            ArgumentName="continuation-token",
            ArgumentValue=token,
        ) from None


def list_objects_v2(call: Call) -> Answer:
    query = call.query
    prefix, delimiter = query.get("prefix", ""), query.get("delimiter", "")
    start_after, token = query.get("start-after", ""), query.get(
        "continuation-token", ""
    )
    limit = max_count(call, "max-keys", 100)
    after = max(start_after, _untoken(token)) if token else start_after
    keys = call.store.keys(call.bucket)
    page, truncated = listing(keys, prefix, delimiter, after, limit)
    children = [element("Name", call.bucket), element("Prefix", call.name(prefix))]
    if start_after:
        children.append(element("StartAfter", call.name(start_after)))
    if token:
        children.append(element("ContinuationToken", token))
    children += [element("MaxKeys", limit), element("Delimiter", call.name(delimiter))]
    if call.url_encoded:
        children.append(element("EncodingType", "url"))
    children.append(element("IsTruncated", truncated))
    if truncated:
        children.append(element("NextContinuationToken", _token(page[-1][1])))
    children.append(element("KeyCount", len(page)))
    with_owner = query.get("fetch-owner", "").lower() == "true"
    children += _contents(call, page, with_owner)
    return xml_answer("ListBucketResult", children)
