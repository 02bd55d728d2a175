"""Shared runtime of the generated models: one table-driven reader and writer for every class.

A generated model is only its typed fields, each declared with its wire name
(`status: JobStatus | None = _m.wire("Status")`), and their docstrings. The first time a class
is read or written, `_table` turns its annotations into converters, once; `from_dict` and
`to_dict` then walk that table. The annotation is the single source of a field's type, so the
converter can never disagree with what editors and mypy see.

Round trips are lossless: a model keeps the mapping it was read from, and `to_dict` gives back the
original wire value of every field whose decoded value is unchanged. That is also the policy for
vendor data that breaks its own types: a value is coerced only when the coercion is lossless (the
number 5 read into a `str` field becomes "5", and is written back as 5); a value that cannot be
coerced leaves the field `None` and is kept, untouched, for `to_dict` and `raw`.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any, ClassVar, Generic, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform as dataclass_transform  # for `_params` too
else:  # pragma: no cover - the decorator only informs type checkers

    def dataclass_transform(**_: Any) -> Callable[[T], T]:
        return lambda cls: cls


T = TypeVar("T")
M = TypeVar("M", bound="Model")


class _Invalid:
    """Marks a wire value that cannot be converted without losing information."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
_MISSING: Any = object()
_INTEGER = re.compile(r"-?[0-9]+")
_UTC = timezone.utc


def wire(name: str) -> Any:
    """Declare a model field by its wire name; every field is optional (`None` when absent)."""
    return dataclasses.field(default=None, metadata={"wire": name})


# --- converters ---------------------------------------------------------------------------------
# A converter turns a wire value into a typed one (`decode`, INVALID when that would lose
# information) and back (`encode`). `exact` is the wire type that needs no conversion at all,
# which lets the reader skip the call for the common case; `mutable` values may change in place,
# so the writer compares them instead of trusting identity.


class Converter(Generic[T]):
    exact: type | None = None
    mutable = False

    def decode(self, raw: Any) -> Any:
        raise NotImplementedError

    def encode(self, value: T) -> Any:
        return value


class _Str(Converter[str]):
    exact = str

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, str):
            return raw
        if isinstance(raw, bool):
            return "true" if raw else "false"
        if isinstance(raw, (int, float)):
            return str(raw)
        return INVALID


class _Int(Converter[int]):
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


class _Float(Converter[float]):
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


class _Bool(Converter[bool]):
    exact = bool

    def decode(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        return INVALID


class _DateTime(Converter[datetime]):
    """ISO 8601 timestamps; one without a zone is taken as UTC, as the services document."""

    def decode(self, raw: Any) -> Any:
        if raw.__class__ is not str:
            return INVALID
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            return INVALID
        return value if value.tzinfo else value.replace(tzinfo=_UTC)

    def encode(self, value: datetime) -> Any:
        if value.utcoffset() == _UTC.utcoffset(None):
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
_SCALARS: dict[Any, Converter[Any]] = {
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


class _Enum(Converter[OpenEnum]):
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


class _Model(Converter["Model"]):
    mutable = True

    def __init__(self, cls: type[Model]) -> None:
        self._cls = cls

    def decode(self, raw: Any) -> Any:
        return self._cls.from_dict(raw) if isinstance(raw, Mapping) else INVALID

    def encode(self, value: Model) -> Any:
        return value.to_dict()


class _List(Converter[list[Any]]):
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


class _Dict(Converter[dict[str, Any]]):
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


class _JsonText(Converter[JsonText[Any]]):
    def __init__(self, content: Converter[Any]) -> None:
        self._content = content

    def decode(self, raw: Any) -> Any:
        return JsonText(raw, self._content) if raw.__class__ is str else INVALID

    def encode(self, value: JsonText[Any]) -> Any:
        return value.text


def converter_for(hint: Any) -> Converter[Any]:
    """The converter of a field's (resolved) type annotation."""
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        return converter_for(present[0]) if len(present) == 1 else ANY
    if origin is list:
        return _List(converter_for(arguments[0]))
    if origin is dict:
        return _Dict(converter_for(arguments[1]))
    if origin is JsonText:
        return _JsonText(converter_for(arguments[0]))
    if isinstance(hint, type) and issubclass(hint, OpenEnum):
        return _Enum(hint)
    if isinstance(hint, type) and issubclass(hint, Model):
        return _Model(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"no converter for the annotation {hint!r}")


# --- models -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Field:
    wire: str
    name: str
    converter: Converter[Any]


class _Table:
    """A model class's fields, prepared once: what `from_dict` and `to_dict` walk."""

    __slots__ = ("by_wire", "fields", "reads")

    def __init__(self, fields: list[_Field]) -> None:
        self.fields = fields
        self.by_wire = {field.wire: field for field in fields}
        self.reads = [
            (field.wire, field.name, field.converter.exact, field.converter.decode)
            for field in fields
        ]


_EMPTY: Mapping[str, Any] = types.MappingProxyType({})


@dataclass_transform(kw_only_default=True)
class Model:
    """Base of every generated model: a keyword-only dataclass that remembers its wire mapping.

    Subclasses become dataclasses when they are defined; their fields are declared with `wire`.
    """

    # Not dataclass fields: the mapping a model was read from, and the values read out of it
    # (instances set their own in `from_dict`), and the class's prepared table.
    _source: ClassVar[Mapping[str, Any]] = _EMPTY
    _parsed: ClassVar[Mapping[str, Any]] = _EMPTY
    _table_cache: ClassVar[_Table | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(kw_only=True)(cls)

    @classmethod
    def _table(cls) -> _Table:
        table = cls.__dict__.get("_table_cache")
        if table is None:
            hints = typing.get_type_hints(cls)
            table = _Table(
                [
                    _Field(f.metadata["wire"], f.name, converter_for(hints[f.name]))
                    for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                ]
            )
            cls._table_cache = table
        return table

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost."""
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        get = data.get
        parsed: dict[str, Any] = {}
        for key, name, exact, decode in cls._table().reads:
            raw = get(key)
            if raw is None:
                continue
            if raw.__class__ is exact:
                parsed[name] = raw
                continue
            value = decode(raw)
            if value is not INVALID:
                parsed[name] = value
        model = cls.__new__(cls)
        state = model.__dict__
        state.update(parsed)  # fields left out read as their class default, None
        state["_source"] = data
        state["_parsed"] = parsed
        return model

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept.

        Fields come in the order received, then new ones in declaration order.
        """
        table = self._table()
        current, parsed = self.__dict__, self._parsed
        out: dict[str, Any] = {}
        for key, raw in self._source.items():
            field = table.by_wire.get(key)
            if field is None:
                out[key] = raw  # a field the spec does not declare
                continue
            value = current.get(field.name)
            if value is None:
                if (
                    field.name not in parsed
                ):  # an explicit null, or a value we could not read
                    out[key] = raw
                continue
            converter = field.converter
            if not converter.mutable:
                original = parsed.get(field.name, _MISSING)
                unchanged = value is original or value == original
                out[key] = raw if unchanged else converter.encode(value)
                continue
            encoded = converter.encode(value)
            # Equal text, or equal typed values read from it: the received form wins.
            out[key] = (
                raw if encoded == raw or converter.decode(raw) == value else encoded
            )
        source = self._source
        for field in table.fields:
            if field.wire not in source:
                value = current.get(field.name)
                if value is not None:
                    out[field.wire] = field.converter.encode(value)
        return out

    @property
    def raw(self) -> Mapping[str, Any]:
        """The mapping this model was read from, exactly as received (empty if built by hand)."""
        return self._source

    @property
    def unknown_fields(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not declare; `to_dict` keeps them."""
        declared = self._table().by_wire
        return {key: raw for key, raw in self._source.items() if key not in declared}
