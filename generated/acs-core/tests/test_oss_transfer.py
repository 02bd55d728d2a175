"""`Transfer` and `AsyncTransfer` against the emulator's OSS (the `oss` fixture: bucket "media";
for the memory tests an emulator in a process of its own): bounded memory, resumes, changed
sources, CRC-64 end to end, progress, downloads, with the emulator's faults for the failures.
"""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from acs_core.errors import PermissionDeniedError, RequestValidationError
from acs_core.oss import (
    AsyncSender,
    AsyncTransfer,
    Crc64MismatchError,
    IntegrityError,
    Sender,
    SourceChangedError,
    Transfer,
)
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator, ReceivedRequest

B = "media"
KIB = 1024
MIB = 1024 * KIB
KEYS: dict[str, Any] = {"access_key_id": "testid", "access_key_secret": "testsecret"}
FAST: dict[str, Any] = {"backoff_base": 0.001, "backoff_max": 0.01}


def transfer(endpoint: str, **kw: Any) -> Transfer:
    sender = Sender("cn-hangzhou", endpoint=endpoint, **KEYS, **FAST)
    return Transfer(sender, **{"part_size": 100 * KIB, **kw})


def async_transfer(endpoint: str, **kw: Any) -> AsyncTransfer:
    sender = AsyncSender("cn-hangzhou", endpoint=endpoint, **KEYS, **FAST)
    return AsyncTransfer(sender, **{"part_size": 100 * KIB, **kw})


def part_requests(oss: Emulator) -> list[ReceivedRequest]:
    return [r for r in oss.oss.requests if r.operation == "UploadPart"]


def parts_sent(oss: Emulator) -> list[int]:
    return sorted(int(r.query["partNumber"]) for r in part_requests(oss))


def refuse_part(oss: Emulator, nth: int) -> None:
    """AccessDenied (not retried) for the `nth` UploadPart request: part `nth` when parts go
    one at a time."""
    oss.oss.inject(
        "server_error",
        operation="UploadPart",
        skip=nth - 1,
        status=403,
        code="AccessDenied",
    )


def operations(oss: Emulator) -> list[str | None]:
    return [r.operation for r in oss.oss.requests]


def data_file(tmp_path: Path, size: int, name: str = "src.bin") -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = tmp_path / name
    path.write_bytes(data)
    return path, data


class Calls:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.seen.append((done, total))

    def check(self, size: int) -> None:
        dones = [done for done, _ in self.seen]
        assert dones == sorted(dones), "progress went back"
        assert self.seen[-1] == (size, size)
        assert all(done <= size for done in dones)


# ------------------------------------------------------------------------------ memory


@pytest.fixture(scope="module")
def apart(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The endpoint of an emulator in a process of its own (objects in a folder, bucket
    "media"): tracemalloc counts the client's memory alone."""
    folder = tmp_path_factory.mktemp("apart")
    command = [sys.executable, "-m", "acs_core.testing", "--port", "0"]
    with subprocess.Popen(
        [*command, "--storage", str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ) as process:
        try:
            assert process.stdout is not None
            endpoint = process.stdout.readline().strip()
            with Sender("cn-hangzhou", endpoint=endpoint, **KEYS) as sender:
                sender.send("PUT", B)
            yield endpoint
        finally:
            process.terminate()


def stored(endpoint: str, key: str) -> tuple[int | None, str | None]:
    """The size and CRC-64 the emulator stored for an object."""
    with Sender("cn-hangzhou", endpoint=endpoint, **KEYS) as sender:
        head = sender.send("HEAD", B, key)
    return head.content_length, head.hash_crc64


def test_a_50_mib_file_goes_multipart_in_bounded_memory(
    apart: str, tmp_path: Path
) -> None:
    path = tmp_path / "big.bin"
    with open(path, "wb") as out:
        for _ in range(50):
            out.write(os.urandom(64 * KIB) * 16)  # 1 MiB, different each time
    size = path.stat().st_size
    calls = Calls()
    t = transfer(apart, part_size=6 * MIB)
    tracemalloc.start()
    try:
        result = t.upload(B, "big.bin", path, progress=calls)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        t.sender.close()
    assert (result.parts, result.size) == (9, size)
    assert stored(apart, "big.bin") == (size, str(result.crc64))
    assert result.crc64 == crc64(path.read_bytes())
    assert peak < 8 * MIB, f"peak {peak} bytes for a {size}-byte file"
    calls.check(size)


def test_a_stream_holds_at_most_parallelism_parts(apart: str) -> None:
    block = os.urandom(64 * KIB)

    def chunks() -> Iterator[bytes]:
        for _ in range(24 * 16):  # 24 MiB in 64 KiB chunks, size unknown
            yield block

    t = transfer(apart, part_size=1 * MIB)
    tracemalloc.start()
    try:
        result = t.upload(B, "s.bin", chunks())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        t.sender.close()
    assert (result.parts, result.size) == (24, 24 * MIB)
    assert stored(apart, "s.bin") == (24 * MIB, str(crc64(block * 24 * 16)))
    assert peak < 3 * MIB + 2 * MIB, f"peak {peak}"


# ------------------------------------------------------------------------------ sources


def test_every_kind_of_source(oss: Emulator, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 350 * KIB)
    t = transfer(oss.endpoint)
    sources: dict[str, Any] = {
        "path": path,
        "str": str(path),
        "bytes": data,
        "file": open(path, "rb"),
        "bytesio": io.BytesIO(data),
        "iterator": iter([data[:1000], data[1000:200_000], data[200_000:]]),
    }
    for name, source in sources.items():
        result = t.upload(B, f"k/{name}", source)
        assert oss.oss.read_object(B, f"k/{name}") == data, name
        assert (result.parts, result.crc64) == (4, crc64(data)), name
        assert oss.oss.object_info(B, f"k/{name}").crc64 == crc64(data), name
    sources["file"].close()
    small = t.upload(B, "small.txt", iter([b"tiny"]))
    assert small.parts == 0 and oss.oss.requests[-1].operation == "PutObject"
    assert oss.oss.requests[-1].headers["content-type"] == "text/plain"
    assert oss.oss.object_info(B, "small.txt").content_type == "text/plain"
    assert t.upload(B, "empty", b"").size == 0
    assert oss.oss.read_object(B, "empty") == b""
    # one whole part, then nothing
    exact = t.upload(B, "exact", iter([b"x" * 100 * KIB]))
    assert exact.parts == 1 and oss.oss.read_object(B, "exact") == b"x" * 100 * KIB


def test_headers_go_with_the_upload(oss: Emulator) -> None:
    t = transfer(oss.endpoint)
    meta = {"x-oss-meta-owner": "alice", "Cache-Control": "no-cache"}
    t.upload(B, "a.bin", b"x" * 300 * KIB, headers=meta, content_type="video/mp4")
    initiate = oss.oss.requests[0]
    assert initiate.operation == "InitiateMultipartUpload"
    assert initiate.headers["x-oss-meta-owner"] == "alice"
    assert initiate.headers["content-type"] == "video/mp4"
    made = oss.oss.object_info(B, "a.bin")
    assert (made.content_type, made.meta, made.headers) == (
        "video/mp4",
        {"x-oss-meta-owner": "alice"},
        {"Cache-Control": "no-cache"},
    )
    with pytest.raises(RequestValidationError, match="content_type"):
        t.upload(B, "b", b"x", headers={"content-type": "a/b"}, content_type="c/d")
    with pytest.raises(RequestValidationError) as info:
        t.upload("Bad_Bucket", "k", b"x")
    assert info.value.parameter == "bucket"
    with pytest.raises(RequestValidationError, match="part_size"):
        Transfer(t.sender, part_size=1000)


# ------------------------------------------------------------------------------ resume


def test_a_resumed_upload_sends_only_the_missing_parts(
    oss: Emulator, tmp_path: Path
) -> None:
    path, data = data_file(tmp_path, 1050 * KIB)  # 11 parts of 100 KiB
    folder = str(tmp_path / "checkpoints")
    t = transfer(oss.endpoint, parallelism=1, checkpoint_dir=folder)
    refuse_part(oss, 6)
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "r.bin", path)
    assert parts_sent(oss) == [1, 2, 3, 4, 5, 6]
    assert part_requests(oss)[-1].code == "AccessDenied"
    assert "AbortMultipartUpload" not in operations(oss)  # kept for the resume
    [upload] = oss.oss.uploads(B)
    assert [p.number for p in oss.oss.parts(B, upload.upload_id)] == [1, 2, 3, 4, 5]
    assert len(os.listdir(folder)) == 1
    oss.reset()
    calls = Calls()
    result = t.upload(B, "r.bin", path, progress=calls)
    assert operations(oss)[0] == "ListParts"  # the checkpoint checked
    assert parts_sent(oss) == [6, 7, 8, 9, 10, 11]
    assert (result.resumed_parts, result.parts) == (5, 11)
    assert oss.oss.read_object(B, "r.bin") == data and oss.oss.uploads(B) == []
    assert calls.seen[0] == (5 * 100 * KIB, len(data))
    calls.check(len(data))
    assert os.listdir(folder) == []


def test_parallel_parts_resume_too(oss: Emulator, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 2000 * KIB)  # 20 parts, 3 at a time
    t = transfer(oss.endpoint, parallelism=3, checkpoint_dir=str(tmp_path / "cp"))
    refuse_part(oss, 9)
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "p.bin", path)
    [refused] = [r for r in part_requests(oss) if r.code is not None]
    assert refused.code == "AccessDenied" and len(part_requests(oss)) >= 9
    accepted = {
        int(r.query["partNumber"]) for r in part_requests(oss) if r.status == 200
    }
    [upload] = oss.oss.uploads(B)
    assert {p.number for p in oss.oss.parts(B, upload.upload_id)} == accepted
    oss.reset()
    result = t.upload(B, "p.bin", path)
    assert parts_sent(oss) == sorted(set(range(1, 21)) - accepted)
    assert result.resumed_parts == len(accepted)
    assert oss.oss.read_object(B, "p.bin") == data


def test_a_file_changed_between_attempts_starts_anew(
    oss: Emulator, tmp_path: Path
) -> None:
    path, data = data_file(tmp_path, 550 * KIB)
    t = transfer(oss.endpoint, parallelism=1, checkpoint_dir=str(tmp_path / "cp"))
    refuse_part(oss, 3)
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "c.bin", path)
    assert parts_sent(oss) == [1, 2, 3]
    with open(path, "ab") as out:
        out.write(b"more")
    oss.reset()
    result = t.upload(B, "c.bin", path)
    assert result.discarded_checkpoint is not None
    assert "size was 563200 bytes, it is 563204" in result.discarded_checkpoint
    assert operations(oss)[0] == "InitiateMultipartUpload"  # a new upload
    assert parts_sent(oss) == [1, 2, 3, 4, 5, 6]
    assert oss.oss.read_object(B, "c.bin") == data + b"more"


def test_a_file_changed_during_the_upload_is_refused(
    oss: Emulator, tmp_path: Path
) -> None:
    path, _ = data_file(tmp_path, 550 * KIB)

    def grow(done: int, total: int | None) -> None:
        if done > 200 * KIB and path.stat().st_size == 550 * KIB:
            with open(path, "ab") as out:
                out.write(b"!")

    t = transfer(oss.endpoint, parallelism=1, checkpoint_dir=str(tmp_path / "cp"))
    with pytest.raises(SourceChangedError, match="size changed from 563200 to 563201"):
        t.upload(B, "g.bin", path, progress=grow)
    assert "CompleteMultipartUpload" not in operations(oss)
    # aborted: its parts make no object
    assert operations(oss)[-1] == "AbortMultipartUpload"
    assert oss.oss.uploads(B) == [] and oss.oss.objects(B) == []
    assert os.listdir(tmp_path / "cp") == []

    def shrink(done: int, total: int | None) -> None:
        if done > 200 * KIB:
            os.truncate(path, 250 * KIB)

    with pytest.raises(SourceChangedError, match="shrank"):
        transfer(oss.endpoint, parallelism=1).upload(B, "s.bin", path, progress=shrink)
    assert oss.oss.uploads(B) == [] and oss.oss.objects(B) == []


def test_resumes_need_a_path(oss: Emulator, tmp_path: Path) -> None:
    t = transfer(oss.endpoint, checkpoint_dir=str(tmp_path))
    assert (
        t.upload(B, "k", iter([b"x" * 300 * KIB])).parts == 3
    )  # a stream: not resumable
    with pytest.raises(RequestValidationError, match="path only"):
        t.upload(B, "k", iter([b"x" * 300 * KIB]), checkpoint_dir=str(tmp_path))


# ------------------------------------------------------------------------------ integrity


def test_crc_mismatches_are_caught(oss: Emulator, tmp_path: Path) -> None:
    t = transfer(oss.endpoint)
    oss.oss.inject("wrong_crc", operation="UploadPart")  # a part's
    with pytest.raises(Crc64MismatchError, match=r"part \d+: crc64 mismatch"):
        t.upload(B, "m.bin", b"x" * 300 * KIB)
    assert operations(oss)[-1] == "AbortMultipartUpload"  # aborted
    assert oss.oss.uploads(B) == [] and oss.oss.objects(B) == []
    oss.oss.inject("wrong_crc", operation="PutObject")  # a small object's
    with pytest.raises(Crc64MismatchError, match="media/one: crc64 mismatch"):
        t.upload(B, "one", b"small")
    oss.oss.inject(
        "wrong_crc", operation="CompleteMultipartUpload"
    )  # the whole object's
    with pytest.raises(Crc64MismatchError, match=r"media/m\.bin"):
        t.upload(B, "m.bin", b"x" * 300 * KIB)
    oss.oss.put_object(B, "d.bin", b"abc" * 1000)
    oss.oss.inject("wrong_crc", operation="GetObject", count=2)  # a download's
    target = tmp_path / "d.bin"
    with pytest.raises(Crc64MismatchError):
        t.download(B, "d.bin", target)
    assert not target.exists() and os.listdir(tmp_path) == []
    with pytest.raises(Crc64MismatchError):
        b"".join(t.iter_object(B, "d.bin"))
    faulted = [(r.operation, r.fault.kind) for r in oss.oss.requests if r.fault]
    assert faulted == [
        ("UploadPart", "wrong_crc"),
        ("PutObject", "wrong_crc"),
        ("CompleteMultipartUpload", "wrong_crc"),
        ("GetObject", "wrong_crc"),
        ("GetObject", "wrong_crc"),
    ]


def test_progress_survives_retries(oss: Emulator, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 520 * KIB)  # 6 parts, 3 at a time
    # the 2nd part request breaks while its body is sent, the 4th is answered 500
    oss.oss.inject("drop", operation="UploadPart", skip=1, after_bytes=32 * KIB)
    oss.oss.inject("server_error", operation="UploadPart", skip=3)
    calls = Calls()
    transfer(oss.endpoint).upload(B, "pr.bin", path, progress=calls)
    calls.check(len(data))
    assert oss.oss.read_object(B, "pr.bin") == data
    faulted = [r for r in part_requests(oss) if r.fault]
    assert sorted(r.fault.kind for r in faulted if r.fault) == ["drop", "server_error"]
    sent = parts_sent(oss)  # each part once, and once more for each fault it met
    for number in range(1, 7):
        again = sum(r.query["partNumber"] == str(number) for r in faulted)
        assert sent.count(number) == 1 + again, (number, sent)


# ------------------------------------------------------------------------------ downloads


def test_downloads(oss: Emulator, tmp_path: Path) -> None:
    data = os.urandom(700 * KIB)
    oss.oss.put_object(B, "o.bin", data)
    t = transfer(oss.endpoint)
    calls = Calls()
    target = tmp_path / "out" / "o.bin"
    target.parent.mkdir()
    result = t.download(B, "o.bin", target, progress=calls)
    assert target.read_bytes() == data and result.crc64 == crc64(data)
    calls.check(len(data))
    assert os.listdir(target.parent) == ["o.bin"]
    sink = io.BytesIO()
    t.download(B, "o.bin", sink)
    assert sink.getvalue() == data
    assert b"".join(t.iter_object(B, "o.bin")) == data
    assert oss.oss.requests[-1].headers["accept-encoding"] == "identity"
    oss.oss.inject("cut", operation="GetObject")  # half the body, then the line breaks
    resumed = t.download(B, "o.bin", target)
    assert resumed.requests == 2 and target.read_bytes() == data
    last = oss.oss.requests[-1]
    assert (last.status, last.headers["range"]) == (206, f"bytes={len(data) // 2}-")
    assert last.headers["if-match"] == resumed.etag
    with pytest.raises(RequestValidationError, match="whole object"):
        t.download(B, "o.bin", target, headers={"Range": "bytes=0-1"})
    oss.oss.inject("cut", operation="GetObject", count=10)
    with pytest.raises(Exception, match="failed"):
        t.download(B, "o.bin", tmp_path / "never.bin")
    assert not (tmp_path / "never.bin").exists()


def test_presign_through_the_transfer(oss: Emulator) -> None:
    url = transfer(oss.endpoint).presign(
        "PUT", B, "up.bin", headers={"Content-Type": "a/b"}
    )
    assert url.signed_headers == {"Content-Type": "a/b"}
    assert httpx.put(
        url.url, content=b"via url", headers=dict(url.signed_headers)
    ).is_success
    assert oss.oss.read_object(B, "up.bin") == b"via url"
    assert oss.oss.object_info(B, "up.bin").content_type == "a/b"


# ------------------------------------------------------------------------------ async


def test_async_transfers(oss: Emulator, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 1050 * KIB)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(data), 33_333):
            yield data[i : i + 33_333]

    async def main() -> None:
        cp = str(tmp_path / "cp")
        t = async_transfer(oss.endpoint, parallelism=3, checkpoint_dir=cp)
        calls = Calls()
        result = await t.upload(B, "a/stream", chunks(), progress=calls)
        assert (result.parts, result.crc64) == (11, crc64(data))
        calls.check(len(data))
        assert oss.oss.read_object(B, "a/stream") == data
        oss.reset()
        refuse_part(oss, 6)
        serial = async_transfer(oss.endpoint, parallelism=1, checkpoint_dir=cp)
        with pytest.raises(PermissionDeniedError):
            await serial.upload(B, "a/path", path)
        assert parts_sent(oss) == [1, 2, 3, 4, 5, 6]
        oss.reset()
        resumed = await serial.upload(B, "a/path", path)
        assert parts_sent(oss) == [6, 7, 8, 9, 10, 11] and resumed.resumed_parts == 5
        assert oss.oss.read_object(B, "a/path") == data
        target = tmp_path / "back.bin"
        oss.oss.inject("cut", operation="GetObject")
        got = await t.download(B, "a/path", target)
        assert got.requests == 2 and target.read_bytes() == data
        assert oss.oss.requests[-1].headers["range"] == f"bytes={len(data) // 2}-"
        assert b"".join([c async for c in t.iter_object(B, "a/path")]) == data
        oss.oss.inject("wrong_crc", operation="UploadPart")
        with pytest.raises(Crc64MismatchError):
            await t.upload(B, "a/bad", data)
        assert operations(oss)[-1] == "AbortMultipartUpload"
        oss.oss.inject("wrong_crc", operation="GetObject")
        with pytest.raises(IntegrityError):
            await t.download(B, "a/path", tmp_path / "bad.bin")
        assert not (tmp_path / "bad.bin").exists()
        await t.sender.close()
        await serial.sender.close()

    asyncio.run(main())
