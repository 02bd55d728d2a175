"""Converters: how each field type is read from the wire and written back.

A converter turns a wire value into a typed one (`decode`, `INVALID` when that would lose
information) and back (`encode`). `exact` is the wire type that needs no conversion at all, which
lets the compiled reader skip the call for the common case; `mutable` values may change in place,
so the writer compares them instead of trusting identity; `lazy` ones (datetimes, JSON text) are
decoded on first read. A value is coerced only when the coercion is lossless (the number 5 read
into a `str` field becomes "5", and is written back as 5).
"""

from __future__ import annotations

import base64
import enum
import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any, Generic, TypeVar

__all__ = [
    "ANY",
    "INVALID",
    "MISSING",
    "SCALARS",
    "UTC",
    "Base64JsonText",
    "Converter",
    "DictConverter",
    "EnumConverter",
    "JsonText",
    "JsonTextConverter",
    "JsonTextError",
    "ListConverter",
    "ModelConverter",
    "OpenEnum",
]

T = TypeVar("T")


class _Invalid:
    """Marks a wire value that cannot be converted without losing information."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
MISSING: Any = object()
_INTEGER = re.compile(r"-?[0-9]+")
UTC = timezone.utc


class Converter(Generic[T]):
    exact: type | None = None
    mutable = False
    # Decoded when the field is first read, not when the model is: values that cost more to
    # decode than to keep (see `_Lazy`).
    lazy = False

    def decode(self, raw: Any) -> Any:
        raise NotImplementedError

    def encode(self, value: T) -> Any:
        return value

    def same(self, value: T, raw: Any) -> bool:
        """Whether `value` is what `raw` reads as (then `raw` is written back as received)."""
        return bool(value is raw or self.decode(raw) == value)

    def read_source(self, name: str, bound: str) -> tuple[list[str], Any]:
        """Lines of a compiled reader (see `_compile_reader`) that store the wire value `v`
        under `name` in `state`, and the object they use as `bound`: the decoder, by default.
        """
        lines = [f"v = {bound}(v)", "if v is not INVALID:", f"    state[{name}] = v"]
        return lines, self.decode


class _Exact(Converter[T]):
    """A scalar whose usual wire type needs no conversion: the reader checks it inline."""

    def read_source(self, name: str, bound: str) -> tuple[list[str], Any]:
        assert self.exact is not None
        lines = [
            f"if v.__class__ is {self.exact.__name__}:",
            f"    state[{name}] = v",
            "else:",
            f"    v = {bound}(v)",
            "    if v is not INVALID:",
            f"        state[{name}] = v",
        ]
        return lines, self.decode


class _Str(_Exact[str]):
    exact = str

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, str):
            return raw
        if isinstance(raw, bool):
            return "true" if raw else "false"
        if isinstance(raw, (int, float)):
            return str(raw)
        return INVALID


class _Int(_Exact[int]):
    exact = int

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return INVALID
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str) and _INTEGER.fullmatch(raw):
            return int(raw)
        return INVALID


class _Float(_Exact[float]):
    exact = float

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return INVALID
        if isinstance(raw, (int, float)):
            return float(raw)
        if isinstance(raw, str):
            try:
                value = float(raw)
            except ValueError:
                return INVALID
            # "NaN" and "inf" would not survive a round trip (NaN != NaN): keep the text.
            return value if math.isfinite(value) else INVALID
        return INVALID


class _Bool(_Exact[bool]):
    exact = bool

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        return INVALID


class _DateTime(Converter[datetime]):
    """ISO 8601 timestamps; one without a zone is taken as UTC, as the services document."""

    lazy = True

    def decode(self, raw: Any) -> Any:
        if raw.__class__ is not str:
            return INVALID
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            return INVALID
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    def encode(self, value: datetime) -> Any:
        if value.utcoffset() == UTC.utcoffset(None):
            return (
                value.strftime("%Y-%m-%dT%H:%M:%SZ")
                if not value.microsecond
                else value.isoformat().replace("+00:00", "Z")
            )
        return value.isoformat()


class _Any(Converter[Any]):
    mutable = True

    def decode(self, raw: Any) -> Any:
        return raw


STR: Converter[str] = _Str()
INT: Converter[int] = _Int()
FLOAT: Converter[float] = _Float()
BOOL: Converter[bool] = _Bool()
DATETIME: Converter[datetime] = _DateTime()
ANY: Converter[Any] = _Any()
SCALARS: dict[Any, Converter[Any]] = {
    str: STR,
    int: INT,
    float: FLOAT,
    bool: BOOL,
    datetime: DATETIME,
    Any: ANY,
    object: ANY,
}


class OpenEnum(str, enum.Enum):
    """A string enum that tolerates values the spec does not list (they become pseudo-members)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)


class EnumConverter(Converter[OpenEnum]):
    def __init__(self, cls: type[OpenEnum]) -> None:
        self._cls = cls
        self._known = cls._value2member_map_

    def decode(self, raw: Any) -> Any:
        member = self._known.get(raw) if raw.__class__ is str else None
        if member is not None:
            return member
        return self._cls(raw) if isinstance(raw, str) else INVALID

    def encode(self, value: OpenEnum) -> Any:
        return value.value

    def read_source(self, name: str, bound: str) -> tuple[list[str], Any]:
        lines = [
            f"m = {bound}(v) if v.__class__ is str else None",
            "if m is not None:",
            f"    state[{name}] = m",
            "else:",
            f"    m = decoders[{name}](v)",
            "    if m is not INVALID:",
            f"        state[{name}] = m",
        ]
        return lines, self._known.get


class ModelConverter(Converter[Any]):
    mutable = True

    def __init__(self, cls: type[Any]) -> None:
        self._cls = cls
        self._read: Callable[[Any], Any] | None = (
            None  # the class's reader, once prepared
        )

    def decode(self, raw: Any) -> Any:
        if raw.__class__ is not dict and not isinstance(raw, Mapping):
            return INVALID
        read = self._read
        if read is None:  # prepared on first use: a model may contain itself
            read = self._read = self._cls._table().read
        return read(raw)

    def encode(self, value: Any) -> Any:
        return value.to_dict()

    def same(self, value: Any, raw: Any) -> bool:
        return False  # `to_dict` is lossless by itself: its result is written


class ListConverter(Converter[list[Any]]):
    mutable = True

    def __init__(self, item: Converter[Any]) -> None:
        self._item = item

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, list):
            return INVALID
        exact, decode = self._item.exact, self._item.decode
        items = []
        for entry in raw:
            if entry.__class__ is not exact:
                entry = decode(entry)
                if entry is INVALID:
                    return INVALID  # one unreadable item: the list is kept as received
            items.append(entry)
        return items

    def encode(self, value: list[Any]) -> Any:
        encode = self._item.encode
        return [encode(item) for item in value]

    def read_source(self, name: str, bound: str) -> tuple[list[str], Any]:
        # `decode`, inline, items of the exact type taken as they are (models have none:
        # every item is decoded).
        decode = [
            f"e = {bound}(e)",
            "if e is INVALID:",
            "    break  # one unreadable item: the list is kept as received",
        ]
        if self._item.exact:
            exact = self._item.exact.__name__
            decode = [f"if e.__class__ is not {exact}:", *(f"    {d}" for d in decode)]
        lines = [
            "if v.__class__ is list:",
            "    items = []",
            "    for e in v:",
            *(f"        {d}" for d in decode),
            "        items.append(e)",
            "    else:",
            f"        state[{name}] = items",
        ]
        return lines, self._item.decode


class DictConverter(Converter[dict[str, Any]]):
    mutable = True

    def __init__(self, item: Converter[Any]) -> None:
        self._item = item

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, Mapping):
            return INVALID
        decode = self._item.decode
        items = {}
        for key, entry in raw.items():
            value = decode(entry)
            if value is INVALID:
                return INVALID
            items[str(key)] = value
        return items

    def encode(self, value: dict[str, Any]) -> Any:
        encode = self._item.encode
        return {key: encode(item) for key, item in value.items()}


class JsonTextError(ValueError):
    """A JSON-text field whose text does not hold the document the spec describes."""


class JsonText(Generic[T]):
    """A JSON document carried inside a string field: the text as sent, and its typed value.

    The text is decoded on first access of `value`, so a malformed document never stops the
    surrounding response from being read.
    """

    __slots__ = ("_converter", "_decoded", "text")
    text: str
    _converter: Converter[T]
    _decoded: Any  # unset until `value` is first read

    def __init__(self, text: str, converter: Converter[T]) -> None:
        self.text = text
        self._converter = converter

    @classmethod
    def of(cls, value: T, converter: Converter[T]) -> JsonText[T]:
        """Encode a typed value as compact JSON text, the way it travels."""
        encoded = json.dumps(
            converter.encode(value), ensure_ascii=False, separators=(",", ":")
        )
        text = cls(cls._wrap(encoded), converter)
        text._decoded = value
        return text

    @staticmethod
    def _wrap(document: str) -> str:
        """The wire text of a JSON document (itself; base64 for `Base64JsonText`)."""
        return document

    @staticmethod
    def _unwrap(text: str) -> str:
        """The JSON document a wire text carries."""
        return text

    @property
    def value(self) -> T:
        try:
            known: T = self._decoded
            return known
        except AttributeError:  # not decoded yet
            pass
        text = self._unwrap(self.text)  # JsonTextError when base64 text is not
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise JsonTextError(f"not JSON text: {exc}") from None
        decoded = self._converter.decode(document)
        if decoded is INVALID:
            raise JsonTextError(f"JSON text of an unexpected shape: {self.text[:80]!r}")
        self._decoded = decoded
        value: T = decoded
        return value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JsonText) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r})"


class Base64JsonText(JsonText[T]):
    """A JSON document carried as base64 text (VOD's `UploadAddress`, `UploadAuth`): the text as
    sent, and its typed value, decoded on first access."""

    __slots__ = ()

    @staticmethod
    def _wrap(document: str) -> str:
        return base64.b64encode(document.encode("utf-8")).decode("ascii")

    @staticmethod
    def _unwrap(text: str) -> str:
        try:
            return base64.b64decode(text, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError) as exc:
            raise JsonTextError(f"not base64 of UTF-8 text: {exc}") from None


class JsonTextConverter(Converter[JsonText[Any]]):
    lazy = True

    def __init__(
        self, content: Converter[Any], kind: type[JsonText[Any]] = JsonText
    ) -> None:
        self._content = content
        self._kind = kind

    def decode(self, raw: Any) -> Any:
        return self._kind(raw, self._content) if raw.__class__ is str else INVALID

    def encode(self, value: JsonText[Any]) -> Any:
        return value.text

    def same(self, value: JsonText[Any], raw: Any) -> bool:
        return bool(value.text == raw)
