"""The emulator's Object Storage Service: path-style OSS (`http://127.0.0.1:<port>/<bucket>/
<key>`, as both official SDKs address an IP endpoint) at the same endpoint as the products.

    request     how an OSS request is told apart from the gateway's, and read
    auth        V4 and V1 signatures (headers and presigned URLs), STS tokens, request times
    operations  which operation a request is, and the ACLs' say on anonymous requests
    objects     PutObject, GetObject, HeadObject, CopyObject, DeleteObject(s), object ACLs
    buckets     the service, buckets, their ACLs, ListObjects v1 and v2
    multipart   multipart uploads
    store       buckets, objects and uploads in memory or in a folder (records), with their
                bytes (blobs)
    errors      OSS's error codes and `<Error>` bodies; xmltext writes and reads XML
    control     `emu.oss`, what tests do; service answers one request
    product     a generated OSS product's operations the store lacks, answered from goldens
"""

from __future__ import annotations

from .control import OssEmulator
from .errors import OssError
from .records import BucketInfo, ObjectInfo, PartInfo, UploadInfo

__all__ = [
    "BucketInfo",
    "ObjectInfo",
    "OssEmulator",
    "OssError",
    "PartInfo",
    "UploadInfo",
]
