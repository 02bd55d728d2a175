"""`Transfer` and `AsyncTransfer` against the loopback OSS stand-in: bounded memory, resumes,
changed sources, CRC-64 end to end, progress, downloads."""

from __future__ import annotations

import asyncio
import io
import os
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from oss_fake import FakeOSS

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

B = "examplebucket"
KIB = 1024
MIB = 1024 * KIB
KEYS: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "secret"}
FAST: dict[str, Any] = {"backoff_base": 0.001, "backoff_max": 0.01}


def transfer(fake_oss: FakeOSS, **kw: Any) -> Transfer:
    sender = Sender("cn-hangzhou", endpoint=fake_oss.endpoint, **KEYS, **FAST)
    return Transfer(sender, **{"part_size": 100 * KIB, **kw})


def async_transfer(fake_oss: FakeOSS, **kw: Any) -> AsyncTransfer:
    sender = AsyncSender("cn-hangzhou", endpoint=fake_oss.endpoint, **KEYS, **FAST)
    return AsyncTransfer(sender, **{"part_size": 100 * KIB, **kw})


def parts_sent(fake_oss: FakeOSS) -> list[int]:
    return sorted(
        int(r.query["partNumber"]) for r in fake_oss.requests if "partNumber" in r.query
    )


def is_part(number: int) -> Any:
    return lambda rec: rec.query.get("partNumber") == str(number)


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


def test_a_50_mib_file_goes_multipart_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    with open(path, "wb") as out:
        for _ in range(50):
            out.write(os.urandom(64 * KIB) * 16)  # 1 MiB, different each time
    size = path.stat().st_size
    with FakeOSS(
        credentials={"id": "secret"}, keep_data=False, keep_body=0
    ) as fake_oss:
        calls = Calls()
        tracemalloc.start()
        try:
            result = transfer(fake_oss, part_size=6 * MIB).upload(
                B, "big.bin", path, progress=calls
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        stored = fake_oss.state.objects[(B, "big.bin")]
    assert (result.parts, result.size, stored.size) == (9, size, size)
    assert result.crc64 == stored.crc == crc64(path.read_bytes())
    assert peak < 8 * MIB, f"peak {peak} bytes for a {size}-byte file"
    calls.check(size)


def test_a_stream_holds_at_most_parallelism_parts(tmp_path: Path) -> None:
    block = os.urandom(64 * KIB)

    def chunks() -> Iterator[bytes]:
        for _ in range(24 * 16):  # 24 MiB in 64 KiB chunks, size unknown
            yield block

    with FakeOSS(
        credentials={"id": "secret"}, keep_data=False, keep_body=0
    ) as fake_oss:
        tracemalloc.start()
        try:
            result = transfer(fake_oss, part_size=1 * MIB).upload(B, "s.bin", chunks())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert (result.parts, result.size) == (24, 24 * MIB)
    assert peak < 3 * MIB + 2 * MIB, f"peak {peak}"


# ------------------------------------------------------------------------------ sources


def test_every_kind_of_source(fake_oss: FakeOSS, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 350 * KIB)
    t = transfer(fake_oss)
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
        assert fake_oss.data(B, f"k/{name}") == data, name
        assert (result.parts, result.crc64) == (4, crc64(data)), name
    sources["file"].close()
    small = t.upload(B, "small.txt", iter([b"tiny"]))
    assert small.parts == 0 and fake_oss.last().method == "PUT"
    assert fake_oss.last().header("Content-Type") == "text/plain"
    assert t.upload(B, "empty", b"").size == 0
    exact = t.upload(
        B, "exact", iter([b"x" * 100 * KIB])
    )  # one whole part, then nothing
    assert exact.parts == 1 and fake_oss.data(B, "exact") == b"x" * 100 * KIB


def test_headers_go_with_the_upload(fake_oss: FakeOSS) -> None:
    t = transfer(fake_oss)
    meta = {"x-oss-meta-owner": "alice", "Cache-Control": "no-cache"}
    t.upload(B, "a.bin", b"x" * 300 * KIB, headers=meta, content_type="video/mp4")
    initiate = next(r for r in fake_oss.requests if "uploads" in r.query)
    assert initiate.header("x-oss-meta-owner") == "alice"
    assert initiate.header("Content-Type") == "video/mp4"
    with pytest.raises(RequestValidationError, match="content_type"):
        t.upload(B, "b", b"x", headers={"content-type": "a/b"}, content_type="c/d")
    with pytest.raises(RequestValidationError) as info:
        t.upload("Bad_Bucket", "k", b"x")
    assert info.value.parameter == "bucket"
    with pytest.raises(RequestValidationError, match="part_size"):
        Transfer(t.sender, part_size=1000)


# ------------------------------------------------------------------------------ resume


def test_a_resumed_upload_sends_only_the_missing_parts(
    fake_oss: FakeOSS, tmp_path: Path
) -> None:
    path, data = data_file(tmp_path, 1050 * KIB)  # 11 parts of 100 KiB
    folder = str(tmp_path / "checkpoints")
    t = transfer(fake_oss, parallelism=1, checkpoint_dir=folder)
    fake_oss.fail(is_part(6), status=403, code="AccessDenied")
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "r.bin", path)
    assert parts_sent(fake_oss) == [1, 2, 3, 4, 5, 6]
    assert not any(
        r.method == "DELETE" for r in fake_oss.requests
    )  # kept for the resume
    assert len(os.listdir(folder)) == 1
    fake_oss.clear()
    calls = Calls()
    result = t.upload(B, "r.bin", path, progress=calls)
    assert parts_sent(fake_oss) == [6, 7, 8, 9, 10, 11]
    assert (result.resumed_parts, result.parts) == (5, 11)
    assert fake_oss.data(B, "r.bin") == data
    assert calls.seen[0] == (5 * 100 * KIB, len(data))
    calls.check(len(data))
    assert os.listdir(folder) == []


def test_parallel_parts_resume_too(fake_oss: FakeOSS, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 2000 * KIB)  # 20 parts, 3 at a time
    t = transfer(fake_oss, parallelism=3, checkpoint_dir=str(tmp_path / "cp"))
    fake_oss.fail(is_part(9), status=403, code="AccessDenied")
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "p.bin", path)
    accepted = set(parts_sent(fake_oss)) - {9}
    fake_oss.clear()
    result = t.upload(B, "p.bin", path)
    assert parts_sent(fake_oss) == sorted(set(range(1, 21)) - accepted)
    assert result.resumed_parts == len(accepted)
    assert fake_oss.data(B, "p.bin") == data


def test_a_file_changed_between_attempts_starts_anew(
    fake_oss: FakeOSS, tmp_path: Path
) -> None:
    path, data = data_file(tmp_path, 550 * KIB)
    t = transfer(fake_oss, parallelism=1, checkpoint_dir=str(tmp_path / "cp"))
    fake_oss.fail(is_part(3), status=403, code="AccessDenied")
    with pytest.raises(PermissionDeniedError):
        t.upload(B, "c.bin", path)
    with open(path, "ab") as out:
        out.write(b"more")
    fake_oss.clear()
    result = t.upload(B, "c.bin", path)
    assert result.discarded_checkpoint is not None
    assert "size was 563200 bytes, it is 563204" in result.discarded_checkpoint
    assert parts_sent(fake_oss) == [1, 2, 3, 4, 5, 6]
    assert fake_oss.data(B, "c.bin") == data + b"more"


def test_a_file_changed_during_the_upload_is_refused(
    fake_oss: FakeOSS, tmp_path: Path
) -> None:
    path, _ = data_file(tmp_path, 550 * KIB)

    def grow(done: int, total: int | None) -> None:
        if done > 200 * KIB and path.stat().st_size == 550 * KIB:
            with open(path, "ab") as out:
                out.write(b"!")

    t = transfer(fake_oss, parallelism=1, checkpoint_dir=str(tmp_path / "cp"))
    with pytest.raises(SourceChangedError, match="size changed from 563200 to 563201"):
        t.upload(B, "g.bin", path, progress=grow)
    assert not any(
        "uploadId" in r.query and r.method == "POST" for r in fake_oss.requests
    )
    assert fake_oss.last().method == "DELETE"  # aborted: its parts make no object
    assert os.listdir(tmp_path / "cp") == []

    def shrink(done: int, total: int | None) -> None:
        if done > 200 * KIB:
            os.truncate(path, 250 * KIB)

    with pytest.raises(SourceChangedError, match="shrank"):
        transfer(fake_oss, parallelism=1).upload(B, "s.bin", path, progress=shrink)


def test_resumes_need_a_path(fake_oss: FakeOSS, tmp_path: Path) -> None:
    t = transfer(fake_oss, checkpoint_dir=str(tmp_path))
    assert (
        t.upload(B, "k", iter([b"x" * 300 * KIB])).parts == 3
    )  # a stream: not resumable
    with pytest.raises(RequestValidationError, match="path only"):
        t.upload(B, "k", iter([b"x" * 300 * KIB]), checkpoint_dir=str(tmp_path))


# ------------------------------------------------------------------------------ integrity


def test_crc_mismatches_are_caught(fake_oss: FakeOSS, tmp_path: Path) -> None:
    t = transfer(fake_oss)
    fake_oss.state.corrupt_crc = True
    with pytest.raises(Crc64MismatchError, match=r"part \d+: crc64 mismatch"):
        t.upload(B, "m.bin", b"x" * 300 * KIB)
    assert any(r.method == "DELETE" for r in fake_oss.requests)  # aborted
    with pytest.raises(Crc64MismatchError, match="examplebucket/one: crc64 mismatch"):
        t.upload(B, "one", b"small")
    fake_oss.state.corrupt_crc = False
    fake_oss.state.corrupt_complete_crc = True
    with pytest.raises(Crc64MismatchError, match=r"examplebucket/m\.bin"):
        t.upload(B, "m.bin", b"x" * 300 * KIB)
    fake_oss.state.corrupt_complete_crc = False
    fake_oss.put(B, "d.bin", b"abc" * 1000)
    fake_oss.state.corrupt_crc = True
    target = tmp_path / "d.bin"
    with pytest.raises(Crc64MismatchError):
        t.download(B, "d.bin", target)
    assert not target.exists() and os.listdir(tmp_path) == []
    with pytest.raises(Crc64MismatchError):
        b"".join(t.iter_object(B, "d.bin"))


def test_progress_survives_retries(fake_oss: FakeOSS, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 520 * KIB)
    fake_oss.fail(is_part(2), kind="drop")
    fake_oss.fail(is_part(4), status=500)
    calls = Calls()
    transfer(fake_oss).upload(B, "pr.bin", path, progress=calls)
    calls.check(len(data))
    assert parts_sent(fake_oss).count(2) == 2 and parts_sent(fake_oss).count(4) == 2


# ------------------------------------------------------------------------------ downloads


def test_downloads(fake_oss: FakeOSS, tmp_path: Path) -> None:
    data = os.urandom(700 * KIB)
    fake_oss.put(B, "o.bin", data)
    t = transfer(fake_oss)
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
    assert fake_oss.last().header("Accept-Encoding") == "identity"
    fake_oss.fail(lambda rec: rec.method == "GET", kind="cut")
    resumed = t.download(B, "o.bin", target)
    assert resumed.requests == 2 and target.read_bytes() == data
    assert fake_oss.last().header("Range") == f"bytes={len(data) // 2}-"
    assert fake_oss.last().header("If-Match") == resumed.etag
    with pytest.raises(RequestValidationError, match="whole object"):
        t.download(B, "o.bin", target, headers={"Range": "bytes=0-1"})
    fake_oss.fail(lambda rec: rec.method == "GET", kind="cut", count=10)
    with pytest.raises(Exception, match="failed"):
        t.download(B, "o.bin", tmp_path / "never.bin")
    assert not (tmp_path / "never.bin").exists()


def test_presign_through_the_transfer(fake_oss: FakeOSS) -> None:
    url = transfer(fake_oss).presign(
        "PUT", B, "up.bin", headers={"Content-Type": "a/b"}
    )
    assert url.signed_headers == {"Content-Type": "a/b"}
    import httpx

    assert httpx.put(
        url.url, content=b"via url", headers=dict(url.signed_headers)
    ).is_success
    assert fake_oss.data(B, "up.bin") == b"via url"


# ------------------------------------------------------------------------------ async


def test_async_transfers(fake_oss: FakeOSS, tmp_path: Path) -> None:
    path, data = data_file(tmp_path, 1050 * KIB)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(data), 33_333):
            yield data[i : i + 33_333]

    async def main() -> None:
        t = async_transfer(fake_oss, parallelism=3, checkpoint_dir=str(tmp_path / "cp"))
        calls = Calls()
        result = await t.upload(B, "a/stream", chunks(), progress=calls)
        assert (result.parts, result.crc64) == (11, crc64(data))
        calls.check(len(data))
        assert fake_oss.data(B, "a/stream") == data
        fake_oss.fail(is_part(6), status=403, code="AccessDenied")
        serial = async_transfer(
            fake_oss, parallelism=1, checkpoint_dir=str(tmp_path / "cp")
        )
        with pytest.raises(PermissionDeniedError):
            await serial.upload(B, "a/path", path)
        fake_oss.clear()
        resumed = await serial.upload(B, "a/path", path)
        assert (
            parts_sent(fake_oss) == [6, 7, 8, 9, 10, 11] and resumed.resumed_parts == 5
        )
        target = tmp_path / "back.bin"
        fake_oss.fail(lambda rec: rec.method == "GET", kind="cut")
        got = await t.download(B, "a/path", target)
        assert got.requests == 2 and target.read_bytes() == data
        assert b"".join([c async for c in t.iter_object(B, "a/path")]) == data
        fake_oss.state.corrupt_crc = True
        with pytest.raises(Crc64MismatchError):
            await t.upload(B, "a/bad", data)
        with pytest.raises(IntegrityError):
            await t.download(B, "a/path", tmp_path / "bad.bin")
        await t.sender.close()

    asyncio.run(main())
