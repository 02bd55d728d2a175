"""The emulator's OSS over loopback HTTP: operations and their answers as OSS gives them
(statuses, headers, XML) for objects, ranges and conditions, multipart, listings, buckets.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import unquote

import httpx

from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator

BUCKET = "media"


def test_put_and_get_answer_as_oss(oss: Emulator, wire: Any) -> None:
    data = b"some bytes"
    put = wire(
        "PUT",
        key="a/b c.txt",
        body=data,
        headers={
            "Content-Type": "text/plain",
            "x-oss-meta-Who": "me",
            "Cache-Control": "no-cache",
        },
    )
    assert put.status_code == 200
    md5 = hashlib.md5(data)
    assert put.headers["etag"] == f'"{md5.hexdigest().upper()}"'
    assert put.headers["x-oss-hash-crc64ecma"] == str(crc64(data))
    assert put.headers["content-md5"] == base64.b64encode(md5.digest()).decode()
    assert len(put.headers["x-oss-request-id"]) == 24
    got = wire("GET", key="a/b c.txt")
    assert got.content == data
    assert got.headers["content-type"] == "text/plain"
    assert got.headers["x-oss-meta-who"] == "me"
    assert got.headers["cache-control"] == "no-cache"
    assert got.headers["last-modified"].endswith(" GMT")
    assert got.headers["x-oss-object-type"] == "Normal"
    head = wire("HEAD", key="a/b c.txt")
    assert head.headers["content-length"] == str(len(data)) and head.content == b""
    received = oss.oss.requests
    assert [(r.operation, r.product, (r.params or {})["key"]) for r in received] == [
        ("PutObject", "oss", "a/b c.txt"),
        ("GetObject", "oss", "a/b c.txt"),
        ("HeadObject", "oss", "a/b c.txt"),
    ]
    assert (received[0].params or {})["size"] == len(data) and received[0].body == b""


def test_ranges_conditions_and_overrides(oss: Emulator, wire: Any) -> None:
    oss.oss.put_object(BUCKET, "k", b"0123456789")
    assert wire("GET", key="k", headers={"Range": "bytes=2-4"}).content == b"234"
    tail = wire("GET", key="k", headers={"Range": "bytes=-3"})
    assert (tail.status_code, tail.content) == (206, b"789")
    assert tail.headers["content-range"] == "bytes 7-9/10"
    clamped = wire("GET", key="k", headers={"Range": "bytes=8-100"})
    assert clamped.content == b"89"
    beyond = wire("GET", key="k", headers={"Range": "bytes=20-30"})
    assert (beyond.status_code, beyond.content) == (200, b"0123456789")
    strict = wire(
        "GET",
        key="k",
        headers={"Range": "bytes=20-30", "x-oss-range-behavior": "standard"},
    )
    assert (strict.status_code, wire.error_of(strict)["Code"]) == (416, "InvalidRange")
    etag = wire("HEAD", key="k").headers["etag"]
    assert wire("GET", key="k", headers={"If-None-Match": etag}).status_code == 304
    failed = wire("GET", key="k", headers={"If-Match": '"0000"'})
    assert (failed.status_code, wire.error_of(failed)["Code"]) == (
        412,
        "PreconditionFailed",
    )
    renamed = wire(
        "GET",
        key="k",
        query={
            "response-content-type": "text/csv",
            "response-content-disposition": "inline",
        },
    )
    assert renamed.headers["content-type"] == "text/csv"
    assert renamed.headers["content-disposition"] == "inline"


def test_errors_of_head_requests_come_in_a_header(oss: Emulator, wire: Any) -> None:
    head = wire("HEAD", key="missing")
    assert head.status_code == 404 and head.content == b""
    error = base64.b64decode(head.headers["x-oss-err"])
    assert b"<Code>NoSuchKey</Code>" in error
    assert head.headers["x-oss-ec"] == "0026-00000001"
    got = wire("GET", key="missing")
    fields = wire.error_of(got)
    assert fields["Code"] == "NoSuchKey" and fields["Key"] == "missing"
    assert fields["RequestId"] == got.headers["x-oss-request-id"]
    assert fields["HostId"].startswith(f"{BUCKET}.127.0.0.1:")
    assert got.headers["content-type"] == "application/xml"


def test_multipart_checks_the_part_list(oss: Emulator, wire: Any) -> None:
    started = wire.xml_of(wire("POST", key="m", query={"uploads": ""}))
    upload_id = started.findtext("UploadId")
    assert upload_id
    oss.oss.min_part_size = 3
    parts = {}
    for number, data in ((1, b"one"), (2, b"two"), (3, b"3")):
        answer = wire(
            "PUT",
            key="m",
            query={"partNumber": str(number), "uploadId": upload_id},
            body=data,
        )
        assert answer.headers["x-oss-hash-crc64ecma"] == str(crc64(data))
        parts[number] = answer.headers["etag"]

    def complete(numbers: list[int], etags: dict[int, str] = parts) -> httpx.Response:
        body = "".join(
            f"<Part><PartNumber>{n}</PartNumber><ETag>{etags[n]}</ETag></Part>"
            for n in numbers
        )
        answer: httpx.Response = wire(
            "POST",
            key="m",
            query={"uploadId": upload_id},
            body=f"<CompleteMultipartUpload>{body}</CompleteMultipartUpload>".encode(),
        )
        return answer

    assert wire.error_of(complete([2, 1]))["Code"] == "InvalidPartOrder"
    assert wire.error_of(complete([1, 1]))["Code"] == "InvalidPartOrder"
    assert (
        wire.error_of(complete([1, 4], {**parts, 4: '"00"'}))["Code"] == "InvalidPart"
    )
    assert wire.error_of(complete([1], {1: parts[2]}))["Code"] == "InvalidPart"
    assert wire.error_of(complete([3, 2]))["Code"] == "InvalidPartOrder"
    oss.oss.min_part_size = 4
    small = complete([1, 3])
    assert (small.status_code, wire.error_of(small)["Code"]) == (400, "EntityTooSmall")
    oss.oss.min_part_size = 3
    listed = wire.xml_of(
        wire("GET", key="m", query={"uploadId": upload_id, "max-parts": "2"})
    )
    assert [p.findtext("PartNumber") for p in listed.iter("Part")] == ["1", "2"]
    assert listed.findtext("IsTruncated") == "true"
    assert listed.findtext("NextPartNumberMarker") == "2"
    done = complete([1, 3])  # part 2 is left out, and dropped
    assert done.headers["x-oss-hash-crc64ecma"] == str(crc64(b"one3"))
    md5s = hashlib.md5(hashlib.md5(b"one").digest() + hashlib.md5(b"3").digest())
    assert wire.xml_of(done).findtext("ETag") == f'"{md5s.hexdigest().upper()}-2"'
    assert oss.oss.read_object(BUCKET, "m") == b"one3"
    assert oss.oss.object_info(BUCKET, "m").object_type == "Multipart"
    again = wire("GET", key="m", query={"uploadId": upload_id})
    assert (again.status_code, wire.error_of(again)["Code"]) == (404, "NoSuchUpload")


def test_complete_all_and_upload_part_copy(oss: Emulator, wire: Any) -> None:
    oss.oss.min_part_size = 1
    oss.oss.put_object(BUCKET, "source", b"abcdefgh")
    upload_id = wire.xml_of(wire("POST", key="m", query={"uploads": ""})).findtext(
        "UploadId"
    )
    copied = wire(
        "PUT",
        key="m",
        query={"partNumber": "1", "uploadId": upload_id},
        headers={
            "x-oss-copy-source": f"/{BUCKET}/source",
            "x-oss-copy-source-range": "bytes=2-4",
        },
    )
    assert wire.xml_of(copied).tag == "CopyPartResult"
    wire("PUT", key="m", query={"partNumber": "2", "uploadId": upload_id}, body=b"!")
    done = wire(
        "POST",
        key="m",
        query={"uploadId": upload_id},
        headers={"x-oss-complete-all": "yes"},
    )
    assert done.status_code == 200
    assert oss.oss.read_object(BUCKET, "m") == b"cde!"


def test_listing_pages_prefixes_and_url_encoding(oss: Emulator, wire: Any) -> None:
    for key in ["a/1", "a/2", "a/b/3", "b/1", "c", "c\x01d", "é"]:
        oss.oss.put_object(BUCKET, key, b"x")
    seen, marker = [], ""
    while True:
        page = wire.xml_of(
            wire(
                "GET",
                query={
                    "delimiter": "/",
                    "max-keys": "2",
                    "marker": marker,
                    "encoding-type": "url",
                },
            )
        )
        seen += [unquote(node.text or "") for node in page.iter("Key")]
        seen += [unquote(n.findtext("Prefix", "")) for n in page.iter("CommonPrefixes")]
        if page.findtext("IsTruncated") != "true":
            break
        marker = unquote(page.findtext("NextMarker", ""))
    assert seen == [
        "a/",
        "b/",
        "c",
        "c\x01d",
        "é",
    ]  # encoded, "\x01" is well-formed XML
    v2 = wire.xml_of(
        wire("GET", query={"list-type": "2", "prefix": "a/", "max-keys": "1"})
    )
    assert v2.findtext("KeyCount") == "1" and v2.findtext("IsTruncated") == "true"
    token = v2.findtext("NextContinuationToken")
    rest = wire.xml_of(
        wire(
            "GET",
            query={"list-type": "2", "prefix": "a/", "continuation-token": token or ""},
        )
    )
    assert [node.text for node in rest.iter("Key")] == ["a/2", "a/b/3"]
    bad = wire("GET", query={"list-type": "2", "continuation-token": "!!"})
    assert wire.error_of(bad)["Code"] == "InvalidArgument"
    assert (
        wire.error_of(wire("GET", query={"max-keys": "1001"}))["Code"]
        == "InvalidArgument"
    )


def test_delete_multiple_copy_and_overwrite(oss: Emulator, wire: Any) -> None:
    oss.oss.put_object(
        BUCKET, "a", b"1", meta={"x-oss-meta-k": "v"}, content_type="text/x"
    )
    copied = wire(
        "PUT",
        key="b",
        headers={
            "x-oss-copy-source": f"/{BUCKET}/a",
            "x-oss-metadata-directive": "REPLACE",
            "x-oss-meta-k": "new",
        },
    )
    assert wire.xml_of(copied).tag == "CopyObjectResult"
    info = oss.oss.object_info(BUCKET, "b")
    assert (info.meta, info.content_type) == (
        {"x-oss-meta-k": "new"},
        "application/octet-stream",
    )
    forbidden = wire(
        "PUT", key="b", body=b"2", headers={"x-oss-forbid-overwrite": "true"}
    )
    assert (forbidden.status_code, wire.error_of(forbidden)["Code"]) == (
        409,
        "FileAlreadyExists",
    )
    body = b"<Delete><Quiet>true</Quiet><Object><Key>a</Key></Object><Object><Key>b</Key></Object></Delete>"
    md5 = base64.b64encode(hashlib.md5(body).digest()).decode()
    quiet = wire("POST", query={"delete": ""}, body=body, headers={"Content-MD5": md5})
    assert list(wire.xml_of(quiet)) == []
    assert oss.oss.objects(BUCKET) == []
    assert oss.oss.requests[-1].body == body  # XML bodies are recorded


def test_buckets_and_what_is_not_implemented(oss: Emulator, wire: Any) -> None:
    bad = httpx.put(
        f"{oss.endpoint}/Bad_Name/",
        headers={
            "Authorization": "OSS testid:c2ln",
            "Date": "Mon, 01 Jan 2024 00:00:00 GMT",
        },
    )
    assert (bad.status_code, wire.error_of(bad)["Code"]) == (400, "InvalidBucketName")
    assert (
        wire(
            "PUT", bucket="fresh", headers={"x-oss-acl": "public-read-write"}
        ).status_code
        == 200
    )
    assert oss.oss.bucket("fresh").acl == "public-read-write"
    taken = wire("PUT", bucket="fresh")
    assert (taken.status_code, wire.error_of(taken)["Code"]) == (
        409,
        "BucketAlreadyExists",
    )
    names = [n.text for n in wire.xml_of(wire("GET", bucket=None)).iter("Name")]
    assert names == ["fresh", "media"]
    assert (
        wire.xml_of(wire("GET", bucket="fresh", query={"location": ""})).text
        == "oss-cn-hangzhou"
    )
    stat = wire.xml_of(wire("GET", bucket="fresh", query={"stat": ""}))
    assert stat.findtext("ObjectCount") == "0"
    website = wire("GET", bucket="fresh", query={"website": ""})
    assert (website.status_code, wire.error_of(website)["Code"]) == (
        501,
        "NotImplemented",
    )
    assert wire("DELETE", bucket="fresh").status_code == 204
    anonymous = httpx.get(f"{oss.endpoint}/{BUCKET}/?acl")
    assert wire.error_of(anonymous)["Code"] == "AccessDenied"
