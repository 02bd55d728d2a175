"""The emulator's OSS over loopback HTTP: operations and their answers as OSS gives them
(statuses, headers, XML), the checks OSS makes, and the test API (`emu.oss`)."""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import subprocess
import sys
import time
import tracemalloc
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from acs_core.oss.crc64 import crc64
from acs_core.signing.oss_v4 import presign_v4
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


def test_content_md5_is_checked_and_bodies_stream(oss: Emulator, wire: Any) -> None:
    bad = wire(
        "PUT", key="k", body=b"abc", headers={"Content-MD5": "AAAAAAAAAAAAAAAAAAAAAA=="}
    )
    assert (bad.status_code, wire.error_of(bad)["Code"]) == (400, "InvalidDigest")
    assert oss.oss.objects(BUCKET) == []
    good = base64.b64encode(hashlib.md5(b"abc").digest()).decode()
    assert (
        wire("PUT", key="k", body=b"abc", headers={"Content-MD5": good}).status_code
        == 200
    )

    def pieces() -> Any:  # no length: the chunked transfer coding
        yield b"chunk one, "
        yield b"chunk two"

    assert wire("PUT", key="chunked", body=pieces()).status_code == 200
    assert oss.oss.read_object(BUCKET, "chunked") == b"chunk one, chunk two"
    oss.oss.max_object_size = 4
    too_large = wire("PUT", key="big", body=b"12345")
    assert (too_large.status_code, wire.error_of(too_large)["Code"]) == (
        400,
        "EntityTooLarge",
    )


def test_a_connection_serves_on_after_an_early_error(oss: Emulator, wire: Any) -> None:
    """A body the answer did not need is read and dropped: the next request on the same
    connection is read right."""
    with httpx.Client() as client:
        url = f"{oss.endpoint}/{BUCKET}/k"
        first = client.put(
            url, content=b"x" * 100_000
        )  # anonymous: refused before the body
        assert first.status_code == 403
        second = client.put(url, content=b"y" * 10)
        assert second.status_code == 403
        assert len(oss.oss.requests) == 2


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


@pytest.mark.parametrize("version", ["v4", "v1"])
def test_signatures_tokens_and_time(oss: Emulator, wire: Any, version: str) -> None:
    oss.oss.put_object(BUCKET, "k", b"v")
    assert wire("GET", key="k", version=version).status_code == 200
    wrong = wire("GET", key="k", version=version, secret="other")
    fields = wire.error_of(wrong)
    assert (wrong.status_code, fields["Code"]) == (403, "SignatureDoesNotMatch")
    assert fields["OSSAccessKeyId"] == "testid" and fields["StringToSign"]
    unknown = wire("GET", key="k", version=version, key_id="nobody")
    assert wire.error_of(unknown)["Code"] == "InvalidAccessKeyId"
    late = wire("GET", key="k", version=version, when=time.time() - 16 * 60)
    assert (late.status_code, wire.error_of(late)["Code"]) == (
        403,
        "RequestTimeTooSkewed",
    )
    sts = {"key_id": "STS.id", "secret": "sts-secret"}
    assert (
        wire("GET", key="k", version=version, token="sts-token", **sts).status_code
        == 200
    )
    other = wire("GET", key="k", version=version, token="other", **sts)
    assert wire.error_of(other)["Code"] == "InvalidSecurityToken"
    missing = wire("GET", key="k", version=version, **sts)
    assert wire.error_of(missing)["Code"] == "InvalidAccessKeyId"
    extra = wire("GET", key="k", version=version, token="sts-token")  # a long-term key
    assert wire.error_of(extra)["Code"] == "InvalidAccessKeyId"


def test_a_presigned_url_past_seven_days_or_expired_is_refused(oss: Emulator) -> None:
    oss.oss.put_object(BUCKET, "k", b"v")
    signed = presign_v4(
        "GET",
        bucket=BUCKET,
        key="k",
        access_key_id="testid",
        access_key_secret="testsecret",
        region="cn-hangzhou",
        expires=60,
    )
    assert httpx.get(signed.url(f"{oss.endpoint}/{BUCKET}/k")).content == b"v"
    oss.clock_offset = 61
    expired = httpx.get(signed.url(f"{oss.endpoint}/{BUCKET}/k"))
    assert expired.status_code == 403 and b"Request has expired." in expired.content
    longer = signed.query.replace("x-oss-expires=60", "x-oss-expires=604801")
    refused = httpx.get(f"{oss.endpoint}/{BUCKET}/k?{longer}")
    assert refused.status_code == 400 and b"InvalidArgument" in refused.content


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


def test_anonymous_requests_and_routing(oss: Emulator) -> None:
    oss.oss.put_object(BUCKET, "public", b"p", acl="public-read")
    assert httpx.get(f"{oss.endpoint}/{BUCKET}/public").content == b"p"
    private = httpx.get(f"{oss.endpoint}/{BUCKET}/nothing")  # no NoSuchKey to strangers
    assert private.status_code == 403
    service = httpx.get(f"{oss.endpoint}/?x-oss-signature=1&x-oss-credential=a")
    assert (
        service.status_code == 400
    )  # an incomplete presigned URL: OSS's, not the gateway's
    gateway = httpx.get(f"{oss.endpoint}/not-a-bucket/key")
    assert gateway.headers["content-type"].startswith("application/json")
    assert [r.product for r in oss.requests] == ["oss", "oss", "oss", None]


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


def test_faults_target_oss_or_the_gateway(oss: Emulator, wire: Any) -> None:
    oss.inject("server_error", count=1, on="gateway")
    oss.oss.inject("throttling", count=1)
    throttled = wire("GET", query={})
    assert (throttled.status_code, wire.error_of(throttled)["Code"]) == (
        503,
        "ServiceUnavailable",
    )
    assert (
        wire("GET").status_code == 200
    )  # the gateway's fault waits for a gateway call
    oss.inject("drop", count=1)  # any request
    with pytest.raises(httpx.HTTPError):
        wire("GET")
    assert oss.oss.requests[-1].code == "<dropped>"


def test_storage_in_a_folder_survives_a_restart(tmp_path: Any, wire_for: Any) -> None:
    folder = tmp_path / "oss"
    with Emulator(storage=folder) as first:
        wire = wire_for(first)
        first.oss.create_bucket("kept", acl="public-read")
        data = bytes(range(256)) * 5000
        put = wire("PUT", bucket="kept", key="dir/big", body=data)
        assert put.status_code == 200
        upload = wire("POST", bucket="kept", key="open", query={"uploads": ""})
        wire(
            "PUT",
            bucket="kept",
            key="open",
            query={
                "partNumber": "1",
                "uploadId": wire.xml_of(upload).findtext("UploadId"),
            },
            body=b"part",
        )
        first.oss.put_object("kept", "gone", b"x")
        first.oss.delete_object("kept", "gone")
    (folder / "buckets" / "kept" / "objects" / "orphan.data").write_bytes(b"unnamed")
    with Emulator(storage=folder) as second:
        assert second.oss.bucket("kept").acl == "public-read"
        assert second.oss.read_object("kept", "dir/big") == data
        assert [o.key for o in second.oss.objects("kept")] == ["dir/big"]
        assert second.oss.object_info("kept", "dir/big").crc64 == crc64(data)
        [pending] = second.oss.uploads("kept")
        assert [p.size for p in second.oss.parts("kept", pending.upload_id)] == [4]
        got = httpx.get(
            f"{second.endpoint}/kept/dir/big", headers={"Range": "bytes=1-2"}
        )
        assert got.content == data[1:3]
    assert not (folder / "buckets" / "kept" / "objects" / "orphan.data").exists()
    data_files = list((folder / "buckets" / "kept" / "objects").glob("*.data"))
    assert len(data_files) == 1


def test_an_emulator_of_no_product_serves_oss_alone() -> None:
    with Emulator() as emu:
        emu.oss.create_bucket("only", acl="public-read")
        emu.oss.put_object("only", "k", b"v")
        assert httpx.get(f"{emu.endpoint}/only/k").content == b"v"


def test_a_raw_socket_upload_in_chunks(oss: Emulator) -> None:
    """Chunk extensions and trailers are read past; the body is what the chunks carry."""
    host, port = oss.endpoint.removeprefix("http://").split(":")
    oss.oss.set_bucket_acl(BUCKET, "public-read-write")
    request = (
        f"PUT /{BUCKET}/raw HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n\r\n"
        "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n"
    ).encode()
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 200")
    assert oss.oss.read_object(BUCKET, "raw") == b"abcde"


def test_the_command_line_keeps_oss_in_a_folder(tmp_path: Any, wire_for: Any) -> None:
    command = [sys.executable, "-m", "acs_core.testing", "--port", "0"]
    command += ["--storage", str(tmp_path)]
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ) as process:
        try:
            assert process.stdout is not None
            wire = wire_for(SimpleNamespace(endpoint=process.stdout.readline().strip()))
            created = wire("PUT", "cli-bucket")
            assert created.status_code == 200, created.text
            assert wire("PUT", "cli-bucket", "k", body=b"v").status_code == 200
        finally:
            process.terminate()
    with Emulator(storage=tmp_path) as emu:
        assert emu.oss.read_object("cli-bucket", "k") == b"v"


def test_bodies_stream_through_bounded_memory(tmp_path: Any, wire_for: Any) -> None:
    """32 MiB up and down through a folder store: never held whole, by either side."""
    piece, count = bytes(range(256)) * 4096, 32  # 1 MiB pieces
    with Emulator(storage=tmp_path) as emu:
        emu.oss.create_bucket("big")
        tracemalloc.start()
        try:
            sent = wire_for(emu)(
                "PUT",
                "big",
                "blob",
                body=(piece for _ in range(count)),
                headers={"Content-Length": str(len(piece) * count)},
            )
            assert sent.status_code == 200, sent.text
            _, peak_up = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            size = 0
            with httpx.stream("GET", f"{emu.endpoint}/big/blob") as got:
                assert got.status_code == 403  # private: anonymous refused
            emu.oss.set_object_acl("big", "blob", "public-read")
            with httpx.stream("GET", f"{emu.endpoint}/big/blob") as got:
                for chunk in got.iter_bytes():
                    size += len(chunk)
            _, peak_down = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert size == len(piece) * count
        assert peak_up < 8 * 1024 * 1024 and peak_down < 8 * 1024 * 1024, (
            peak_up,
            peak_down,
        )
        info = emu.oss.object_info("big", "blob")
        assert info.crc64 == crc64(piece * count)
