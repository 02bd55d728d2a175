"""alibabacloud-oss-v2 (V4 by default, and V1) against the emulator's OSS: objects, ranges,
listings with the SDK's paginators, multipart through its Uploader, buckets, ACLs and errors.
The SDK checks every upload's CRC-64 against `x-oss-hash-crc64ecma` itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import alibabacloud_oss_v2 as oss
import pytest
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator

BUCKET = "media"


@pytest.mark.parametrize("v1", [False, True], ids=["v4", "v1"])
def test_put_get_head_delete(emu: Emulator, sdk: Any, v1: bool) -> None:
    client = sdk.v2(v1=v1)
    data = b"hello, emulated OSS"
    put = client.put_object(
        oss.PutObjectRequest(
            bucket=BUCKET,
            key="dir/a b+c.txt",
            body=data,
            content_type="text/plain",
            metadata={"author": "me"},
        )
    )
    assert put.status_code == 200
    assert put.hash_crc64 == str(crc64(data))
    got = client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="dir/a b+c.txt"))
    assert got.body.read() == data
    assert got.metadata == {"author": "me"}
    assert got.content_type == "text/plain"
    assert got.etag == put.etag
    head = client.head_object(oss.HeadObjectRequest(bucket=BUCKET, key="dir/a b+c.txt"))
    assert head.content_length == len(data)
    assert head.object_type == "Normal"
    assert head.hash_crc64 == str(crc64(data))
    ranged = client.get_object(
        oss.GetObjectRequest(
            bucket=BUCKET, key="dir/a b+c.txt", range_header="bytes=7-14"
        )
    )
    assert ranged.status_code == 206
    assert ranged.body.read() == data[7:15]
    assert ranged.content_range == f"bytes 7-14/{len(data)}"
    client.delete_object(oss.DeleteObjectRequest(bucket=BUCKET, key="dir/a b+c.txt"))
    assert emu.oss.objects(BUCKET) == []
    assert [r.signature_version for r in emu.oss.requests] == [
        "oss-v1" if v1 else "oss-v4"
    ] * 5


def test_errors_are_oss_errors(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2()
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.get_object(oss.GetObjectRequest(bucket=BUCKET, key="missing"))
    error = sdk.service_error(caught.value)
    assert (error.status_code, error.code) == (404, "NoSuchKey")
    assert len(error.request_id) == 24 and error.ec == "0026-00000001"
    assert emu.oss.requests[-1].code == "NoSuchKey"
    with pytest.raises(oss.exceptions.OperationError) as caught:  # HEAD: in x-oss-err
        client.head_object(oss.HeadObjectRequest(bucket=BUCKET, key="missing"))
    assert sdk.service_error(caught.value).code == "NoSuchKey"
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.get_object(oss.GetObjectRequest(bucket="nowhere", key="k"))
    assert sdk.service_error(caught.value).code == "NoSuchBucket"
    wrong = sdk.v2(secret="not-the-secret")
    with pytest.raises(oss.exceptions.OperationError) as caught:
        wrong.get_object(oss.GetObjectRequest(bucket=BUCKET, key="k"))
    error = sdk.service_error(caught.value)
    assert (error.status_code, error.code) == (403, "SignatureDoesNotMatch")
    assert error.error_fileds["StringToSign"].startswith("OSS4-HMAC-SHA256\n")
    unknown = sdk.v2(key_id="nobody")
    with pytest.raises(oss.exceptions.OperationError) as caught:
        unknown.get_object(oss.GetObjectRequest(bucket=BUCKET, key="k"))
    assert sdk.service_error(caught.value).code == "InvalidAccessKeyId"


def test_list_objects_with_the_paginators(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2()
    keys = ["a/1", "a/2", "b/1", "c", "d e", "f+g"]
    for key in keys:
        emu.oss.put_object(BUCKET, key, key.encode())
    pages = list(
        client.list_objects_v2_paginator().iter_page(
            oss.ListObjectsV2Request(bucket=BUCKET, max_keys=2)
        )
    )
    assert [[o.key for o in page.contents] for page in pages] == [
        ["a/1", "a/2"],
        ["b/1", "c"],
        ["d e", "f+g"],
    ]
    pages = list(
        client.list_objects_paginator().iter_page(
            oss.ListObjectsRequest(bucket=BUCKET, max_keys=2, delimiter="/")
        )
    )
    listed = [
        (
            [o.key for o in page.contents or []],
            [p.prefix for p in page.common_prefixes or []],
        )
        for page in pages
    ]
    assert listed == [([], ["a/", "b/"]), (["c", "d e"], []), (["f+g"], [])]
    only_a = client.list_objects_v2(
        oss.ListObjectsV2Request(bucket=BUCKET, prefix="a/", delimiter="/")
    )
    assert [o.key for o in only_a.contents] == ["a/1", "a/2"]
    assert only_a.key_count == 2 and only_a.is_truncated is False


def test_uploader_multipart(emu: Emulator, sdk: Any, tmp_path: Path) -> None:
    client = sdk.v2()
    data = bytes(range(256)) * 1400  # 350 KiB: four parts of 100 KiB
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    uploader = client.uploader(part_size=100 * 1024, parallel_num=3)
    result = uploader.upload_file(
        oss.PutObjectRequest(bucket=BUCKET, key="big.bin"), filepath=str(source)
    )
    assert result.hash_crc64 == str(crc64(data))  # the parts' CRCs, combined
    info = emu.oss.object_info(BUCKET, "big.bin")
    assert (info.object_type, info.size) == ("Multipart", len(data))
    assert info.etag.endswith("-4")
    assert emu.oss.read_object(BUCKET, "big.bin") == data
    assert emu.oss.uploads(BUCKET) == []
    names = [r.operation for r in emu.oss.requests]
    assert names.count("UploadPart") == 4
    assert names[0] == "InitiateMultipartUpload"
    assert names[-1] == "CompleteMultipartUpload"
    downloaded = (
        tmp_path / "back.bin"
    )  # in ranges, the parts' CRCs combined and checked
    downloader = client.downloader(part_size=64 * 1024, parallel_num=3)
    downloader.download_file(
        oss.GetObjectRequest(bucket=BUCKET, key="big.bin"), str(downloaded)
    )
    assert downloaded.read_bytes() == data


def test_multipart_by_hand_lists_parts_and_uploads(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2()
    started = client.initiate_multipart_upload(
        oss.InitiateMultipartUploadRequest(bucket=BUCKET, key="x/y")
    )
    upload_id = started.upload_id
    part = client.upload_part(
        oss.UploadPartRequest(
            bucket=BUCKET, key="x/y", upload_id=upload_id, part_number=1, body=b"p1"
        )
    )
    uploads = client.list_multipart_uploads(
        oss.ListMultipartUploadsRequest(bucket=BUCKET)
    )
    assert [(u.key, u.upload_id) for u in uploads.uploads] == [("x/y", upload_id)]
    parts = client.list_parts(
        oss.ListPartsRequest(bucket=BUCKET, key="x/y", upload_id=upload_id)
    )
    assert [(p.part_number, p.etag, p.size) for p in parts.parts] == [(1, part.etag, 2)]
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.complete_multipart_upload(
            oss.CompleteMultipartUploadRequest(
                bucket=BUCKET,
                key="x/y",
                upload_id=upload_id,
                complete_multipart_upload=oss.CompleteMultipartUpload(
                    parts=[oss.UploadPart(part_number=1, etag='"00"')]
                ),
            )
        )
    assert sdk.service_error(caught.value).code == "InvalidPart"
    client.abort_multipart_upload(
        oss.AbortMultipartUploadRequest(bucket=BUCKET, key="x/y", upload_id=upload_id)
    )
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.list_parts(
            oss.ListPartsRequest(bucket=BUCKET, key="x/y", upload_id=upload_id)
        )
    assert sdk.service_error(caught.value).code == "NoSuchUpload"


def test_copy_and_delete_multiple(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2()
    emu.oss.put_object(BUCKET, "src", b"source", meta={"kind": "orig"})
    client.copy_object(
        oss.CopyObjectRequest(bucket=BUCKET, key="dst/copy", source_key="src")
    )
    assert emu.oss.read_object(BUCKET, "dst/copy") == b"source"
    assert emu.oss.object_info(BUCKET, "dst/copy").meta == {"x-oss-meta-kind": "orig"}
    deleted = client.delete_multiple_objects(
        oss.DeleteMultipleObjectsRequest(
            bucket=BUCKET,
            objects=[oss.DeleteObject(key="src"), oss.DeleteObject(key="dst/copy")],
        )
    )
    assert sorted(d.key for d in deleted.deleted_objects) == ["dst/copy", "src"]
    assert emu.oss.objects(BUCKET) == []


def test_buckets_and_acls(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2()
    client.put_bucket(oss.PutBucketRequest(bucket="second", acl="public-read"))
    acl = client.get_bucket_acl(oss.GetBucketAclRequest(bucket="second"))
    assert acl.acl == "public-read"
    client.put_bucket_acl(oss.PutBucketAclRequest(bucket="second", acl="private"))
    assert emu.oss.bucket("second").acl == "private"
    info = client.get_bucket_info(oss.GetBucketInfoRequest(bucket="second"))
    assert info.bucket_info.name == "second"
    location = client.get_bucket_location(oss.GetBucketLocationRequest(bucket="second"))
    assert location.location == "oss-cn-hangzhou"
    names = [
        b.name
        for page in client.list_buckets_paginator(limit=1).iter_page(
            oss.ListBucketsRequest()
        )
        for b in page.buckets
    ]
    assert names == ["media", "second"]
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.put_bucket(oss.PutBucketRequest(bucket="second"))
    assert sdk.service_error(caught.value).status_code == 409
    emu.oss.put_object("second", "k", b"v")
    with pytest.raises(oss.exceptions.OperationError) as caught:
        client.delete_bucket(oss.DeleteBucketRequest(bucket="second"))
    assert sdk.service_error(caught.value).code == "BucketNotEmpty"
    client.put_object_acl(
        oss.PutObjectAclRequest(bucket="second", key="k", acl="public-read")
    )
    got = client.get_object_acl(oss.GetObjectAclRequest(bucket="second", key="k"))
    assert got.acl == "public-read"
    client.delete_object(oss.DeleteObjectRequest(bucket="second", key="k"))
    client.delete_bucket(oss.DeleteBucketRequest(bucket="second"))
    assert [b.name for b in emu.oss.buckets()] == ["media"]


def test_injected_faults_are_retried(emu: Emulator, sdk: Any) -> None:
    client = sdk.v2(retry_max_attempts=3)
    emu.oss.inject("server_error", count=2)
    client.put_object(oss.PutObjectRequest(bucket=BUCKET, key="k", body=b"v"))
    assert [r.status for r in emu.oss.requests] == [500, 500, 200]
    assert emu.oss.read_object(BUCKET, "k") == b"v"
