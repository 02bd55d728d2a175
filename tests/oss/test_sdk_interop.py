"""acs-core's `Sender` and `Transfer` beside the official SDKs: what the sender puts on the wire
is what alibabacloud-oss-v2's own signer signs, and objects written by one are read, CRC-checked,
by the other."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import alibabacloud_oss_v2 as oss
import oss2
from acs_core.oss import Sender, Transfer
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator
from oss_sdk import AK, REGION, SK, TOKEN, v2_client, v2_sign
from oss_wire import raw_query, split_target, user_headers

B = "examplebucket"


def our_transfer(endpoint: str, token: str | None = None) -> Transfer:
    sender = Sender(
        REGION, endpoint=endpoint, access_key_id=AK, access_key_secret=SK,
        security_token=token,
    )  # fmt: skip
    return Transfer(sender, part_size=100 * 1024)


def test_the_sender_signs_what_oss_v2_signs(emu: Emulator, tmp_path: Path) -> None:
    """Every request of a multipart upload, a download, a listing and a delete, re-signed by
    alibabacloud-oss-v2's own signer from what arrived: the same Authorization."""
    emu.accept(AK, SK, TOKEN)
    path = tmp_path / "src.bin"
    path.write_bytes(os.urandom(250 * 1024))
    t = our_transfer(emu.endpoint, TOKEN)
    t.upload(B, "dir/a b+c.bin", path, headers={"x-oss-meta-owner": "alice"})
    t.download(B, "dir/a b+c.bin", tmp_path / "back.bin")
    t.sender.send("GET", B, query={"list-type": "2", "prefix": "dir/"})
    t.sender.send("HEAD", B, "dir/a b+c.bin")
    t.sender.send("DELETE", B, "dir/a b+c.bin")
    assert len(emu.oss.requests) == 9
    for rec in emu.oss.requests:
        bucket, key = split_target(rec)
        stamp = rec.headers.get("x-oss-date") or ""
        when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        theirs = v2_sign(
            rec.method, bucket, key, dict(parse_qsl(raw_query(rec), keep_blank_values=True)),
            user_headers(rec), when=when, token=TOKEN, endpoint=emu.endpoint,
        )  # fmt: skip
        assert (
            rec.headers.get("authorization") == theirs.headers["Authorization"]
        ), rec.target
        assert rec.headers.get("x-oss-security-token") == TOKEN
        assert rec.signature_version == "oss-v4" and rec.code is None, rec.target


def test_our_upload_read_by_both_sdks(emu: Emulator, tmp_path: Path) -> None:
    data = os.urandom(330 * 1024)
    result = our_transfer(emu.endpoint).upload(B, "ours.bin", data)
    assert result.parts == 4 and result.crc64 == crc64(data)
    target = str(tmp_path / "v2.bin")
    # oss-v2's get_object_to_file checks the CRC-64 (and needs 2 attempts to try once)
    v2_client(emu.endpoint, retry_max_attempts=2).get_object_to_file(
        oss.GetObjectRequest(bucket=B, key="ours.bin"), target
    )
    assert Path(target).read_bytes() == data
    bucket = oss2.Bucket(oss2.Auth(AK, SK), emu.endpoint, B, region=REGION)
    bucket.get_object_to_file("ours.bin", str(tmp_path / "oss2.bin"))  # checks it too
    assert (tmp_path / "oss2.bin").read_bytes() == data


def test_sdk_uploads_read_by_ours(emu: Emulator, tmp_path: Path) -> None:
    path = tmp_path / "src.bin"
    data = os.urandom(260 * 1024)
    path.write_bytes(data)
    bucket = oss2.Bucket(oss2.Auth(AK, SK), emu.endpoint, B, region=REGION)
    store = oss2.ResumableStore(root=str(tmp_path), dir="cp")
    oss2.resumable_upload(
        bucket, "oss2.bin", str(path), store=store, multipart_threshold=100 * 1024,
        part_size=100 * 1024,
    )  # fmt: skip
    uploader: Any = v2_client(emu.endpoint).uploader(part_size=100 * 1024)
    uploader.upload_file(oss.PutObjectRequest(bucket=B, key="v2.bin"), str(path))
    t = our_transfer(emu.endpoint)
    for key in ("oss2.bin", "v2.bin"):
        result = t.download(B, key, tmp_path / key)
        assert (tmp_path / key).read_bytes() == data and result.crc64 == crc64(data)
