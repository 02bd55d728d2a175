"""Shared runtime of the generated models: converters, open enums, JSON-text fields.

Round trips are lossless: a model keeps the mapping it was read from, and `to_dict` gives back the
original wire value of every field whose decoded value is unchanged. That is also the policy for
vendor data that breaks its own types: a value is coerced only when the coercion is lossless (the
number 5 read into a `str` field becomes "5", and is written back as 5); a value that cannot be
coerced leaves the field `None` and is kept, untouched, for `to_dict` and `raw`.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
M = TypeVar("M", bound="Model")
E = TypeVar("E", bound="OpenEnum")


class _Invalid:
    """Marks a wire value that cannot be converted without losing information."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
_INTEGER = re.compile(r"-?[0-9]+")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Converter(Protocol[T]):
    def decode(self, raw: Any) -> T: ...  # returns INVALID when raw cannot be converted

    def encode(self, value: T) -> Any: ...


class Model:
    """Base of every generated model: remembers the mapping it was read from."""

    _source: Mapping[str, Any] = _EMPTY

    @property
    def raw(self) -> Mapping[str, Any]:
        """The mapping this model was read from, exactly as received (empty if built by hand)."""
        return self._source

    @property
    def unknown_fields(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not declare; `to_dict` keeps them."""
        return {
            key: value
            for key, value in self._source.items()
            if key not in self._wire_names()
        }

    @classmethod
    def _wire_names(cls) -> frozenset[str]:
        return frozenset()


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


class JsonTextError(ValueError):
    """A JSON-text field whose text does not hold the document the spec describes."""


class JsonText(Generic[T]):
    """A JSON document carried inside a string field: the text as sent, and its typed value.

    The text is decoded on first access of `value`, so a malformed document never stops the
    surrounding response from being read.
    """

    __slots__ = ("_converter", "_decoded", "text")

    def __init__(self, text: str, converter: Converter[T]) -> None:
        self.text = text
        self._converter = converter
        self._decoded: Any = INVALID

    @classmethod
    def of(cls, value: T, converter: Converter[T]) -> JsonText[T]:
        """Encode a typed value as compact JSON text, the way it travels."""
        encoded = json.dumps(
            converter.encode(value), ensure_ascii=False, separators=(",", ":")
        )
        text = cls(encoded, converter)
        text._decoded = value
        return text

    @property
    def value(self) -> T:
        if self._decoded is INVALID:
            try:
                document = json.loads(self.text)
            except ValueError as exc:
                raise JsonTextError(f"not JSON text: {exc}") from None
            decoded = self._converter.decode(document)
            if decoded is INVALID:
                raise JsonTextError(
                    f"JSON text of an unexpected shape: {self.text[:80]!r}"
                )
            self._decoded = decoded
        return self._decoded  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JsonText) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"JsonText({self.text!r})"


# --- converters ---------------------------------------------------------------------------------


class _Str:
    def decode(self, raw: Any) -> Any:
        if isinstance(raw, str):
            return raw
        if isinstance(raw, bool):
            return "true" if raw else "false"
        if isinstance(raw, (int, float)):
            return str(raw)
        return INVALID

    def encode(self, value: Any) -> Any:
        return value


class _Int:
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

    def encode(self, value: Any) -> Any:
        return value


class _Float:
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

    def encode(self, value: Any) -> Any:
        return value


class _Bool:
    def decode(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        return INVALID

    def encode(self, value: Any) -> Any:
        return value


class _DateTime:
    """ISO 8601 timestamps; one without a zone is taken as UTC, as the services document."""

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            return INVALID
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            return INVALID
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)

    def encode(self, value: datetime) -> Any:
        if value.utcoffset() == timezone.utc.utcoffset(None):
            return (
                value.strftime("%Y-%m-%dT%H:%M:%SZ")
                if not value.microsecond
                else (value.isoformat().replace("+00:00", "Z"))
            )
        return value.isoformat()


class _Any:
    def decode(self, raw: Any) -> Any:
        return raw

    def encode(self, value: Any) -> Any:
        return value


STR: Converter[str] = _Str()
INT: Converter[int] = _Int()
FLOAT: Converter[float] = _Float()
BOOL: Converter[bool] = _Bool()
DATETIME: Converter[datetime] = _DateTime()
ANY: Converter[Any] = _Any()


@dataclass(frozen=True)
class enum_of(Generic[E]):  # lower case: reads as a converter constructor
    cls: type[E]

    def decode(self, raw: Any) -> Any:
        return self.cls(raw) if isinstance(raw, str) else INVALID

    def encode(self, value: E) -> Any:
        return value.value


@dataclass(frozen=True)
class model_of(Generic[M]):
    cls: type[M]

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, Mapping):
            return INVALID
        return self.cls.from_dict(raw)  # type: ignore[attr-defined]

    def encode(self, value: M) -> Any:
        return value.to_dict()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class list_of(Generic[T]):
    item: Converter[T]

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, list):
            return INVALID
        items = [self.item.decode(entry) for entry in raw]
        return INVALID if any(item is INVALID for item in items) else items

    def encode(self, value: list[T]) -> Any:
        return [self.item.encode(item) for item in value]


@dataclass(frozen=True)
class dict_of(Generic[T]):
    item: Converter[T]

    def decode(self, raw: Any) -> Any:
        if not isinstance(raw, Mapping):
            return INVALID
        items = {str(key): self.item.decode(entry) for key, entry in raw.items()}
        return INVALID if any(item is INVALID for item in items.values()) else items

    def encode(self, value: dict[str, T]) -> Any:
        return {key: self.item.encode(item) for key, item in value.items()}


@dataclass(frozen=True)
class json_text_of(Generic[T]):
    content: Converter[T]

    def decode(self, raw: Any) -> Any:
        return JsonText(raw, self.content) if isinstance(raw, str) else INVALID

    def encode(self, value: JsonText[T]) -> Any:
        return value.text


# --- reading and writing models -----------------------------------------------------------------


class Reader:
    """Reads declared fields out of a wire mapping, leaving uncoercible values as None."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        self._data = data

    def get(self, key: str, converter: Converter[T]) -> T | None:
        raw = self._data.get(key)
        if raw is None:
            return None
        value = converter.decode(raw)
        return None if value is INVALID else value


class Writer:
    """Writes fields back in wire form, reusing the original value wherever nothing changed."""

    __slots__ = ("_out", "_source", "_written")

    def __init__(self, source: Mapping[str, Any]) -> None:
        self._source = source
        self._out: dict[str, Any] = {}
        self._written: set[str] = set()

    def put(self, key: str, value: T | None, converter: Converter[T]) -> None:
        self._written.add(key)
        if key in self._source:
            raw = self._source[key]
            if value is None:
                # An explicit null, or a value we could not convert, is written back as received.
                if raw is None or converter.decode(raw) is INVALID:
                    self._out[key] = raw
                return
            if raw is not None and converter.decode(raw) == value:
                self._out[key] = raw
                return
        if value is not None:
            self._out[key] = converter.encode(value)

    def result(self) -> dict[str, Any]:
        """Fields in the order received, then new ones; undeclared fields are kept as they came."""
        ordered = {
            key: self._out[key] if key in self._written else value
            for key, value in self._source.items()
            if key in self._out or key not in self._written
        }
        ordered.update(
            (key, value) for key, value in self._out.items() if key not in ordered
        )
        return ordered


def from_mapping(
    cls: type[M], data: Mapping[str, Any], build: Callable[[Reader], M]
) -> M:
    """Build a model with `build` and remember the mapping it came from."""
    model = build(Reader(data))
    model._source = data
    return model
