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
import keyword
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


class _Model(Converter["Model"]):
    mutable = True

    def __init__(self, cls: type[Model]) -> None:
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

    def encode(self, value: Model) -> Any:
        return value.to_dict()

    def same(self, value: Model, raw: Any) -> bool:
        return False  # `to_dict` is lossless by itself: its result is written


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

    def read_source(self, name: str, bound: str) -> tuple[list[str], Any]:
        # `decode`, inline, items of the exact type taken as they are.
        exact = self._item.exact.__name__ if self._item.exact else "None"
        lines = [
            "if v.__class__ is list:",
            "    items = []",
            "    for e in v:",
            f"        if e.__class__ is not {exact}:",
            f"            e = {bound}(e)",
            "            if e is INVALID:",
            "                break  # one unreadable item: the list is kept as received",
            "        items.append(e)",
            "    else:",
            f"        state[{name}] = items",
        ]
        return lines, self._item.decode


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
        text = cls(encoded, converter)
        text._decoded = value
        return text

    @property
    def value(self) -> T:
        try:
            known: T = self._decoded
            return known
        except AttributeError:  # not decoded yet
            pass
        try:
            document = json.loads(self.text)
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
        return f"JsonText({self.text!r})"


class _JsonText(Converter[JsonText[Any]]):
    lazy = True

    def __init__(self, content: Converter[Any]) -> None:
        self._content = content

    def decode(self, raw: Any) -> Any:
        return JsonText(raw, self._content) if raw.__class__ is str else INVALID

    def encode(self, value: JsonText[Any]) -> Any:
        return value.text

    def same(self, value: JsonText[Any], raw: Any) -> bool:
        return bool(value.text == raw)


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


class _Field:
    """One field of a model: wire name, attribute name, converter."""

    __slots__ = ("converter", "lossless", "name", "wire")

    def __init__(self, wire: str, name: str, converter: Converter[Any]) -> None:
        self.wire = wire
        self.name = name
        self.converter = converter
        # Whether encoding gives back the wire form by itself: models and lists of them.
        inner = converter
        while isinstance(inner, _List):
            inner = inner._item
        self.lossless = isinstance(inner, _Model)


class _Lazy:
    """Stands for a lazy field on its class: the first read decodes the wire value and keeps
    it on the instance, where later reads find it first (this descriptor has no `__set__`).
    Models built by hand hold every field themselves and never reach it."""

    __slots__ = ("field",)

    def __init__(self, field: _Field) -> None:
        self.field = field

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return None  # the class attribute: the field's default
        field = self.field
        raw = instance.__dict__.get("_source", _EMPTY).get(field.wire)
        if raw is None:
            return None
        value = field.converter.decode(raw)
        if value is INVALID:
            return None  # kept as received for to_dict and raw; never stored as None
        instance.__dict__[field.name] = value
        return value


def _compile_reader(cls: type[M], fields: list[_Field]) -> Callable[[Any], M]:
    """A `from_dict` for `cls`: straight-line code, one block per field, made once per class.

    As `dataclasses` makes `__init__`, the reader is source code run through `exec`. Wire names
    and field names enter it only as `repr` literals, so no spec text can become code; the
    objects a block needs are bound as default arguments (`x0`, `x1`, ...), so each lookup is a
    local one.
    """
    namespace: dict[str, Any] = {
        "cls": cls,
        "new": object.__new__,
        "Mapping": Mapping,
        "INVALID": INVALID,
        "JsonText": JsonText,
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "None": None,
    }
    namespace["decoders"] = {field.name: field.converter.decode for field in fields}
    namespace["UTC"] = _UTC
    body = [
        "if data.__class__ is not dict and not isinstance(data, Mapping):",
        "    raise TypeError(f'expected a JSON object, got {type(data).__name__}')",
        "get = data.get",
        "model = new(cls)",
        "state = model.__dict__",  # fields are stored straight into the new instance
    ]
    bound = []
    for number, field in enumerate(fields):
        if field.converter.lazy:
            continue  # decoded on first read (`_Lazy`)
        argument = f"x{number}"
        lines, namespace[argument] = field.converter.read_source(
            repr(field.name), argument
        )
        bound.append(f"{argument}={argument}")
        body += [f"v = get({field.wire!r})", "if v is not None:"]
        body += [f"    {line}" for line in lines]
    body += [
        "state['_source'] = data",
        "return model",
    ]
    arguments = ", ".join(["data", *bound, "new=new", "INVALID=INVALID"])
    source = f"def from_dict({arguments}):\n" + "".join(
        f"    {line}\n" for line in body
    )
    exec(source, namespace)
    reader: Callable[[Any], M] = namespace["from_dict"]
    return reader


def _written(converter: Converter[Any]) -> Callable[[Any, Any], Any]:
    """The wire form of a value that may have changed since it was read (or was never read)."""

    def write(value: Any, raw: Any) -> Any:
        if raw is _MISSING or raw is None:
            return converter.encode(value)
        if converter.mutable:  # it may have changed in place: compare what it holds
            encoded = converter.encode(value)
            return raw if encoded == raw or converter.same(value, raw) else encoded
        return raw if converter.same(value, raw) else converter.encode(value)

    return write


def _compile_writer(fields: list[_Field]) -> Callable[[Any], dict[str, Any]]:
    """A `to_dict` for a model class: straight-line code, one block per field (see
    `_compile_reader` for why and how it is safe).

    It starts from a copy of the mapping received, so that every field keeps its place and every
    field the spec does not declare is kept, then changes only what changed since: a value that
    is not the very object that was read is written anew (or as received, when equal), a value
    set to None is dropped, and a field that was not received is added, in declaration order.
    An explicit null or a value that could not be read stays as received.
    """
    namespace: dict[str, Any] = {"EMPTY": _EMPTY, "MISSING": _MISSING}
    body = [
        "state = self.__dict__",
        "source = state.get('_source', EMPTY)",
        # Read from the wire and unchanged since, a model holds what was read (see
        # `Model.__setattr__`); built by hand, it read nothing.
        "parsed = state.get('_parsed', state) if source else EMPTY",
        "out = dict(source)",
    ]
    for number, field in enumerate(fields):
        if not field.name.isidentifier() or keyword.iskeyword(field.name):
            raise TypeError(f"not a field name: {field.name!r}")
        name, key, writer = repr(field.name), repr(field.wire), f"x{number}"
        body.append(f"v = self.{field.name}")
        if field.lossless:  # a model or a list of them: its to_dict keeps what came
            namespace[writer] = field.converter.encode
            direct = isinstance(field.converter, _List) and isinstance(
                field.converter._item, _Model
            )
            encoded = "[e.to_dict() for e in v]" if direct else f"{writer}(v)"
            body += ["if v is not None:", f"    out[{key}] = {encoded}"]
        elif field.converter.lazy:  # not on the instance: never read, so unchanged
            namespace[writer] = _written(field.converter)
            body[-1] = f"if {name} in state:"
            body += [
                f"    v = state[{name}]",
                "    if v is None:",
                f"        if {name} in parsed:",
                f"            del out[{key}]",
                f"    elif v is not parsed.get({name}):",
                f"        out[{key}] = {writer}(v, source.get({key}, MISSING))",
            ]
        else:
            namespace[writer] = _written(field.converter)
            changed = (
                "True" if field.converter.mutable else f"v is not parsed.get({name})"
            )
            body += [
                "if v is None:",
                f"    if {name} in parsed:",
                f"        del out[{key}]",
                f"elif {changed}:",
                f"    out[{key}] = {writer}(v, source.get({key}, MISSING))",
            ]
    body.append("return out")
    source = "def to_dict(self):\n" + "".join(f"    {line}\n" for line in body)
    exec(source, namespace)
    compiled: Callable[[Any], dict[str, Any]] = namespace["to_dict"]
    return compiled


class _Table:
    """A model class's fields, prepared once: what `from_dict` and `to_dict` use."""

    __slots__ = ("by_wire", "fields", "lazy", "read", "write")

    def __init__(self, cls: type[Model], fields: list[_Field]) -> None:
        self.fields = fields
        self.by_wire = {field.wire: field for field in fields}
        self.lazy = [field.name for field in fields if field.converter.lazy]
        self.read: Callable[[Any], Any] = _compile_reader(cls, fields)
        self.write: Callable[[Any], dict[str, Any]] = _compile_writer(fields)


_EMPTY: Mapping[str, Any] = types.MappingProxyType({})


@dataclass_transform(kw_only_default=True)
class Model:
    """Base of every generated model: a keyword-only dataclass that remembers its wire mapping.

    Subclasses become dataclasses when they are defined; their fields are declared with `wire`.
    """

    # Not dataclass fields: the mapping a model was read from and the values read out of it
    # (`from_dict` sets each model's own), and the class's prepared table.
    _source: ClassVar[Mapping[str, Any]] = _EMPTY
    _parsed: ClassVar[Mapping[str, Any]] = _EMPTY
    _table_cache: ClassVar[_Table | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(kw_only=True)(cls)

    def __setattr__(self, name: str, value: Any) -> None:
        # The first change to a model read from the wire keeps what was read, so that
        # `to_dict` can tell unchanged fields (the very objects read) from changed ones.
        state = self.__dict__
        if "_source" in state and "_parsed" not in state:
            for lazy in self._table().lazy:
                getattr(self, lazy)  # decoded now, so that it counts as read
            state["_parsed"] = dict(state)
        object.__setattr__(self, name, value)

    @classmethod
    def _table(cls) -> _Table:
        table = cls.__dict__.get("_table_cache")
        if table is None:
            hints = typing.get_type_hints(cls)
            fields = [
                _Field(f.metadata["wire"], f.name, converter_for(hints[f.name]))
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            ]
            table = _Table(cls, fields)
            for field in fields:
                if field.converter.lazy:
                    setattr(cls, field.name, _Lazy(field))
            cls._table_cache = table
        return table

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        """Read the wire mapping; values of the wrong type are kept in `raw`, not lost.

        The first call prepares the class and installs its compiled reader as the class's own
        `from_dict`, so later calls go straight to it.
        """
        read = cls._table().read
        cls.from_dict = staticmethod(read)  # type: ignore[method-assign, assignment]
        model: M = read(data)
        return model

    def to_dict(self) -> dict[str, Any]:
        """The wire mapping: unchanged fields exactly as received, unknown fields kept.

        Fields come in the order received, then new ones in declaration order. The first call
        installs the class's compiled writer as its own `to_dict`.
        """
        cls = type(self)
        write = cls._table().write
        cls.to_dict = write  # type: ignore[method-assign, assignment]
        return write(self)

    @property
    def raw(self) -> Mapping[str, Any]:
        """The mapping this model was read from, exactly as received (empty if built by hand)."""
        return self._source

    @property
    def unknown_fields(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not declare; `to_dict` keeps them."""
        declared = self._table().by_wire
        return {key: raw for key, raw in self._source.items() if key not in declared}


class ArrayOf(Generic[M]):
    """The response of an operation that answers a JSON array of models."""

    json_type = list

    def __init__(self, model: type[M]) -> None:
        self.model = model

    def from_dict(self, data: Any) -> list[M]:
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        return [self.model.from_dict(item) for item in data]
