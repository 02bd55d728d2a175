"""Full SDK client calls against the emulator's OSS on 127.0.0.1.

Every request each SDK put on the wire is re-signed with our code from what
the emulator recorded (method, path, query, user headers, its own
x-oss-date/Date) and the Authorization header must be identical (the emulator
checked it too); the URL path and query string must be what addressing.py
builds.
"""

from __future__ import annotations

import io
from typing import Any

import alibabacloud_oss_v2 as oss
import oss2
import pytest
from acs_core.testing import Emulator
from oss_cases import CASES
from oss_sdk import AK, REGION, SK, TOKEN, v2_client
from oss_wire import assert_same, raw_query, resign

B = "examplebucket"
MODES = [(True, None), (True, TOKEN), (False, None), (False, TOKEN)]
MODE_IDS = ["v4-ak", "v4-sts", "v1-ak", "v1-sts"]


def oss2_bucket(endpoint: str, v4: bool, token: str | None) -> oss2.Bucket:
    provider = oss2.credentials.StaticCredentialsProvider(AK, SK, token)
    auth = oss2.ProviderAuthV4(provider) if v4 else oss2.ProviderAuth(provider)
    return oss2.Bucket(auth, endpoint, B, region=REGION, connect_timeout=5)


def run_oss_v2_ops(client: oss.Client) -> None:
    key = "dir/report 2024+final.txt"
    client.put_object(
        oss.PutObjectRequest(
            bucket=B,
            key=key,
            body=b"hello world",
            metadata={"Author": "alice", "x": "1"},
            acl="private",
            storage_class="IA",
            content_md5="XrY7u+Ae7tCTyyK7j1rNww==",
        )
    )
    client.get_object(
        oss.GetObjectRequest(bucket=B, key=key, range_header="bytes=0-4")
    ).body.read()
    client.get_object(
        oss.GetObjectRequest(
            bucket=B,
            key=key,
            response_content_disposition='attachment; filename="a b.txt"',
        )
    ).body.read()
    client.head_object(oss.HeadObjectRequest(bucket=B, key=key))
    client.get_object_meta(oss.GetObjectMetaRequest(bucket=B, key=key))
    client.list_objects(
        oss.ListObjectsRequest(bucket=B, prefix="dir/", marker="a", max_keys=10)
    )
    client.list_objects_v2(
        oss.ListObjectsV2Request(
            bucket=B, prefix="dir/", delimiter="/", max_keys=10, start_after="a"
        )
    )
    client.list_buckets(oss.ListBucketsRequest(prefix="ex"))
    client.get_bucket_acl(oss.GetBucketAclRequest(bucket=B))
    init = client.initiate_multipart_upload(
        oss.InitiateMultipartUploadRequest(bucket=B, key="mp/obj")
    )
    parts = []
    for n, data in ((1, b"a" * 100 * 1024), (2, b"b" * 50)):
        r = client.upload_part(
            oss.UploadPartRequest(
                bucket=B,
                key="mp/obj",
                upload_id=init.upload_id,
                part_number=n,
                body=data,
            )
        )
        parts.append(oss.UploadPart(part_number=n, etag=r.etag))
    client.list_parts(
        oss.ListPartsRequest(bucket=B, key="mp/obj", upload_id=init.upload_id)
    )
    client.complete_multipart_upload(
        oss.CompleteMultipartUploadRequest(
            bucket=B,
            key="mp/obj",
            upload_id=init.upload_id,
            complete_multipart_upload=oss.CompleteMultipartUpload(parts=parts),
        )
    )
    init2 = client.initiate_multipart_upload(
        oss.InitiateMultipartUploadRequest(bucket=B, key="mp/abort")
    )
    client.abort_multipart_upload(
        oss.AbortMultipartUploadRequest(
            bucket=B, key="mp/abort", upload_id=init2.upload_id
        )
    )
    client.delete_object(oss.DeleteObjectRequest(bucket=B, key=key))


def run_oss2_ops(bucket: oss2.Bucket, endpoint: str) -> None:
    key = "dir/report 2024+final.txt"
    bucket.put_object(
        key,
        b"hello world",
        headers={
            "x-oss-meta-Author": "alice",
            "x-oss-object-acl": "private",
            "x-oss-storage-class": "IA",
            "Content-MD5": "XrY7u+Ae7tCTyyK7j1rNww==",
        },
    )
    bucket.get_object(key, byte_range=(0, 4)).read()
    bucket.get_object(
        key, params={"response-content-disposition": 'attachment; filename="a b.txt"'}
    ).read()
    bucket.head_object(key)
    bucket.get_object_meta(key)
    bucket.list_objects(prefix="dir/", marker="a", max_keys=10)
    bucket.list_objects_v2(prefix="dir/", delimiter="/", max_keys=10, start_after="a")
    oss2.Service(bucket.auth, endpoint, region=REGION).list_buckets(prefix="ex")
    bucket.get_bucket_acl()
    upload_id = bucket.init_multipart_upload("mp/obj").upload_id
    parts = []
    for n, data in ((1, b"a" * 100 * 1024), (2, b"b" * 50)):
        r = bucket.upload_part("mp/obj", upload_id, n, data)
        parts.append(oss2.models.PartInfo(n, r.etag, size=len(data), part_crc=r.crc))
    bucket.list_parts("mp/obj", upload_id)
    bucket.complete_multipart_upload("mp/obj", upload_id, parts)
    upload_id2 = bucket.init_multipart_upload("mp/abort").upload_id
    bucket.abort_multipart_upload("mp/abort", upload_id2)
    bucket.delete_object(key)


@pytest.mark.parametrize(("v4", "token"), MODES, ids=MODE_IDS)
def test_oss_v2_client_wire(emu: Emulator, v4: bool, token: str | None) -> None:
    if token:
        emu.accept(AK, SK, token)
    run_oss_v2_ops(v2_client(emu.endpoint, v1=not v4, token=token))
    assert len(emu.oss.requests) == 17
    for rec in emu.oss.requests:
        assert_same(rec, emu.endpoint, v4=v4, flavor="oss-v2", token=token)


@pytest.mark.parametrize(("v4", "token"), MODES, ids=MODE_IDS)
def test_oss2_client_wire(emu: Emulator, v4: bool, token: str | None) -> None:
    if token:
        emu.accept(AK, SK, token)
    run_oss2_ops(oss2_bucket(emu.endpoint, v4, token), emu.endpoint)
    assert len(emu.oss.requests) == 17
    for rec in emu.oss.requests:
        assert_same(rec, emu.endpoint, v4=v4, flavor="oss2", token=token)


WIRE_KEYS = [
    c.key
    for c in CASES
    if c.key and ".." not in c.key.split("/") and "." not in c.key.split("/")
]


@pytest.mark.parametrize("v4", [True, False], ids=["v4", "v1"])
def test_keys_on_the_wire(emu: Emulator, v4: bool) -> None:
    emu.accept(AK, SK, TOKEN)
    client = v2_client(emu.endpoint, v1=not v4, token=TOKEN)
    bucket = oss2_bucket(emu.endpoint, v4, TOKEN)
    for key in WIRE_KEYS:
        client.put_object(oss.PutObjectRequest(bucket=B, key=key, body=b"x"))
        last = emu.oss.requests[-1]
        assert_same(last, emu.endpoint, v4=v4, flavor="oss-v2", token=TOKEN)
        assert last.params == {"bucket": B, "key": key, "size": 1}
        bucket.put_object(key, b"x")
        last = emu.oss.requests[-1]
        assert_same(last, emu.endpoint, v4=v4, flavor="oss2", token=TOKEN)
        assert last.params == {"bucket": B, "key": key, "size": 1}
    assert {o.key for o in emu.oss.objects(B)} == set(WIRE_KEYS)


def test_dot_segments_are_rewritten_by_requests(emu: Emulator) -> None:
    """requests/urllib3 drop dot segments from the path before sending, after
    the SDK signed the un-normalized key: the server gets another path, and
    refuses the signature."""
    client = v2_client(emu.endpoint)
    with pytest.raises(oss.exceptions.OperationError, match="SignatureDoesNotMatch"):
        client.put_object(oss.PutObjectRequest(bucket=B, key="a/../b", body=b"x"))
    rec = emu.oss.requests[-1]
    assert rec.path == "/examplebucket/b"  # not /examplebucket/a/../b
    assert rec.code == "SignatureDoesNotMatch"
    ours = resign(rec, v4=True, flavor="oss-v2", token=None, bucket=B, key="a/../b")
    assert ours.authorization == rec.headers["authorization"]
    assert (
        resign(rec, v4=True, flavor="oss-v2", token=None).authorization
        != ours.authorization
    )
    # oss2 sends '/' as %2F, so 'a/../b' survives; a key that is just '..' does not
    bucket = oss2_bucket(emu.endpoint, True, None)
    bucket.put_object("a/../b", b"x")
    assert emu.oss.requests[-1].path == "/examplebucket/a%2F..%2Fb"
    assert emu.oss.read_object(B, "a/../b") == b"x"
    with pytest.raises(oss2.exceptions.SignatureDoesNotMatch):
        bucket.put_object("..", b"x")
    assert emu.oss.requests[-1].path == "/"
    assert [o.key for o in emu.oss.objects(B)] == ["a/../b"]


def test_paginators_continuation_token(emu: Emulator) -> None:
    client = v2_client(emu.endpoint)
    for i in range(5):
        client.put_object(oss.PutObjectRequest(bucket=B, key=f"p/{i} é+", body=b"x"))
    emu.reset()
    paginator = client.list_objects_v2_paginator()
    keys = [
        o.key
        for page in paginator.iter_page(
            oss.ListObjectsV2Request(bucket=B, prefix="p/", max_keys=2)
        )
        for o in page.contents
    ]
    assert keys == [f"p/{i} é+" for i in range(5)]
    assert len(emu.oss.requests) == 3
    assert "continuation-token=" in raw_query(emu.oss.requests[1])
    bucket = oss2_bucket(emu.endpoint, True, None)
    keys2 = [o.key for o in oss2.ObjectIteratorV2(bucket, prefix="p/", max_keys=2)]
    assert keys2 == keys
    keys3 = [o.key for o in oss2.ObjectIterator(bucket, prefix="p/", max_keys=2)]
    assert keys3 == keys
    for rec in emu.oss.requests[:3]:
        assert_same(rec, emu.endpoint, v4=True, flavor="oss-v2", token=None)
    for rec in emu.oss.requests[3:]:
        assert_same(rec, emu.endpoint, v4=True, flavor="oss2", token=None)


def test_oss_v2_uploader_multipart_wire(emu: Emulator) -> None:
    client = v2_client(emu.endpoint)
    data = bytes(range(256)) * 1200 + b"tail" * 250  # 3 parts of 100 KiB + 1000
    uploader = client.uploader(part_size=100 * 1024, parallel_num=3)
    result = uploader.upload_from(
        oss.PutObjectRequest(bucket=B, key="up/big.bin"), io.BytesIO(data)
    )
    assert emu.oss.read_object(B, "up/big.bin") == data
    methods = [
        (r.method, raw_query(r).split("&")[0].split("=")[0]) for r in emu.oss.requests
    ]
    assert methods[0] == ("POST", "uploads")
    assert methods[-1][0] == "POST"
    assert sum(1 for m in methods if m == ("PUT", "partNumber")) == 4
    operations = [r.operation for r in emu.oss.requests]
    assert operations == ["InitiateMultipartUpload"] + ["UploadPart"] * 4 + [
        "CompleteMultipartUpload"
    ]
    assert result.hash_crc64 == str(emu.oss.object_info(B, "up/big.bin").crc64)
    for rec in emu.oss.requests:
        assert_same(rec, emu.endpoint, v4=True, flavor="oss-v2", token=None)


def test_oss2_resumable_upload_wire(emu: Emulator, tmp_path: Any) -> None:
    path = tmp_path / "src.bin"
    data = bytes(range(256)) * 1200
    path.write_bytes(data)
    emu.accept(AK, SK, TOKEN)
    bucket = oss2_bucket(emu.endpoint, True, TOKEN)
    store = oss2.ResumableStore(root=str(tmp_path), dir="cp")
    oss2.resumable_upload(
        bucket,
        "up/big.bin",
        str(path),
        store=store,
        multipart_threshold=100 * 1024,
        part_size=100 * 1024,
        num_threads=2,
    )
    assert emu.oss.read_object(B, "up/big.bin") == data
    assert emu.oss.object_info(B, "up/big.bin").object_type == "Multipart"
    for rec in emu.oss.requests:
        assert_same(rec, emu.endpoint, v4=True, flavor="oss2", token=TOKEN)


def test_oss_v2_config_additional_headers_are_not_used(emu: Emulator) -> None:
    """Config.additional_headers is stored but never reaches SigningContext."""
    client = v2_client(emu.endpoint, additional_headers=["host", "user-agent"])
    client.get_bucket_acl(oss.GetBucketAclRequest(bucket=B))
    last = emu.oss.requests[-1]
    assert "AdditionalHeaders" not in last.headers.get("authorization", "")
    assert_same(last, emu.endpoint, v4=True, flavor="oss-v2", token=None)


def test_header_sets_per_sdk(emu: Emulator) -> None:
    """What each SDK sends besides the payload, for the report."""
    v2_client(emu.endpoint).put_object(
        oss.PutObjectRequest(bucket=B, key="k.txt", body=b"x")
    )
    v2_client(emu.endpoint).delete_object(
        oss.DeleteObjectRequest(bucket=B, key="k.txt")
    )
    oss2_bucket(emu.endpoint, True, None).put_object("k.txt", b"x")
    oss2_bucket(emu.endpoint, True, None).delete_object("k.txt")
    # the emulator records header names lowercased
    v2_put, v2_del, o2_put, o2_del = (r.headers for r in emu.oss.requests)
    assert v2_put["user-agent"].startswith("alibabacloud-python-sdk-v2/1.4.1 (")
    assert o2_put["user-agent"].startswith("aliyun-sdk-python/2.19.1(")
    assert v2_put["content-type"] == o2_put["content-type"] == "text/plain"
    assert "date" in v2_put
    assert "date" not in o2_put
    assert "content-md5" not in v2_put
    assert "content-md5" not in o2_put
    assert v2_del["content-md5"] == "1B2M2Y8AsgTpgAmY7PhCfg=="  # md5 of empty body
    assert "content-md5" not in o2_del
    for h in (v2_put, o2_put):
        assert h["x-oss-content-sha256"] == "UNSIGNED-PAYLOAD"
        assert h["accept-encoding"] == "identity"


@pytest.mark.parametrize("flavor", ["oss-v2", "oss2"])
def test_presigned_urls_survive_the_http_client(emu: Emulator, flavor: str) -> None:
    """A presigned PUT then GET through requests: the request-target the
    server sees is exactly the URL's path and query (nothing re-encoded)."""
    import datetime as dt

    import requests
    from acs_core.oss.addressing import build_address
    from acs_core.signing.oss_v4 import presign_v4

    emu.accept(AK, SK, TOKEN)
    key = "dir/ü b+c%.txt"
    when = dt.datetime.now(dt.UTC)
    for method, headers in (("PUT", {"Content-Type": "text/plain"}), ("GET", {})):
        q = presign_v4(
            method,
            bucket=B,
            key=key,
            headers=headers,
            access_key_id=AK,
            access_key_secret=SK,
            security_token=TOKEN,
            region=REGION,
            when=when,
            flavor=flavor,
        )  # type: ignore[arg-type]
        address = build_address(
            endpoint=emu.endpoint, bucket=B, key=key, flavor=flavor
        )  # type: ignore[arg-type]
        url = q.url(address.base_url)
        if flavor == "oss-v2":
            client = v2_client(emu.endpoint, token=TOKEN)
            request: Any = (
                oss.PutObjectRequest(bucket=B, key=key, content_type="text/plain")
                if method == "PUT"
                else oss.GetObjectRequest(bucket=B, key=key)
            )
            sdk_url = client.presign(
                request, expiration=when + dt.timedelta(seconds=900)
            ).url
        else:
            bucket = oss2_bucket(emu.endpoint, True, TOKEN)
            sdk_url = bucket.sign_url(method, key, 900, headers=headers or None)
        sdk_q = dict(p.split("=", 1) for p in sdk_url.split("?", 1)[1].split("&"))
        ours_q = dict(p.split("=", 1) for p in q.query.split("&"))
        if (
            sdk_q["x-oss-date"] == ours_q["x-oss-date"]
            and sdk_q["x-oss-expires"] == "900"
        ):
            assert sdk_url == url
        response = requests.request(
            method,
            url,
            data=b"hi" if method == "PUT" else None,
            headers=dict(q.signed_headers),
            timeout=10,
        )
        assert response.status_code == 200
        last = emu.oss.requests[-1]
        assert last.target == url.split(emu.endpoint, 1)[1]
        assert last.signature_version == "oss-v4-query"
    assert emu.oss.read_object(B, key) == b"hi"
