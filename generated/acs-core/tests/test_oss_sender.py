"""`Sender` and `AsyncSender` against the emulator's OSS (the `oss` fixture: bucket "media"),
which checks every signature, records every request and injects the faults retries need.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from acs_core.errors import (
    APIError,
    ConfigurationError,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RequestValidationError,
    ServerError,
    SignatureMismatchError,
)
from acs_core.oss import AsyncSender, Sender
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator

B = "media"
KEYS: dict[str, Any] = {"access_key_id": "testid", "access_key_secret": "testsecret"}
FAST: dict[str, Any] = {"backoff_base": 0.001, "backoff_max": 0.01}


def sender(oss: Emulator, **kw: Any) -> Sender:
    return Sender("cn-hangzhou", endpoint=oss.endpoint, **{**KEYS, **FAST, **kw})


@pytest.mark.parametrize("version", ["v4", "v1"])
@pytest.mark.parametrize("token", [None, "STS+token/=="], ids=["ak", "sts"])
def test_every_request_is_signed_as_oss_checks(
    oss: Emulator, version: str, token: str | None
) -> None:
    keys = KEYS
    if token is not None:  # an STS key: every request must carry its token
        keys = {"access_key_id": "STS.sender", "access_key_secret": "sts-secret"}
        oss.accept("STS.sender", "sts-secret", token)
    with sender(oss, signature_version=version, security_token=token, **keys) as client:
        key = "dir/目录 a+b%20c?#.txt"
        put = client.send(
            "PUT", B, key, body=b"hello", headers={"x-oss-meta-Author": "alice"}
        )
        assert put.status == 200 and put.hash_crc64 == str(crc64(b"hello"))
        assert oss.oss.object_info(B, key).meta == {"x-oss-meta-author": "alice"}
        assert client.send("GET", B, key).content == b"hello"
        assert client.send("HEAD", B, key).content == b""
        up = client.send("POST", B, "mp", query={"uploads": None})
        upload_id = up.xml()["InitiateMultipartUploadResult"]["UploadId"]
        client.send("GET", B, "mp", query={"uploadId": upload_id, "max-parts": "10"})
        client.send("GET", B, query=[("list-type", "2"), ("prefix", "dir/")])
        client.send("GET")
        assert client.send("DELETE", B, key).status == 204
    received = oss.oss.requests
    assert [r.operation for r in received] == [
        "PutObject", "GetObject", "HeadObject", "InitiateMultipartUpload", "ListParts",
        "ListObjectsV2", "ListBuckets", "DeleteObject",
    ]  # fmt: skip
    # every signature checked by the emulator, and every request answered
    assert {r.signature_version for r in received} == {f"oss-{version}"}
    assert all(r.status < 300 and r.code is None for r in received)
    if token and version == "v4":
        assert received[0].headers["x-oss-security-token"] == token
    elif token:
        assert received[0].headers["security-token"] == token
    assert received[0].target == (
        "/media/dir/%E7%9B%AE%E5%BD%95%20a%2Bb%2520c%3F%23.txt"
    )


@pytest.mark.parametrize("key", ["a/../b", "./x", "..", "a/./b/../../c", "a//b"])
def test_the_path_goes_out_exactly_as_signed(oss: Emulator, key: str) -> None:
    """httpx (like requests) drops `.` and `..` segments; the sender sends the signed path."""
    with sender(oss) as client:
        client.send("PUT", B, key, body=b"x")
        assert oss.oss.requests[-1].path == f"/{B}/{key}"
        assert [o.key for o in oss.oss.objects(B)] == [key]
        assert client.send("GET", B, key).content == b"x"


def test_names_are_checked_before_sending(oss: Emulator) -> None:
    with sender(oss) as client:
        for bucket, key, parameter in [
            ("Bad_Bucket", "k", "bucket"),
            ("ab", None, "bucket"),
            (B, "", "key"),
            (B, "k" * 1024, "key"),
            (None, "k", "key"),
        ]:
            with pytest.raises(RequestValidationError) as info:
                client.send("GET", bucket, key)
            assert info.value.parameter == parameter
        with pytest.raises(RequestValidationError, match="line break"):
            client.send("GET", B, "k", headers={"x-oss-meta-a": "1\r\nX: y"})
        with pytest.raises(RequestValidationError, match="str"):
            client.send("PUT", B, "k", body="text")  # type: ignore[arg-type]
    assert oss.requests == []


def test_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALIBABA_CLOUD_REGION_ID", raising=False)
    vod = Sender(endpoint="https://oss-cn-shanghai.aliyuncs.com", **KEYS)
    assert (vod.region, vod.endpoint) == (
        "cn-shanghai",
        "https://oss-cn-shanghai.aliyuncs.com",
    )
    internal = Sender(endpoint="oss-cn-beijing-internal.aliyuncs.com", **KEYS)
    assert internal.region == "cn-beijing"
    assert (
        Sender("eu-central-1", **KEYS).endpoint
        == "https://oss-eu-central-1.aliyuncs.com"
    )
    with pytest.raises(ConfigurationError, match="pass region="):
        Sender(endpoint="http://127.0.0.1:9", **KEYS)
    assert (
        Sender(endpoint="http://127.0.0.1:9", signature_version="v1", **KEYS).region
        is None
    )
    with pytest.raises(ConfigurationError, match="signature_version"):
        Sender("cn-hangzhou", signature_version="v3", **KEYS)
    with pytest.raises(ConfigurationError, match="oss-"):
        Sender("oss-cn-hangzhou", **KEYS)
    with pytest.raises(ConfigurationError, match="no region"):
        Sender(**KEYS)
    text = repr(
        Sender("cn-hangzhou", access_key_id="id", access_key_secret="s3cr3t-value")
    )
    assert "s3cr3t-value" not in text and "cn-hangzhou" in text


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (404, "NoSuchKey", NotFoundError),
        (403, "AccessDenied", PermissionDeniedError),
        (400, "InvalidArgument", InvalidRequestError),
    ],
)
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_errors_are_typed(
    oss: Emulator, status: int, code: str, kind: type[APIError], method: str
) -> None:
    oss.oss.put_object(B, "k", b"v")
    oss.oss.inject("server_error", status=status, code=code, ec="0026-00000001")
    with sender(oss) as client, pytest.raises(kind) as info:
        client.send(method, B, "k")
    error = info.value
    [received] = oss.oss.requests  # never retried
    assert received.code == code and received.request_id
    assert (error.status, error.code, error.request_id) == (
        status,
        code,
        received.request_id,
    )
    assert error.data["EC"] == "0026-00000001"


def test_a_wrong_secret_shows_both_strings_to_sign(oss: Emulator) -> None:
    with sender(oss, access_key_secret="wrong") as client:
        with pytest.raises(SignatureMismatchError) as info:
            client.send("GET", B, "k")
    assert info.value.server_string_to_sign == info.value.client_string_to_sign
    assert "wrong" not in str(info.value)
    assert len(oss.oss.requests) == 1  # never retried


def test_retries(oss: Emulator) -> None:
    oss.oss.put_object(B, "k", b"data")
    with sender(oss) as client:
        oss.oss.inject("server_error")  # 500 InternalError
        assert client.send("GET", B, "k").attempts == 2
        # throttled: any method, not processed
        oss.oss.inject("throttling", status=503, code="SlowDown")
        assert client.send("POST", B, "mp", query={"uploads": ""}).attempts == 2
        oss.oss.inject("server_error")  # a POST may have been processed
        with pytest.raises(ServerError):
            client.send("POST", B, "mp", query={"uploads": ""})
        # the connection breaks while the body is sent
        oss.oss.inject("drop", after_bytes=64 * 1024)
        assert client.send("PUT", B, "k", body=b"x" * 300_000).attempts == 2
        assert oss.oss.read_object(B, "k") == b"x" * 300_000
        oss.oss.inject("drop", after_bytes=64 * 1024)
        with pytest.raises(NetworkError):  # an iterator cannot be sent again
            client.send("PUT", B, "k", body=iter([b"x" * 100_000] * 3))
        oss.oss.inject("server_error", count=10)
        with pytest.raises(ServerError):
            client.with_options(max_retries=1).send("GET", B, "k")
    received = oss.oss.requests
    assert len(received) == 10
    assert [(r.operation, r.fault.kind if r.fault else None) for r in received] == [
        ("GetObject", "server_error"), ("GetObject", None),
        ("InitiateMultipartUpload", "throttling"), ("InitiateMultipartUpload", None),
        ("InitiateMultipartUpload", "server_error"),
        ("PutObject", "drop"), ("PutObject", None),
        ("PutObject", "drop"),
        ("GetObject", "server_error"), ("GetObject", "server_error"),
    ]  # fmt: skip
    assert [f.remaining for f in oss.oss.pending_faults] == [8]


def test_a_skewed_clock_is_corrected_once(oss: Emulator) -> None:
    oss.oss.put_object(B, "k", b"data")
    oss.clock_offset = (
        3600.0  # the server's clock is an hour ahead: OSS refuses the time
    )
    with sender(oss, max_retries=0) as client:
        assert client.send("GET", B, "k").attempts == 2
        assert client.send("GET", B, "k").attempts == 1  # learnt
    assert [r.code for r in oss.oss.requests] == ["RequestTimeTooSkewed", None, None]


def test_bodies_stream(oss: Emulator, tmp_path: Any) -> None:
    path = tmp_path / "f.bin"
    data = bytes(range(256)) * 5000
    path.write_bytes(data)
    with sender(oss) as client, open(path, "rb") as file:
        file.seek(1000)
        client.send("PUT", B, "file", body=file)
        assert oss.oss.requests[-1].headers["content-length"] == str(len(data) - 1000)
        assert oss.oss.read_object(B, "file") == data[1000:]

        def chunks() -> Iterator[bytes]:
            yield from (data[i : i + 70_000] for i in range(0, len(data), 70_000))

        client.send("PUT", B, "iter", body=chunks())
        assert oss.oss.requests[-1].headers["transfer-encoding"] == "chunked"
        assert oss.oss.requests[-1].params == {
            "bucket": B,
            "key": "iter",
            "size": len(data),
        }
        assert oss.oss.object_info(B, "iter").crc64 == crc64(data)
        client.send("PUT", B, "sized", body=chunks(), length=len(data))
        assert oss.oss.requests[-1].headers["content-length"] == str(len(data))
        assert oss.oss.read_object(B, "sized") == data
        with client.send("GET", B, "iter", stream=True) as answer:
            with pytest.raises(RuntimeError, match="streaming"):
                answer.content  # noqa: B018
            got = b"".join(answer.iter_bytes())
        assert got == data
        assert client.send("PUT", B, "empty").status == 200
        assert oss.oss.requests[-1].headers["content-length"] == "0"
        assert oss.oss.object_info(B, "empty").size == 0


def test_presigned_urls(oss: Emulator) -> None:
    oss.oss.put_object(B, "dir/a b.txt", b"hi")
    with sender(oss) as client, httpx.Client() as http:
        url = client.presign("GET", B, "dir/a b.txt", expires=60)
        assert "x-oss-signature=" in url.url and "x-oss-expires=60&" in url.url
        assert "x-oss-signature" not in repr(url)
        assert http.get(url.url).content == b"hi"
        assert oss.oss.requests[-1].signature_version == "oss-v4-query"
        assert client.presign("GET", B, "k", expires=604800).url
        with pytest.raises(RequestValidationError, match=r"604800 seconds \(7 days\)"):
            client.presign("GET", B, "k", expires=604801)
        with Sender(endpoint=oss.endpoint, signature_version="v1", **KEYS) as v1:
            assert "Expires=" in v1.presign("GET", B, "k", expires=10**8).url
            assert http.get(v1.presign("GET", B, "dir/a b.txt").url).content == b"hi"
    assert oss.oss.requests[-1].signature_version == "oss-v1-query"


def test_a_file_object_from_a_transport() -> None:
    """`transport=` replaces the connection pool (as every acs-core client allows)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"x-oss-request-id": "r"}, content=b"ok")

    with Sender(
        "cn-hangzhou", transport=httpx.MockTransport(handler), **KEYS
    ) as client:
        answer = client.send("PUT", B, "k", body=io.BytesIO(b"abc"))
    assert answer.request_id == "r" and answer.content == b"ok"
    assert seen[0].url.host == "media.oss-cn-hangzhou.aliyuncs.com"
    assert (
        seen[0]
        .headers["authorization"]
        .startswith("OSS4-HMAC-SHA256 Credential=testid/")
    )


# ------------------------------------------------------------------------------ async


def test_async_sender(oss: Emulator) -> None:
    oss.accept("STS.async", "sts-secret", "tok")

    async def main() -> None:
        async with AsyncSender(
            "cn-hangzhou",
            endpoint=oss.endpoint,
            access_key_id="STS.async",
            access_key_secret="sts-secret",
            security_token="tok",
            **FAST,
        ) as client:
            await client.send("PUT", B, "a/../b", body=b"hello")
            assert oss.oss.requests[-1].path == "/media/a/../b"
            assert (await client.send("GET", B, "a/../b")).content == b"hello"

            async def chunks() -> AsyncIterator[bytes]:
                for _ in range(3):
                    yield b"z" * 100_000

            await client.send("PUT", B, "iter", body=chunks())
            assert oss.oss.requests[-1].headers["transfer-encoding"] == "chunked"
            assert oss.oss.object_info(B, "iter").crc64 == crc64(b"z" * 300_000)
            oss.oss.inject("server_error")
            answer = await client.send("GET", B, "iter", stream=True)
            async with answer:
                got = b"".join([chunk async for chunk in answer.iter_bytes()])
            assert got == b"z" * 300_000 and answer.attempts == 2
            with pytest.raises(NotFoundError):
                await client.send("HEAD", B, "missing")
            url = await client.presign("GET", B, "iter")
            assert "x-oss-security-token=tok" in url.url
            assert httpx.get(url.url).content == b"z" * 300_000

    asyncio.run(main())
    assert [r.code for r in oss.oss.requests if r.code] == [
        "InternalError",
        "NoSuchKey",
    ]
