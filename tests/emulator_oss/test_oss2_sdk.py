"""oss2 (V1 by default, and `AuthV4`) against the emulator's OSS: objects, ranges, its object
iterators, resumable (multipart) upload and download, buckets, ACLs and errors as its exception
classes. oss2 checks uploads' CRC-64 against `x-oss-hash-crc64ecma` itself (`enable_crc`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import oss2
import pytest
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator

BUCKET = "media"


@pytest.mark.parametrize("v4", [False, True], ids=["v1", "v4"])
def test_put_get_head_delete(emu: Emulator, sdk: Any, v4: bool) -> None:
    bucket = sdk.oss2(v4=v4)
    data = b"0123456789abcdef"
    put = bucket.put_object(
        "dir/a b+c.txt", data, headers={"x-oss-meta-Author": "me"}
    )  # oss2 sends the key's "/" as %2F
    assert put.crc == crc64(data)
    got = bucket.get_object("dir/a b+c.txt")
    assert got.read() == data
    assert got.headers["x-oss-meta-author"] == "me"
    assert got.content_type == "text/plain"  # oss2 guesses it from the key
    assert bucket.get_object("dir/a b+c.txt", byte_range=(3, 6)).read() == data[3:7]
    head = bucket.head_object("dir/a b+c.txt")
    assert (head.content_length, head.object_type, head.etag) == (
        len(data),
        "Normal",
        put.etag,
    )
    meta = bucket.get_object_meta("dir/a b+c.txt")
    assert meta.content_length == len(data)
    assert bucket.object_exists("dir/a b+c.txt")
    bucket.delete_object("dir/a b+c.txt")
    assert not bucket.object_exists("dir/a b+c.txt")
    assert {r.signature_version for r in emu.oss.requests} == {
        "oss-v4" if v4 else "oss-v1"
    }


def test_errors_are_oss2_exceptions(emu: Emulator, sdk: Any) -> None:
    bucket = sdk.oss2()
    with pytest.raises(oss2.exceptions.NoSuchKey) as missing:
        bucket.get_object("missing")
    assert missing.value.status == 404 and missing.value.request_id
    with pytest.raises(oss2.exceptions.NotFound):  # HEAD: the XML in x-oss-err
        bucket.head_object("missing")
    with pytest.raises(oss2.exceptions.NoSuchBucket):
        sdk.oss2("nowhere").get_object("k")
    with pytest.raises(oss2.exceptions.SignatureDoesNotMatch) as wrong:
        sdk.oss2(secret="not-the-secret").put_object("k", b"v")
    assert wrong.value.details["StringToSign"].startswith("PUT\n")
    with pytest.raises(oss2.exceptions.SignatureDoesNotMatch):
        sdk.oss2(v4=True, secret="not-the-secret").put_object("k", b"v")
    emu.clock_offset = 3600  # the emulator's clock an hour ahead of the client's
    with pytest.raises(oss2.exceptions.ServerError) as skewed:
        bucket.get_object("k")
    assert (skewed.value.status, skewed.value.code) == (403, "RequestTimeTooSkewed")


def test_object_iterators(emu: Emulator, sdk: Any) -> None:
    bucket = sdk.oss2()
    for key in ["a/1", "a/2", "b/1", "c", "d e", "f+g"]:
        emu.oss.put_object(BUCKET, key, b"x")
    assert [o.key for o in oss2.ObjectIterator(bucket, max_keys=2)] == [
        "a/1", "a/2", "b/1", "c", "d e", "f+g",
    ]  # fmt: skip
    listed = [o.key for o in oss2.ObjectIteratorV2(bucket, delimiter="/", max_keys=1)]
    assert listed == ["a/", "b/", "c", "d e", "f+g"]
    assert [o.key for o in oss2.ObjectIteratorV2(bucket, prefix="a/")] == ["a/1", "a/2"]
    assert [o.key for o in oss2.ObjectIteratorV2(bucket, start_after="c")] == [
        "d e",
        "f+g",
    ]


def test_resumable_upload_and_download(emu: Emulator, sdk: Any, tmp_path: Path) -> None:
    bucket = sdk.oss2()
    data = bytes(range(256)) * 1000  # 250 KiB: three parts of 100 KiB
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    store = oss2.ResumableStore(root=str(tmp_path))
    result = oss2.resumable_upload(
        bucket,
        "big.bin",
        str(source),
        store=store,
        multipart_threshold=100 * 1024,
        part_size=100 * 1024,
        num_threads=2,
    )
    assert result.crc == crc64(data)  # oss2 compared the parts' CRCs, combined
    info = emu.oss.object_info(BUCKET, "big.bin")
    assert (info.object_type, info.size, info.etag[-2:]) == (
        "Multipart",
        len(data),
        "-3",
    )
    assert [r.operation for r in emu.oss.requests].count("UploadPart") == 3
    target = tmp_path / "back.bin"
    oss2.resumable_download(
        bucket,
        "big.bin",
        str(target),
        store=oss2.ResumableDownloadStore(root=str(tmp_path)),
        multiget_threshold=64 * 1024,
        part_size=64 * 1024,
        num_threads=2,
    )
    assert target.read_bytes() == data


def test_multipart_checks(emu: Emulator, sdk: Any) -> None:
    bucket = sdk.oss2()
    upload_id = bucket.init_multipart_upload("k").upload_id
    small = bucket.upload_part("k", upload_id, 1, b"tiny")
    last = bucket.upload_part("k", upload_id, 2, b"last")
    with pytest.raises(oss2.exceptions.InvalidArgument):
        bucket.upload_part("k", upload_id, 10001, b"x")  # part numbers: 1 to 10,000
    with pytest.raises(oss2.exceptions.ServerError) as too_small:
        bucket.complete_multipart_upload(
            "k",
            upload_id,
            [oss2.models.PartInfo(1, small.etag), oss2.models.PartInfo(2, last.etag)],
        )
    assert too_small.value.code == "EntityTooSmall"
    emu.oss.min_part_size = 1
    done = bucket.complete_multipart_upload(
        "k",
        upload_id,
        [oss2.models.PartInfo(1, small.etag), oss2.models.PartInfo(2, last.etag)],
    )
    assert done.crc == crc64(b"tinylast")
    assert bucket.get_object("k").read() == b"tinylast"
    with pytest.raises(oss2.exceptions.NoSuchUpload):
        bucket.abort_multipart_upload("k", upload_id)


def test_buckets_copy_batch_delete_and_acls(emu: Emulator, sdk: Any) -> None:
    auth = oss2.Auth(sdk.KEY_ID, sdk.SECRET)
    service = oss2.Service(auth, emu.endpoint)
    second = sdk.oss2("second")
    second.create_bucket(oss2.BUCKET_ACL_PUBLIC_READ)
    assert second.get_bucket_acl().acl == "public-read"
    assert second.get_bucket_info().name == "second"
    assert second.get_bucket_location().location == "oss-cn-hangzhou"
    assert [b.name for b in oss2.BucketIterator(service, max_keys=1)] == [
        "media",
        "second",
    ]
    second.put_object("src", b"source")
    second.copy_object("second", "src", "copy")
    assert second.get_object("copy").read() == b"source"
    second.put_object_acl("copy", oss2.OBJECT_ACL_PRIVATE)
    assert second.get_object_acl("copy").acl == "private"
    deleted = second.batch_delete_objects(["src", "copy"])
    assert sorted(deleted.deleted_keys) == ["copy", "src"]
    second.put_object("left", b"v")
    with pytest.raises(oss2.exceptions.BucketNotEmpty):
        second.delete_bucket()
    second.delete_object("left")
    second.delete_bucket()
    with pytest.raises(oss2.exceptions.NoSuchBucket):
        second.get_bucket_info()
