"""The generated OSS client and both official OSS SDKs, alibabacloud-oss-v2 and oss2, on one
emulator: each reads what the others wrote (objects, metadata, multipart uploads, listings),
signed V4 and V1."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import acs_oss
import alibabacloud_oss_v2 as oss
import oss2
import pytest
from acs_core.testing import Emulator
from acs_oss import Client

KEY_ID, SECRET, REGION, BUCKET = "testid", "testsecret", "cn-hangzhou", "media"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(acs_oss, credentials={KEY_ID: SECRET}) as emulator:
        emulator.oss.create_bucket(BUCKET)
        yield emulator


def ours(emu: Emulator, version: str = "v4") -> Client:
    return Client(
        REGION,
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint=emu.endpoint,
        signature_version=version,
    )


def v2_client(emu: Emulator, version: str = "v4") -> oss.Client:
    cfg = oss.config.load_default()
    cfg.region = REGION
    cfg.endpoint = emu.endpoint
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(KEY_ID, SECRET)
    cfg.signature_version = version
    cfg.retry_max_attempts = 1
    return oss.Client(cfg)


def oss2_bucket(emu: Emulator, v4: bool = True) -> oss2.Bucket:
    auth: Any = oss2.AuthV4(KEY_ID, SECRET) if v4 else oss2.Auth(KEY_ID, SECRET)
    return oss2.Bucket(auth, emu.endpoint, BUCKET, region=REGION)


@pytest.mark.parametrize("version", ["v4", "v1"])
def test_the_sdks_read_what_our_client_wrote(emu: Emulator, version: str) -> None:
    with ours(emu, version) as client:
        client.put_object(
            bucket=BUCKET,
            key="ours/a b+c.txt",
            body=b"from acs_oss",
            metadata={"author": "acs"},
        )
        client.upload_file(BUCKET, "ours/big.bin", b"m" * 250_000, part_size=100 * 1024)

    v2 = v2_client(emu, version)
    got = v2.get_object(oss.GetObjectRequest(bucket=BUCKET, key="ours/a b+c.txt"))
    assert got.body.read() == b"from acs_oss"
    assert got.metadata == {"author": "acs"}
    listed = v2.list_objects_v2(oss.ListObjectsV2Request(bucket=BUCKET, prefix="ours/"))
    assert [o.key for o in listed.contents] == ["ours/a b+c.txt", "ours/big.bin"]

    bucket = oss2_bucket(emu, v4=version == "v4")
    assert bucket.get_object("ours/big.bin").read() == b"m" * 250_000
    head = bucket.head_object("ours/a b+c.txt")
    assert head.headers["x-oss-meta-author"] == "acs"


@pytest.mark.parametrize("version", ["v4", "v1"])
def test_our_client_reads_what_the_sdks_wrote(emu: Emulator, version: str) -> None:
    v2 = v2_client(emu, version)
    v2.put_object(
        oss.PutObjectRequest(
            bucket=BUCKET,
            key="v2/obj.txt",
            body=b"from oss-v2",
            metadata={"tool": "v2"},
        )
    )
    uploader = v2.uploader(part_size=100 * 1024)
    uploader.upload_from(
        oss.PutObjectRequest(bucket=BUCKET, key="v2/multi.bin"),
        io.BytesIO(b"u" * 230_000),
    )
    bucket = oss2_bucket(emu, v4=version == "v4")
    bucket.put_object("oss2/obj.txt", b"from oss2", headers={"x-oss-meta-tool": "oss2"})

    with ours(emu, version) as client:
        first = client.get_object(bucket=BUCKET, key="v2/obj.txt")
        assert (first.content, first.metadata) == (b"from oss-v2", {"tool": "v2"})
        second = client.get_object(bucket=BUCKET, key="oss2/obj.txt")
        assert (second.content, second.metadata) == (b"from oss2", {"tool": "oss2"})
        with client.get_object(bucket=BUCKET, key="v2/multi.bin", stream=True) as big:
            assert b"".join(big.iter_bytes()) == b"u" * 230_000
        keys = [o.key for o in client.iter_list_objects(bucket=BUCKET, max_keys=1)]
    assert keys == ["oss2/obj.txt", "v2/multi.bin", "v2/obj.txt"]


def test_a_presigned_url_of_ours_serves_oss2_and_theirs_serve_us(emu: Emulator) -> None:
    bucket = oss2_bucket(emu)
    bucket.put_object("shared.txt", b"shared")
    with ours(emu) as client:
        url = client.presign_url("GET", BUCKET, "shared.txt", expires=300).url
        theirs = bucket.sign_url("GET", "shared.txt", 300, slash_safe=True)
        with client.get_object(bucket=BUCKET, key="shared.txt") as got:
            assert got.content == b"shared"
    import httpx

    assert httpx.get(url).content == b"shared"
    assert httpx.get(theirs).content == b"shared"
