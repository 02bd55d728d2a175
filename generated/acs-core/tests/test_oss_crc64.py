"""CRC-64/XZ (OSS's `x-oss-hash-crc64ecma`): the check value, a bit-by-bit reference, combine.

The equality with crcmod and with both official SDKs' implementations is proven in the
repository's `tests/oss/test_sdk_crc64.py`; these need no SDK.
"""

from __future__ import annotations

import importlib
import random

import pytest

from acs_core.oss import crc64 as c

CHECK = 0x995DC9BBDF1939FA
POLY = 0xC96C5795D7870F42
MASK = (1 << 64) - 1
RNG = random.Random(20240517)
SIZES = [
    0,
    1,
    7,
    8,
    9,
    16,
    17,
    511,
    512,
    513,
    16383,
    16384,
    16385,
    65539,
    2 * 1024 * 1024 + 513,
]


def reference(data: bytes, crc: int = 0) -> int:
    """The definition, one bit at a time."""
    reg = crc ^ MASK
    for byte in data:
        reg ^= byte
        for _ in range(8):
            reg = (reg >> 1) ^ POLY if reg & 1 else reg >> 1
    return reg ^ MASK


def test_check_value() -> None:
    assert c.crc64(b"123456789") == c.crc64_pure(b"123456789") == CHECK
    assert reference(b"123456789") == CHECK
    assert c.Crc64(b"123456789").value == CHECK
    assert c.crc64(b"") == 0


@pytest.mark.parametrize("n", SIZES)
def test_pure_and_backend_equal_the_definition(n: int) -> None:
    data = RNG.randbytes(n)
    # the definition is slow: check it on a prefix, and the two fast paths on everything
    head = data[:4096]
    assert c.crc64_pure(head) == reference(head)
    expected = c.crc64_pure(data)
    assert c.crc64(data) == expected
    assert c.crc64_pure(bytearray(data)) == c.crc64_pure(memoryview(data)) == expected
    prev = reference(b"prefix")
    assert c.crc64_pure(data, prev) == c.crc64_pure(b"prefix" + data)


def test_uniform_data_and_non_byte_memoryview() -> None:
    for data in (bytes(100_000), b"\xff" * 70_001, b"ab" * 40_000):
        assert c.crc64_pure(data) == c.crc64(data)
    words = memoryview(bytearray(RNG.randbytes(40_000))).cast("I")
    assert c.crc64_pure(words) == c.crc64_pure(words.tobytes())


@pytest.mark.parametrize("seed", range(6))
def test_combine_is_the_crc_of_the_concatenation(seed: int) -> None:
    rng = random.Random(seed)
    a, b = rng.randbytes(rng.randrange(0, 5000)), rng.randbytes(rng.randrange(0, 5000))
    assert c.combine(c.crc64(a), c.crc64(b), len(b)) == c.crc64(a + b)


def test_combine_large_lengths_equal_the_sdks_values() -> None:
    """Values computed with alibabacloud-oss-v2's `Crc64.combine` (equal to oss2's)."""
    c1, c2 = 0x0123456789ABCDEF, 0xFEDCBA9876543210
    assert c.combine(c1, c2, 10**12) == 562854813474839929
    assert c.combine(c1, c2, 6 * 1024 * 1024) == 5328908019255134301
    assert c.combine(123, 456, 0) == 123


def test_streaming_class() -> None:
    data = RNG.randbytes(100_000)
    h = c.Crc64()
    for i in range(0, len(data), 7777):
        h.update(data[i : i + 7777])
    assert (h.value, h.length) == (c.crc64(data), len(data))
    assert h.digest() == c.crc64(data).to_bytes(8, "big")
    assert h.hexdigest() == f"{c.crc64(data):016X}"
    copy = h.copy()
    copy.update(b"more")
    assert h.value == c.crc64(data) and copy.value == c.crc64(data + b"more")
    assert h.write(b"xy") == 2
    parts = c.Crc64()
    for piece in (data[:1000], data[1000:]):
        parts.append(c.crc64(piece), len(piece))
    assert (parts.value, parts.length) == (c.crc64(data), len(data))


def test_header_check() -> None:
    c.check_crc64_header(CHECK, str(CHECK))
    c.check_crc64_header(CHECK, None)  # absent header: no check, like both SDKs
    with pytest.raises(c.Crc64MismatchError, match="part 3: crc64 mismatch") as info:
        c.check_crc64_header(CHECK, str(CHECK + 1), "part 3")
    assert (info.value.client_crc, info.value.server_crc) == (CHECK, CHECK + 1)
    assert isinstance(info.value, ValueError)
    with pytest.raises(ValueError, match="not a decimal"):
        c.check_crc64_header(CHECK, "0x12")
    c.Crc64(b"123456789").check("11051210869376104954")


def test_argument_errors() -> None:
    with pytest.raises(ValueError, match="64-bit"):
        c.crc64(b"x", -1)
    with pytest.raises(ValueError, match="64-bit"):
        c.crc64_pure(b"x", 1 << 64)
    with pytest.raises(ValueError, match="len2"):
        c.combine(1, 2, -1)


def test_fallback_without_crcmod(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_crcmod(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", no_crcmod)
    assert c._load_crcmod() is None
    monkeypatch.setattr(c, "_c_crc64", None)
    data = RNG.randbytes(50_000)
    h = c.Crc64()
    h.update(data[:123])
    h.update(data[123:])
    assert h.value == c.crc64(data) == c.crc64_pure(data)
