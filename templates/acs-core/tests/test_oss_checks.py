"""The emulator's OSS over loopback HTTP: who may call (signatures, STS tokens, time, presigned
URLs, ACLs), how it tells OSS from the gateway, faults, bodies streamed (chunked, bounded,
drained), the folder store across emulators, and the command line."""

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

import httpx
import pytest

from acs_core.oss.crc64 import crc64
from acs_core.signing.oss_v4 import presign_v4
from acs_core.testing import Emulator

BUCKET = "media"


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
