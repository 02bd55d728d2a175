"""CRC-64/XZ (CRC-64/ECMA-182 as used by xz), the checksum OSS reports.

OSS answers ``x-oss-hash-crc64ecma: <decimal>`` on uploads and downloads. The
value is the CRC-64/XZ of the object bytes: reflected polynomial
0xC96C5795D7870F42 (normal form 0x42F0E1EBA9EA3693), initial register all
ones, final XOR all ones. ``crc64(b"123456789") == 0x995DC9BBDF1939FA``.

It is the same function as ``crcmod.mkCrcFun(0x142F0E1EBA9EA3693, initCrc=0,
rev=True, xorOut=0xFFFFFFFFFFFFFFFF)`` (what oss2 and alibabacloud-oss-v2 use):
the ``crc`` argument continues a previous result, so
``crc64(b, crc64(a)) == crc64(a + b)``.

Two implementations live here:

* a stdlib-only one. Inputs of at least ``_PLANAR_MIN`` bytes go through a
  "planar" method: the data is cut into 512-byte blocks; because the CRC is
  linear over GF(2), the contribution of every byte that does not touch the
  running register is computed for all blocks at once with ``bytes.translate``
  (one translation table per byte position and output byte) and XOR-ed as big
  integers; a short Python loop then chains the blocks. Shorter inputs use
  slicing-by-16 tables.
* crcmod's C extension (crcmod-plus, or crcmod 1.7 where it compiled), used by
  ``crc64`` when importable. ``BACKEND`` says which is in use.
"""

from __future__ import annotations

import importlib
import struct
from collections.abc import Callable, Sequence
from typing import Final

from .errors import IntegrityError

__all__ = [
    "BACKEND",
    "Crc64",
    "Crc64MismatchError",
    "check_crc64_header",
    "combine",
    "crc64",
    "crc64_pure",
]

Buffer = bytes | bytearray | memoryview

_POLY_REFLECTED: Final = 0xC96C5795D7870F42
_MASK: Final = 0xFFFFFFFFFFFFFFFF
# crcmod's spelling of the same CRC (polynomial with the x^64 term).
_CRCMOD_POLY: Final = 0x142F0E1EBA9EA3693

_BLOCK: Final = 512  # bytes per block of the planar method
_CHUNK_BLOCKS: Final = 4096  # blocks handled per pass (2 MiB of input)
_PLANAR_MIN: Final = 16 * 1024  # below this, slicing-by-16 is faster


def _byte_table() -> list[int]:
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ _POLY_REFLECTED if c & 1 else c >> 1
        table.append(c)
    return table


_T0: Final = _byte_table()


def _next_table(prev: Sequence[int]) -> list[int]:
    """Table for a byte followed by one more byte than ``prev``'s."""
    t0 = _T0
    return [(v >> 8) ^ t0[v & 0xFF] for v in prev]


def _slicing_tables(count: int) -> list[list[int]]:
    """``tables[m][b]``: register contribution of byte ``b`` followed by ``m`` bytes."""
    tables = [_T0]
    while len(tables) < count:
        tables.append(_next_table(tables[-1]))
    return tables


_S16: Final = _slicing_tables(16)
_UNPACK16: Final = struct.Struct("<Q8B").iter_unpack


def _update_bytewise(reg: int, data: Buffer) -> int:
    t0 = _T0
    for b in data:
        reg = t0[(reg ^ b) & 0xFF] ^ (reg >> 8)
    return reg


def _update_sliced(reg: int, data: Buffer) -> int:
    """Slicing-by-16: 16 table lookups per 16 input bytes."""
    t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15 = _S16
    n = len(data) - len(data) % 16
    view = memoryview(data)
    for w, d0, d1, d2, d3, d4, d5, d6, d7 in _UNPACK16(view[:n]):
        b0, b1, b2, b3, b4, b5, b6, b7 = (reg ^ w).to_bytes(8, "little")
        reg = (
            t15[b0]
            ^ t14[b1]
            ^ t13[b2]
            ^ t12[b3]
            ^ t11[b4]
            ^ t10[b5]
            ^ t9[b6]
            ^ t8[b7]
            ^ t7[d0]
            ^ t6[d1]
            ^ t5[d2]
            ^ t4[d3]
            ^ t3[d4]
            ^ t2[d5]
            ^ t1[d6]
            ^ t0[d7]
        )
    return _update_bytewise(reg, view[n:])


class _Planar:
    """Tables for the planar method, built on first use (about 0.1 s, 1 MiB)."""

    __slots__ = ("advance", "translate")

    def __init__(self) -> None:
        # translate[p][j]: byte j of the contribution of a byte at position p
        # of a block, i.e. followed by _BLOCK - 1 - p bytes.
        translate: list[tuple[bytes, ...]] = [()] * _BLOCK
        advance: list[list[int]] = []
        table = _T0
        for m in range(_BLOCK):
            translate[_BLOCK - 1 - m] = tuple(
                bytes((v >> shift) & 0xFF for v in table) for shift in range(0, 64, 8)
            )
            if m >= _BLOCK - 8:
                advance.append(table)
            if m + 1 < _BLOCK:
                table = _next_table(table)
        self.translate = translate
        # advance[k]: contribution of register byte k carried across a block.
        self.advance = advance[::-1]


_planar_tables: _Planar | None = None


def _update_planar(reg: int, data: Buffer) -> int:
    global _planar_tables
    if _planar_tables is None:
        _planar_tables = _Planar()
    translate = _planar_tables.translate
    a0, a1, a2, a3, a4, a5, a6, a7 = _planar_tables.advance
    from_bytes = int.from_bytes
    view = memoryview(data)
    total = len(view)
    pos = 0
    while total - pos >= _BLOCK:
        nblocks = min((total - pos) // _BLOCK, _CHUNK_BLOCKS)
        end = pos + nblocks * _BLOCK
        chunk = bytes(view[pos:end])
        # p0..p7 hold byte 0..7 of every block's own (zero-register) CRC,
        # one byte per block, as little-endian big integers.
        p0 = p1 = p2 = p3 = p4 = p5 = p6 = p7 = 0
        for position in range(_BLOCK):
            column = chunk[position::_BLOCK]
            tt = translate[position]
            p0 ^= from_bytes(column.translate(tt[0]), "little")
            p1 ^= from_bytes(column.translate(tt[1]), "little")
            p2 ^= from_bytes(column.translate(tt[2]), "little")
            p3 ^= from_bytes(column.translate(tt[3]), "little")
            p4 ^= from_bytes(column.translate(tt[4]), "little")
            p5 ^= from_bytes(column.translate(tt[5]), "little")
            p6 ^= from_bytes(column.translate(tt[6]), "little")
            p7 ^= from_bytes(column.translate(tt[7]), "little")
        words = bytearray(8 * nblocks)
        for j, plane in enumerate((p0, p1, p2, p3, p4, p5, p6, p7)):
            words[j::8] = plane.to_bytes(nblocks, "little")
        for own in memoryview(words).cast("Q"):
            b0, b1, b2, b3, b4, b5, b6, b7 = reg.to_bytes(8, "little")
            reg = (
                a0[b0]
                ^ a1[b1]
                ^ a2[b2]
                ^ a3[b3]
                ^ a4[b4]
                ^ a5[b5]
                ^ a6[b6]
                ^ a7[b7]
                ^ own
            )
        pos = end
    return _update_sliced(reg, view[pos:])


def crc64_pure(data: Buffer, crc: int = 0) -> int:
    """CRC-64/XZ of ``data`` continuing from ``crc``; stdlib only."""
    if not 0 <= crc <= _MASK:
        raise ValueError(f"crc must be an unsigned 64-bit value, got {crc!r}")
    if isinstance(data, memoryview) and (data.ndim != 1 or data.itemsize != 1):
        data = data.cast("B")
    reg = crc ^ _MASK
    if len(data) >= _PLANAR_MIN:
        reg = _update_planar(reg, data)
    else:
        reg = _update_sliced(reg, data)
    return reg ^ _MASK


def _load_crcmod() -> Callable[[Buffer, int], int] | None:
    """crcmod's CRC function when its C extension is importable."""
    try:
        module = importlib.import_module("crcmod.crcmod")
    except ImportError:
        return None
    if not getattr(module, "_usingExtension", False):
        return None
    fn: Callable[[Buffer, int], int] = module.mkCrcFun(
        _CRCMOD_POLY, initCrc=0, rev=True, xorOut=_MASK
    )
    if fn(b"123456789", 0) != 0x995DC9BBDF1939FA:  # pragma: no cover
        return None
    return fn


_c_crc64 = _load_crcmod()
BACKEND: Final = "crcmod-c" if _c_crc64 is not None else "pure-python"


def crc64(data: Buffer, crc: int = 0) -> int:
    """CRC-64/XZ of ``data`` continuing from ``crc`` (crcmod's C code if present)."""
    if _c_crc64 is None:
        return crc64_pure(data, crc)
    if not 0 <= crc <= _MASK:
        raise ValueError(f"crc must be an unsigned 64-bit value, got {crc!r}")
    return _c_crc64(data, crc)


def _multmodp(a: int, b: int) -> int:
    """a * b modulo the CRC polynomial, both in reflected bit order."""
    m = 1 << 63
    p = 0
    while True:
        if a & m:
            p ^= b
            if not a & (m - 1):
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY_REFLECTED if b & 1 else b >> 1


def _x2n_table() -> list[int]:
    """x^(2^k) modulo the polynomial, k = 0..63 (reflected)."""
    p = 1 << 62  # x^1
    table = [p]
    for _ in range(63):
        p = _multmodp(p, p)
        table.append(p)
    return table


_X2N: Final = _x2n_table()


def _x8nmodp(length: int) -> int:
    """x^(8 * length) modulo the polynomial (reflected)."""
    p = 1 << 63  # x^0
    k = 3
    while length:
        if length & 1:
            p = _multmodp(_X2N[k & 63], p)
        length >>= 1
        k += 1
    return p


def combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC of A+B from crc(A), crc(B) and len(B), as oss2/oss-v2 combine."""
    if len2 < 0:
        raise ValueError(f"len2 must be >= 0, got {len2}")
    for name, value in (("crc1", crc1), ("crc2", crc2)):
        if not 0 <= value <= _MASK:
            raise ValueError(f"{name} must be an unsigned 64-bit value, got {value!r}")
    if len2 == 0:
        return crc1
    return _multmodp(_x8nmodp(len2), crc1) ^ crc2


class Crc64MismatchError(IntegrityError):
    """The client's CRC-64 differs from the one OSS reported."""

    def __init__(self, client_crc: int, server_crc: int, what: str = "") -> None:
        where = f"{what}: " if what else ""
        super().__init__(
            f"{where}crc64 mismatch: client {client_crc}, server "
            f"(x-oss-hash-crc64ecma) {server_crc}"
        )
        self.client_crc = client_crc
        self.server_crc = server_crc


def check_crc64_header(
    client_crc: int, header_value: str | None, what: str = ""
) -> None:
    """Compare with an ``x-oss-hash-crc64ecma`` value; absent header: no check.

    Both SDKs skip the check when the header is missing. oss2 compares the
    header parsed as int, oss-v2 compares ``str(client_crc)`` with the raw
    header; this parses as int (the same for every value OSS sends).
    """
    if header_value is None:
        return
    try:
        server_crc = int(header_value.strip(), 10)
    except ValueError:
        raise IntegrityError(
            f"{what + ': ' if what else ''}x-oss-hash-crc64ecma is not a decimal "
            f"number: {header_value!r}"
        ) from None
    if server_crc != client_crc:
        raise Crc64MismatchError(client_crc, server_crc, what)


class Crc64:
    """Streaming CRC-64/XZ: ``update()`` chunks, read ``value``."""

    __slots__ = ("_crc", "_length")

    def __init__(self, data: Buffer = b"", crc: int = 0) -> None:
        if not 0 <= crc <= _MASK:
            raise ValueError(f"crc must be an unsigned 64-bit value, got {crc!r}")
        self._crc = crc
        self._length = 0
        if data:
            self.update(data)

    def update(self, data: Buffer) -> None:
        self._crc = crc64(data, self._crc)
        self._length += memoryview(data).nbytes

    # file-like sink, as oss-v2's Crc64.write
    def write(self, data: Buffer) -> int:
        self.update(data)
        return memoryview(data).nbytes

    @property
    def value(self) -> int:
        return self._crc

    @property
    def length(self) -> int:
        """Bytes fed through ``update`` (not counting an initial ``crc``)."""
        return self._length

    def digest(self) -> bytes:
        """8 bytes, big-endian, as crcmod's ``digest()``."""
        return self._crc.to_bytes(8, "big")

    def hexdigest(self) -> str:
        return f"{self._crc:016X}"

    def copy(self) -> Crc64:
        other = Crc64(crc=self._crc)
        other._length = self._length
        return other

    def append(self, other_crc: int, other_length: int) -> None:
        """Extend with a part whose CRC and length are known (multipart)."""
        self._crc = combine(self._crc, other_crc, other_length)
        self._length += other_length

    def check(self, header_value: str | None) -> None:
        check_crc64_header(self._crc, header_value)
