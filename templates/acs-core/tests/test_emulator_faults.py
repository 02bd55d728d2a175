"""The emulator's injected faults beyond errors and delays: faults for one operation (the N-th
request of it), errors as the test words them, connections dropped while a body is sent,
answers cut off mid-body, and wrong or missing CRC-64s."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator

BUCKET = "media"


def exchange(emu: Emulator, head: str, body: bytes = b"") -> bytes:
    """Send a raw request (anonymous) and read until the emulator closes the connection."""
    host, port = emu.endpoint.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"{head}\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        sock.sendall(body)
        got = b""
        while piece := sock.recv(65536):
            got += piece
    return got


def split(raw: bytes) -> tuple[dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")[1:]
    return {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines)}, body


def test_a_fault_for_the_n_th_request_of_one_operation(
    oss: Emulator, wire: Any
) -> None:
    oss.oss.inject("server_error", operation="PutObject", skip=1)
    assert wire("PUT", key="a", body=b"1").status_code == 200  # skipped
    assert wire("GET", key="a").status_code == 200  # another operation
    failed = wire("PUT", key="b", body=b"2")
    assert (failed.status_code, wire.error_of(failed)["Code"]) == (500, "InternalError")
    assert wire("PUT", key="c", body=b"3").status_code == 200  # count 1: spent
    assert [r.fault.kind if r.fault else None for r in oss.oss.requests] == [
        None,
        None,
        "server_error",
        None,
    ]
    assert [o.key for o in oss.oss.objects(BUCKET)] == ["a", "c"]
    assert oss.oss.pending_faults == []
    oss.inject("throttling", on="oss", operation="UploadPart", count=2)
    assert wire("PUT", key="d", body=b"4").status_code == 200
    assert [f.remaining for f in oss.oss.pending_faults] == [2]


def test_errors_as_the_test_words_them(oss: Emulator, wire: Any) -> None:
    options = {"code": "AccessDenied", "status": 403, "message": "words", "ec": "9-9"}
    oss.oss.inject("server_error", count=2, **options)
    refused = wire("GET", key="k")
    fields = wire.error_of(refused)
    assert refused.status_code == 403 and refused.headers["x-oss-ec"] == "9-9"
    assert (fields["Code"], fields["Message"], fields["EC"]) == (
        "AccessDenied",
        "words",
        "9-9",
    )
    assert fields["RequestId"] == refused.headers["x-oss-request-id"]
    assert oss.oss.requests[-1].request_id == fields["RequestId"]
    head = wire("HEAD", key="k")
    assert (head.status_code, head.content, head.headers["x-oss-ec"]) == (
        403,
        b"",
        "9-9",
    )
    assert "x-oss-err" in head.headers
    with pytest.raises(ValueError, match="takes no option seconds"):
        oss.inject("server_error", seconds=1)
    with pytest.raises(ValueError, match="count must be"):
        oss.inject("drop", count=0)


def test_a_connection_dropped_while_the_body_is_sent(oss: Emulator) -> None:
    """`after_bytes`: the emulator reads that much of the body, then closes the connection."""
    oss.oss.set_bucket_acl(BUCKET, "public-read-write")
    oss.oss.inject("drop", after_bytes=50)
    host, port = oss.endpoint.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            f"PUT /{BUCKET}/k HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100\r\n\r\n".encode()
        )
        sock.settimeout(0.2)
        with pytest.raises(TimeoutError):
            sock.recv(1)  # still reading the body
        sock.settimeout(5)
        sock.sendall(b"x" * 50)
        assert sock.recv(1) == b""  # closed, unanswered
    [dropped] = oss.oss.requests
    assert (dropped.code, dropped.fault and dropped.fault.kind) == ("<dropped>", "drop")
    assert oss.oss.objects(BUCKET) == []
    oss.oss.inject("drop", after_bytes=64 * 1024)  # a client sending a big body notices
    with pytest.raises(httpx.TransportError):
        httpx.put(f"{oss.endpoint}/{BUCKET}/big", content=b"x" * 1_000_000)
    assert oss.oss.objects(BUCKET) == []


def test_an_answer_cut_off_mid_body(oss: Emulator) -> None:
    data = bytes(range(256)) * 4
    oss.oss.put_object(BUCKET, "k", data, acl="public-read")
    oss.oss.inject("cut", operation="GetObject")
    headers, body = split(exchange(oss, f"GET /{BUCKET}/k HTTP/1.1"))
    assert headers["content-length"] == str(len(data)) and body == data[:512]
    assert headers["x-oss-hash-crc64ecma"] == str(crc64(data))
    oss.oss.inject("cut", after_bytes=10)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{oss.endpoint}/{BUCKET}/k")
    headers, body = split(exchange(oss, f"GET /{BUCKET}/k HTTP/1.1"))
    assert body == data  # spent
    oss.oss.inject("cut", after_bytes=20)  # an error answer is cut too
    headers, body = split(exchange(oss, f"GET /{BUCKET}/missing HTTP/1.1"))
    assert len(body) == 20 and int(headers["content-length"]) > 20
    assert [r.fault.kind for r in oss.oss.requests if r.fault] == ["cut"] * 3


def test_the_gateway_answer_cut_off_too() -> None:
    with Emulator() as emu:
        emu.inject("cut", on="gateway")
        headers, body = split(exchange(emu, "POST /?Action=X&Version=1 HTTP/1.1"))
        assert 0 < len(body) == int(headers["content-length"]) // 2
        assert emu.requests[0].target == "/?Action=X&Version=1"
        with pytest.raises(ValueError, match="for OSS answers only"):
            emu.inject("wrong_crc", on="gateway")


def test_wrong_and_missing_crcs(oss: Emulator, wire: Any) -> None:
    oss.oss.inject("wrong_crc", count=2)
    initiated = wire("POST", key="mp", query={"uploads": ""})  # no CRC: not its answer
    upload_id = wire.xml_of(initiated).findtext("UploadId")
    part = wire(
        "PUT", key="mp", query={"partNumber": "1", "uploadId": upload_id}, body=b"p"
    )
    assert part.headers["x-oss-hash-crc64ecma"] == str(crc64(b"p") ^ 1)
    put = wire("PUT", key="k", body=b"abc")
    assert put.headers["x-oss-hash-crc64ecma"] == str(crc64(b"abc") ^ 1)
    assert oss.oss.object_info(BUCKET, "k").crc64 == crc64(b"abc")  # stored right
    oss.oss.inject("no_crc", operation="HeadObject")
    assert wire("GET", key="k").headers["x-oss-hash-crc64ecma"] == str(crc64(b"abc"))
    assert "x-oss-hash-crc64ecma" not in wire("HEAD", key="k").headers
    kinds = [(r.operation, r.fault.kind if r.fault else None) for r in oss.oss.requests]
    assert kinds == [
        ("InitiateMultipartUpload", None),
        ("UploadPart", "wrong_crc"),
        ("PutObject", "wrong_crc"),
        ("GetObject", None),
        ("HeadObject", "no_crc"),
    ]
