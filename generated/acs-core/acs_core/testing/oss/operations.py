"""Which OSS operation a request is (method, bucket or key, sub-resource), and who may call it.

Every signed request with a known key is the account's own, allowed everything. An anonymous
one may read an object whose ACL (or, when the object's is `default`, its bucket's) is
`public-read` or `public-read-write`, list a bucket that is, and write where the ACL is
`public-read-write`; nothing else (AccessDenied, as OSS answers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...signing import oss_common as common
from . import buckets, multipart, objects
from .call import Answer, Call
from .errors import OssError
from .records import BucketInfo, ObjectInfo
from .request import OssRequest

__all__ = ["Operation", "check_access", "select"]

# Sub-resources the emulator answers (others that OSS knows answer NotImplemented).
_ANSWERED = frozenset(
    {
        "acl", "uploads", "uploadId", "partNumber", "delete", "location", "bucketInfo",
        "stat", "objectMeta", "continuation-token", "security-token",
        "response-content-type", "response-content-language", "response-expires",
        "response-cache-control", "response-content-disposition",
        "response-content-encoding",
    }
)  # fmt: skip
_KNOWN = (
    common.OSS2_V1_SUBRESOURCES
    | common.OSSV2_V1_SUBRESOURCES
    | common.OSSV2_V1_OPERATION_SUBRESOURCES
)
_PUBLIC_READ = ("public-read", "public-read-write")


@dataclass(frozen=True)
class Operation:
    name: str
    # "service" and "owner" (the account's only), "bucket-read", "bucket-write",
    # "object-read" or "object-write" (what an ACL may open to anyone).
    access: str
    run: Callable[[Call], Answer]


def _op(name: str, access: str, run: Callable[[Call], Answer]) -> Operation:
    return Operation(name, access, run)


_SERVICE = {"GET": _op("ListBuckets", "service", buckets.list_buckets)}
_BUCKET = {
    ("GET", "acl"): _op("GetBucketAcl", "owner", buckets.get_bucket_acl),
    ("GET", "location"): _op("GetBucketLocation", "owner", buckets.get_bucket_location),
    ("GET", "bucketInfo"): _op("GetBucketInfo", "owner", buckets.get_bucket_info),
    ("GET", "stat"): _op("GetBucketStat", "owner", buckets.get_bucket_stat),
    ("GET", "uploads"): _op(
        "ListMultipartUploads", "bucket-read", multipart.list_multipart_uploads
    ),
    ("GET", ""): _op("ListObjects", "bucket-read", buckets.list_objects),
    ("PUT", "acl"): _op("PutBucketAcl", "owner", buckets.put_bucket_acl),
    ("PUT", ""): _op("PutBucket", "service", buckets.put_bucket),
    ("DELETE", ""): _op("DeleteBucket", "owner", buckets.delete_bucket),
    ("POST", "delete"): _op(
        "DeleteMultipleObjects", "bucket-write", objects.delete_multiple_objects
    ),
}
_LIST_V2 = _op("ListObjectsV2", "bucket-read", buckets.list_objects_v2)
_OBJECT = {
    ("PUT", "acl"): _op("PutObjectAcl", "owner", objects.put_object_acl),
    ("PUT", "uploadId"): _op("UploadPart", "object-write", multipart.upload_part),
    ("PUT", ""): _op("PutObject", "object-write", objects.put_object),
    ("GET", "acl"): _op("GetObjectAcl", "owner", objects.get_object_acl),
    ("GET", "uploadId"): _op("ListParts", "object-write", multipart.list_parts),
    ("GET", "objectMeta"): _op("GetObjectMeta", "object-read", objects.get_object_meta),
    ("GET", ""): _op("GetObject", "object-read", objects.get_object),
    ("HEAD", "objectMeta"): _op(
        "GetObjectMeta", "object-read", objects.get_object_meta
    ),
    ("HEAD", ""): _op("HeadObject", "object-read", objects.head_object),
    ("DELETE", "uploadId"): _op(
        "AbortMultipartUpload", "object-write", multipart.abort_multipart_upload
    ),
    ("DELETE", ""): _op("DeleteObject", "object-write", objects.delete_object),
    ("POST", "uploads"): _op(
        "InitiateMultipartUpload", "object-write", multipart.initiate_multipart_upload
    ),
    ("POST", "uploadId"): _op(
        "CompleteMultipartUpload", "object-write", multipart.complete_multipart_upload
    ),
}
_COPY = _op("CopyObject", "object-write", objects.copy_object)
_PART_COPY = _op("UploadPartCopy", "object-write", multipart.upload_part)
_SUBRESOURCES = (
    "acl",
    "uploads",
    "uploadId",
    "delete",
    "location",
    "bucketInfo",
    "stat",
)


def select(request: OssRequest) -> Operation:
    """The operation a request asks for; NotImplemented for what the emulator does not do."""
    query, method = request.query, request.method
    unknown = sorted((set(query) & _KNOWN) - _ANSWERED)
    if unknown:
        raise OssError(
            "NotImplemented",
            f"The emulator does not implement the sub-resource(s) {', '.join(unknown)}.",
        )
    if request.bucket is None:
        found = _SERVICE.get(method)
    elif request.key is None:
        found = _BUCKET.get((method, _sub(query, _SUBRESOURCES)))
        if found is not None and found.name == "ListObjects" and "list-type" in query:
            found = _LIST_V2
    else:
        found = _OBJECT.get(
            (method, _sub(query, ("acl", "uploads", "uploadId", "objectMeta")))
        )
        if found is not None and "x-oss-copy-source" in request.headers:
            if found.name == "PutObject":
                found = _COPY
            elif found.name == "UploadPart":
                found = _PART_COPY
    if found is None:
        raise OssError("MethodNotAllowed", Method=method, ResourceType="Object")
    return found


def _sub(query: dict[str, str], names: tuple[str, ...]) -> str:
    return next((name for name in names if name in query), "")


def check_access(
    key_id: str | None, access: str, bucket: BucketInfo, item: ObjectInfo | None
) -> None:
    """AccessDenied unless the request's principal may do `access` (see the module doc)."""
    if key_id is not None:
        return
    if access in ("service", "owner"):
        raise OssError(
            "AccessDenied", "Anonymous access is forbidden for this operation."
        )
    acl, whose = bucket.acl, "bucket"
    if access.startswith("object") and item is not None and item.acl != "default":
        acl, whose = item.acl, "object"
    wanted = _PUBLIC_READ if access.endswith("read") else ("public-read-write",)
    if acl not in wanted:
        raise OssError(
            "AccessDenied",
            f"You have no right to access this {'object' if whose == 'object' else 'bucket'} "
            f"because of {whose} acl.",
        )
