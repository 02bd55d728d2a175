"""What one SDK writes the other reads; presigned URLs of both SDKs (V4 and V1) sent with httpx,
refused when tampered with or expired; STS credentials; anonymous requests and ACLs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import alibabacloud_oss_v2 as oss
import httpx
import oss2
import pytest
from acs_core.testing import Emulator

BUCKET = "media"


def _error(response: httpx.Response) -> dict[str, str]:
    assert response.headers["content-type"] == "application/xml"
    root = ET.fromstring(response.content)
    assert root.tag == "Error"
    fields = {child.tag: child.text or "" for child in root}
    assert fields["RequestId"] == response.headers["x-oss-request-id"]
    assert {"Code", "Message", "RequestId", "HostId"} <= set(fields)
    return fields


def test_objects_written_by_one_sdk_are_read_by_the_other(
    emu: Emulator, sdk: Any, tmp_path: Path
) -> None:
    v2 = sdk.v2()
    bucket = sdk.oss2()
    bucket.put_object(
        "from-oss2/ü n+i.txt", b"written by oss2", headers={"x-oss-meta-by": "oss2"}
    )
    got = v2.get_object(oss.GetObjectRequest(bucket=BUCKET, key="from-oss2/ü n+i.txt"))
    assert (got.body.read(), got.metadata) == (b"written by oss2", {"by": "oss2"})
    v2.put_object(
        oss.PutObjectRequest(
            bucket=BUCKET,
            key="from-v2/ü n+i.txt",
            body=b"written by v2",
            metadata={"by": "v2"},
        )
    )
    read = bucket.get_object("from-v2/ü n+i.txt")
    assert (read.read(), read.headers["x-oss-meta-by"]) == (b"written by v2", "v2")
    data = bytes(range(256)) * 800  # 200 KiB, two parts each way
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    v2.uploader(part_size=100 * 1024).upload_file(
        oss.PutObjectRequest(bucket=BUCKET, key="multi/v2"), filepath=str(source)
    )
    oss2.resumable_upload(
        bucket,
        "multi/oss2",
        str(source),
        store=oss2.ResumableStore(root=str(tmp_path)),
        multipart_threshold=100 * 1024,
        part_size=100 * 1024,
    )
    assert bucket.get_object("multi/v2").read() == data
    assert (
        v2.get_object(oss.GetObjectRequest(bucket=BUCKET, key="multi/oss2")).body.read()
        == data
    )
    listed = [o.key for o in oss2.ObjectIteratorV2(bucket)]
    assert listed == [
        "from-oss2/ü n+i.txt",
        "from-v2/ü n+i.txt",
        "multi/oss2",
        "multi/v2",
    ]


@pytest.mark.parametrize("v1", [False, True], ids=["v4", "v1"])
def test_presigned_urls_of_oss_v2(emu: Emulator, sdk: Any, v1: bool) -> None:
    client = sdk.v2(v1=v1)
    put = client.presign(
        oss.PutObjectRequest(
            bucket=BUCKET, key="up/load.txt", content_type="text/plain"
        ),
        expires=timedelta(minutes=5),
    )
    sent = httpx.put(put.url, content=b"presigned", headers=put.signed_headers)
    assert sent.status_code == 200, sent.text
    assert emu.oss.object_info(BUCKET, "up/load.txt").content_type == "text/plain"
    get = client.presign(oss.GetObjectRequest(bucket=BUCKET, key="up/load.txt"))
    assert httpx.get(get.url).content == b"presigned"
    assert emu.oss.requests[-1].signature_version == (
        "oss-v1-query" if v1 else "oss-v4-query"
    )
    name = "Signature" if v1 else "x-oss-signature"
    url = httpx.URL(get.url)
    signature = url.params[name]
    tampered = url.copy_set_param(
        name, ("A" if signature[0] != "A" else "B") + signature[1:]
    )
    refused = httpx.get(tampered)
    assert refused.status_code == 403
    assert _error(refused)["Code"] == "SignatureDoesNotMatch"
    changed = url.copy_add_param("response-content-type", "text/html")
    assert _error(httpx.get(changed))["Code"] == "SignatureDoesNotMatch"
    emu.clock_offset = 16 * 60  # past the default 15 minutes
    expired = httpx.get(get.url)
    assert expired.status_code == 403
    fields = _error(expired)
    assert (fields["Code"], fields["Message"]) == (
        "AccessDenied",
        "Request has expired.",
    )


@pytest.mark.parametrize("v4", [False, True], ids=["v1", "v4"])
def test_presigned_urls_of_oss2(emu: Emulator, sdk: Any, v4: bool) -> None:
    bucket = sdk.oss2(v4=v4)
    url = bucket.sign_url(
        "PUT", "dir/up load.txt", 60, headers={"Content-Type": "text/plain"}
    )
    sent = httpx.put(url, content=b"via oss2", headers={"Content-Type": "text/plain"})
    assert sent.status_code == 200, sent.text
    get = bucket.sign_url("GET", "dir/up load.txt", 60)
    assert httpx.get(get).content == b"via oss2"
    emu.clock_offset = 120
    assert _error(httpx.get(get))["Message"] == "Request has expired."


def test_sts_credentials(emu: Emulator, sdk: Any) -> None:
    token = {"key_id": sdk.STS_ID, "secret": sdk.STS_SECRET, "token": sdk.STS_TOKEN}
    sdk.v2(**token).put_object(
        oss.PutObjectRequest(bucket=BUCKET, key="v2-v4", body=b"a")
    )
    sdk.v2(v1=True, **token).put_object(
        oss.PutObjectRequest(bucket=BUCKET, key="v2-v1", body=b"b")
    )
    sdk.oss2(**token).put_object("oss2-v1", b"c")
    sdk.oss2(v4=True, **token).put_object("oss2-v4", b"d")
    assert [o.key for o in emu.oss.objects(BUCKET)] == [
        "oss2-v1",
        "oss2-v4",
        "v2-v1",
        "v2-v4",
    ]
    tokens = [
        r.headers.get("x-oss-security-token") or r.headers.get("security-token")
        for r in emu.oss.requests
    ]
    assert tokens == [sdk.STS_TOKEN] * 4
    presigned = sdk.v2(**token).presign(
        oss.GetObjectRequest(bucket=BUCKET, key="v2-v4")
    )
    assert httpx.get(presigned.url).content == b"a"
    assert httpx.get(sdk.oss2(**token).sign_url("GET", "oss2-v1", 60)).content == b"c"
    wrong = dict(token, token="not-the-token")
    with pytest.raises(oss.exceptions.OperationError) as caught:
        sdk.v2(**wrong).get_object(oss.GetObjectRequest(bucket=BUCKET, key="v2-v4"))
    assert sdk.service_error(caught.value).code == "InvalidSecurityToken"
    with pytest.raises(oss2.exceptions.ServerError) as missing:
        sdk.oss2(key_id=sdk.STS_ID, secret=sdk.STS_SECRET).get_object("oss2-v1")
    assert (missing.value.status, missing.value.code) == (403, "InvalidAccessKeyId")


def test_anonymous_requests_follow_the_acls(emu: Emulator, sdk: Any) -> None:
    emu.oss.put_object(BUCKET, "public.txt", b"for all", acl="public-read")
    emu.oss.put_object(BUCKET, "private.txt", b"for me")
    assert httpx.get(f"{emu.endpoint}/{BUCKET}/public.txt").content == b"for all"
    denied = httpx.get(f"{emu.endpoint}/{BUCKET}/private.txt")
    assert denied.status_code == 403
    assert _error(denied)["Code"] == "AccessDenied"
    anonymous = oss2.Bucket(oss2.AnonymousAuth(), emu.endpoint, BUCKET)
    assert anonymous.get_object("public.txt").read() == b"for all"
    with pytest.raises(oss2.exceptions.AccessDenied):
        anonymous.put_object("new.txt", b"x")
    with pytest.raises(oss2.exceptions.AccessDenied):
        list(oss2.ObjectIterator(anonymous))
    emu.oss.set_bucket_acl(BUCKET, "public-read")
    assert anonymous.get_object("private.txt").read() == b"for me"
    assert [o.key for o in oss2.ObjectIterator(anonymous)] == [
        "private.txt",
        "public.txt",
    ]
    emu.oss.set_object_acl(BUCKET, "private.txt", "private")  # the object's ACL wins
    with pytest.raises(oss2.exceptions.AccessDenied):
        anonymous.get_object("private.txt")
    assert {r.signature_version for r in emu.oss.requests} == {"anonymous"}
