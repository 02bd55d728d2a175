"""CRC-64/XZ: check value, crcmod, both SDKs' Crc64 and combine, SDK checks."""

from __future__ import annotations

import random

import alibabacloud_oss_v2 as oss
import alibabacloud_oss_v2.crc as v2crc
import crcmod
import oss2
import oss2.utils
import pytest
from acs_core.oss import crc64 as c
from acs_core.testing import Emulator
from oss_sdk import AK, REGION, SK, v2_client

CHECK = 0x995DC9BBDF1939FA
crcmod_fn = crcmod.mkCrcFun(
    0x142F0E1EBA9EA3693, initCrc=0, rev=True, xorOut=0xFFFFFFFFFFFFFFFF
)
RNG = random.Random(20240517)
SIZES = [
    0,
    1,
    2,
    7,
    8,
    9,
    15,
    16,
    17,
    31,
    33,
    511,
    512,
    513,
    1023,
    4096,
    16383,
    16384,
    16385,
    65536 + 3,
    2 * 1024 * 1024 - 1,
    2 * 1024 * 1024 + 513,
    3 * 1024 * 1024 + 77,
]


def data_of(n: int) -> bytes:
    return RNG.randbytes(n)


def test_check_value() -> None:
    assert c.crc64(b"123456789") == CHECK
    assert c.crc64_pure(b"123456789") == CHECK
    assert c.Crc64(b"123456789").value == CHECK
    assert c.crc64(b"") == 0
    assert crcmod_fn(b"123456789") == CHECK
    h = oss2.utils.Crc64()
    h.update(b"123456789")
    assert h.crc == CHECK
    v = v2crc.Crc64(0)
    v.update(b"123456789")
    assert v.sum64() == CHECK


def test_pure_equals_crcmod_and_sdks() -> None:
    for n in SIZES:
        _equal(data_of(n))


def _equal(data: bytes) -> None:
    expected = crcmod_fn(data)
    assert c.crc64_pure(data) == expected
    assert c.crc64(data) == expected
    assert c.crc64_pure(bytearray(data)) == expected
    assert c.crc64_pure(memoryview(data)) == expected
    prev = crcmod_fn(b"prefix")
    assert (
        c.crc64_pure(data, prev) == crcmod_fn(data, prev) == crcmod_fn(b"prefix" + data)
    )
    h = oss2.utils.Crc64()
    h.update(data)
    assert h.crc == expected


def test_uniform_data_and_non_byte_memoryview() -> None:
    for data in (bytes(100_000), b"\xff" * 70_001, b"ab" * 40_000):
        assert c.crc64_pure(data) == crcmod_fn(data)
    words = memoryview(bytearray(data_of(40_000))).cast("I")
    assert c.crc64_pure(words) == crcmod_fn(words.tobytes())


def test_combine_equals_both_sdks() -> None:
    for seed in range(12):
        _combine(random.Random(seed))


def _combine(rng: random.Random) -> None:
    a = rng.randbytes(rng.randrange(0, 5000))
    b = rng.randbytes(rng.randrange(0, 5000))
    ca, cb = crcmod_fn(a), crcmod_fn(b)
    ours = c.combine(ca, cb, len(b))
    assert ours == crcmod_fn(a + b)
    assert ours == oss2.utils.Crc64().combine(ca, cb, len(b))
    assert ours == v2crc.Crc64.combine(ca, cb, len(b))


def test_combine_large_lengths_equal_sdks() -> None:
    c1, c2 = 0x0123456789ABCDEF, 0xFEDCBA9876543210
    for len2 in (1, 7, 8, 1000, 6 * 1024 * 1024, 10**12, 2**40 + 12345):
        assert c.combine(c1, c2, len2) == v2crc.Crc64.combine(c1, c2, len2)
        assert c.combine(c1, c2, len2) == oss2.utils.Crc64().combine(c1, c2, len2)


def test_combine_zero_length_returns_crc1_like_sdks() -> None:
    assert c.combine(123, 456, 0) == 123 == v2crc.Crc64.combine(123, 456, 0)


def test_multipart_combination() -> None:
    parts = [data_of(n) for n in (100 * 1024, 100 * 1024, 1000)]
    stream = c.Crc64()
    for p in parts:
        stream.append(c.crc64(p), len(p))
    assert stream.value == crcmod_fn(b"".join(parts))
    assert stream.length == sum(map(len, parts))


def test_streaming_class() -> None:
    data = data_of(100_000)
    h = c.Crc64()
    for i in range(0, len(data), 7777):
        h.update(data[i : i + 7777])
    assert h.value == crcmod_fn(data)
    assert h.length == len(data)
    ref = crcmod.Crc(
        0x142F0E1EBA9EA3693, initCrc=0, rev=True, xorOut=0xFFFFFFFFFFFFFFFF
    )
    ref.update(data)
    assert h.digest() == ref.digest()
    assert h.hexdigest() == ref.hexdigest()
    copy = h.copy()
    copy.update(b"more")
    assert h.value == crcmod_fn(data)
    assert copy.value == crcmod_fn(data + b"more")
    assert h.write(b"xy") == 2
    assert c.Crc64(b"123", crc=0).value == crcmod_fn(b"123")


def test_header_check() -> None:
    c.check_crc64_header(CHECK, str(CHECK))
    c.check_crc64_header(CHECK, None)  # absent header: no check, like both SDKs
    with pytest.raises(c.Crc64MismatchError, match="mismatch"):
        c.check_crc64_header(CHECK, str(CHECK + 1))
    with pytest.raises(ValueError, match="not a decimal"):
        c.check_crc64_header(CHECK, "0x12")
    h = c.Crc64(b"123456789")
    h.check("11051210869376104954")


def test_argument_errors() -> None:
    with pytest.raises(ValueError, match="64-bit"):
        c.crc64(b"x", -1)
    with pytest.raises(ValueError, match="64-bit"):
        c.crc64_pure(b"x", 1 << 64)
    with pytest.raises(ValueError, match="len2"):
        c.combine(1, 2, -1)


def test_backend_here_is_c() -> None:
    assert c.BACKEND == "crcmod-c"


# ------------------------------------------------------- SDK checks on the wire

B = "examplebucket"


def _oss2_bucket(endpoint: str) -> oss2.Bucket:
    return oss2.Bucket(oss2.Auth(AK, SK), endpoint, B, region=REGION)


def test_sdks_reject_wrong_crc_on_put(emu: Emulator) -> None:
    emu.oss.inject("wrong_crc", count=2, operation="PutObject")
    with pytest.raises(oss.exceptions.OperationError) as info:
        v2_client(emu.endpoint).put_object(
            oss.PutObjectRequest(bucket=B, key="k", body=b"abc")
        )
    assert isinstance(info.value.unwrap(), oss.exceptions.InconsistentError)
    with pytest.raises(oss2.exceptions.InconsistentError):
        _oss2_bucket(emu.endpoint).put_object("k", b"abc")
    assert [r.fault.kind if r.fault else None for r in emu.oss.requests] == [
        "wrong_crc",
        "wrong_crc",
    ]


def test_sdks_skip_check_without_header(emu: Emulator) -> None:
    emu.oss.inject("no_crc", count=2)
    v2_client(emu.endpoint).put_object(
        oss.PutObjectRequest(bucket=B, key="k", body=b"abc")
    )
    _oss2_bucket(emu.endpoint).put_object("k", b"abc")
    assert [r.fault.kind if r.fault else None for r in emu.oss.requests] == [
        "no_crc",
        "no_crc",
    ]


def test_download_checks(emu: Emulator, tmp_path: pytest.TempPathFactory) -> None:
    client = v2_client(emu.endpoint)
    bucket = _oss2_bucket(emu.endpoint)
    client.put_object(oss.PutObjectRequest(bucket=B, key="k", body=b"abc" * 100))
    emu.oss.inject("wrong_crc", count=2, operation="GetObject")
    # plain GetObject: neither SDK checks
    assert (
        client.get_object(oss.GetObjectRequest(bucket=B, key="k")).body.read()
        == b"abc" * 100
    )
    assert bucket.get_object("k").read() == b"abc" * 100
    # ...to_file: both check (whole object only)
    target = str(tmp_path) + "/out.bin"  # type: ignore[operator]
    emu.reset()
    # oss-v2 quirk: get_object_to_file tries retry_max_attempts - 1 times, so
    # with retry_max_attempts=1 it sends nothing and returns None
    assert (
        client.get_object_to_file(oss.GetObjectRequest(bucket=B, key="k"), target)
        is None
    )
    assert emu.oss.requests == []
    emu.oss.inject("wrong_crc", count=4, operation="GetObject")
    retrying = v2_client(emu.endpoint, retry_max_attempts=3)
    with pytest.raises(oss.exceptions.InconsistentError):
        retrying.get_object_to_file(oss.GetObjectRequest(bucket=B, key="k"), target)
    assert len(emu.oss.requests) == 2
    with pytest.raises(oss2.exceptions.InconsistentError):
        bucket.get_object_to_file("k", target)
    bucket.get_object_to_file("k", target, byte_range=(0, 9))  # ranges: not checked
    # every answer carried the wrong CRC-64, the range's too
    assert [(r.status, r.fault and r.fault.kind) for r in emu.oss.requests] == [
        (200, "wrong_crc")
    ] * 3 + [(206, "wrong_crc")]
    assert emu.oss.pending_faults == []


def test_multipart_combined_crc_check(
    emu: Emulator, tmp_path: pytest.TempPathFactory
) -> None:
    """Both SDKs combine the per-part x-oss-hash-crc64ecma values and compare
    with the one CompleteMultipartUpload returns."""
    import io

    data = data_of(250 * 1024)
    src = str(tmp_path) + "/src.bin"  # type: ignore[operator]
    with open(src, "wb") as f:
        f.write(data)
    # every CompleteMultipartUpload below is answered a wrong CRC-64
    emu.oss.inject("wrong_crc", count=4, operation="CompleteMultipartUpload")
    client = v2_client(emu.endpoint)
    uploader = client.uploader(part_size=100 * 1024)
    with pytest.raises(Exception, match="crc is inconsistent"):
        uploader.upload_file(oss.PutObjectRequest(bucket=B, key="mp"), src)
    # quirk: upload_from (a stream) never turns the combined check on
    uploader.upload_from(oss.PutObjectRequest(bucket=B, key="mp"), io.BytesIO(data))
    bucket = _oss2_bucket(emu.endpoint)
    upload_id = bucket.init_multipart_upload("mp2").upload_id
    infos = []
    for n, off in enumerate(range(0, len(data), 100 * 1024), start=1):
        chunk = data[off : off + 100 * 1024]
        r = bucket.upload_part("mp2", upload_id, n, chunk)
        assert r.crc == c.crc64(chunk)
        infos.append(oss2.models.PartInfo(n, r.etag, size=len(chunk), part_crc=r.crc))
    with pytest.raises(oss2.exceptions.InconsistentError):
        bucket.complete_multipart_upload("mp2", upload_id, infos)
    # what they compare against: our combine of the parts == the true CRC
    total = c.Crc64()
    for info in infos:
        total.append(info.part_crc, info.size)
    assert total.value == c.crc64(data)
    # PartInfo without size/crc (the usual hand-written case): oss2 skips the check
    upload_id = bucket.init_multipart_upload("mp3").upload_id
    r = bucket.upload_part("mp3", upload_id, 1, b"zz")
    bucket.complete_multipart_upload(
        "mp3", upload_id, [oss2.models.PartInfo(1, r.etag)]
    )
    assert emu.oss.pending_faults == []
    assert emu.oss.read_object(B, "mp") == data
    assert emu.oss.read_object(B, "mp3") == b"zz"


def test_fallback_without_crcmod(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    def no_crcmod(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", no_crcmod)
    assert c._load_crcmod() is None
    monkeypatch.setattr(c, "_c_crc64", None)
    data = data_of(50_000)
    assert c.crc64(data) == crcmod_fn(data)
    h = c.Crc64()
    h.update(data[:123])
    h.update(data[123:])
    assert h.value == crcmod_fn(data)
