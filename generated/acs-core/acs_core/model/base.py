"""`Model`, the base of every generated model, and `wire`, which declares its fields.

A generated model is only its typed fields, each declared with its wire name
(`status: JobStatus | None = _m.wire("Status")`), and their docstrings. The first time a class
is read or written, `_table` turns its annotations into converters (`converter_for`), once, and
compiles its `from_dict` and `to_dict`. The annotation is the single source of a field's type, so
the converter can never disagree with what editors and mypy see.

Round trips are lossless: a model keeps the mapping it was read from, and `to_dict` gives back the
original wire value of every field whose decoded value is unchanged. That is also the policy for
vendor data that breaks its own types: a value that cannot be coerced leaves the field `None` and
is kept, untouched, for `to_dict` and `raw`.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from .compiled import EMPTY, Field, Lazy, compile_reader, compile_writer
from .converters import (
    ANY,
    SCALARS,
    Base64JsonText,
    Converter,
    DictConverter,
    EnumConverter,
    JsonText,
    JsonTextConverter,
    ListConverter,
    ModelConverter,
    OpenEnum,
)

if sys.version_info >= (3, 11):
    from typing import dataclass_transform as dataclass_transform  # for `params` too
else:  # pragma: no cover - the decorator only informs type checkers

    def dataclass_transform(**_: Any) -> Callable[[T], T]:
        return lambda cls: cls


__all__ = [
    "ANY_JSON",
    "BINARY",
    "AnyJson",
    "ArrayOf",
    "Binary",
    "Model",
    "converter_for",
    "dataclass_transform",
    "header",
    "header_fields",
    "wire",
]

T = TypeVar("T")
M = TypeVar("M", bound="Model")


def wire(name: str, *, secret: bool = False) -> Any:
    """Declare a model field by its wire name; every field is optional (`None` when absent).
    A `secret` (a credential) is read and written like any field, but left out of the repr.
    """
    return dataclasses.field(default=None, repr=not secret, metadata={"wire": name})


def header(name: str) -> Any:
    """Declare a model field read from a response header (OSS's `ETag`, `x-oss-hash-crc64ecma`;
    a name ending in `*`, such as `x-oss-meta-*`, gathers the headers with that prefix).
    """
    return dataclasses.field(default=None, metadata={"wire": name, "header": True})


def header_fields(cls: type[Model]) -> tuple[str, ...]:
    """The wire names of a model's fields declared with `header`, in declaration order."""
    found: tuple[str, ...] | None = cls.__dict__.get("_header_cache")
    if found is None:
        found = tuple(
            f.metadata["wire"]
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            if f.metadata.get("header")
        )
        cls._header_cache = found
    return found


def converter_for(hint: Any) -> Converter[Any]:
    """The converter of a field's (resolved) type annotation."""
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        return converter_for(present[0]) if len(present) == 1 else ANY
    if origin is list:
        return ListConverter(converter_for(arguments[0]))
    if origin is dict:
        return DictConverter(converter_for(arguments[1]))
    if origin in (JsonText, Base64JsonText):
        return JsonTextConverter(converter_for(arguments[0]), origin)
    if isinstance(hint, type) and issubclass(hint, OpenEnum):
        return EnumConverter(hint)
    if isinstance(hint, type) and issubclass(hint, Model):
        return ModelConverter(hint)
    if hint in SCALARS:
        return SCALARS[hint]
    raise TypeError(f"no converter for the annotation {hint!r}")


class _Table:
    """A model class's fields, prepared once: what `from_dict` and `to_dict` use."""

    __slots__ = ("by_wire", "fields", "lazy", "read", "write")

    def __init__(self, cls: type[Model], fields: list[Field]) -> None:
        self.fields = fields
        self.by_wire = {field.wire: field for field in fields}
        self.lazy = [field.name for field in fields if field.converter.lazy]
        self.read: Callable[[Any], Any] = compile_reader(cls, fields)
        self.write: Callable[[Any], dict[str, Any]] = compile_writer(fields)


@dataclass_transform(kw_only_default=True)
class Model:
    """Base of every generated model: a keyword-only dataclass that remembers its wire mapping.

    Subclasses become dataclasses when they are defined; their fields are declared with `wire`.
    """

    # Not dataclass fields: the mapping a model was read from and the values read out of it
    # (`from_dict` sets each model's own), and the class's prepared table.
    _source: ClassVar[Mapping[str, Any]] = EMPTY
    _parsed: ClassVar[Mapping[str, Any]] = EMPTY
    _table_cache: ClassVar[_Table | None] = None
    _header_cache: ClassVar[tuple[str, ...] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(kw_only=True)(cls)
        # Each class installs its own compiled reader and writer on first use; a model derived
        # from another (a response that is a shared model) must not inherit its base's.
        for name in ("from_dict", "to_dict"):
            if name not in cls.__dict__:
                setattr(cls, name, Model.__dict__[name])

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
                Field(f.metadata["wire"], f.name, converter_for(hints[f.name]))
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            ]
            table = _Table(cls, fields)
            for field in fields:
                if field.converter.lazy:
                    setattr(cls, field.name, Lazy(field))
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


class AnyJson:
    """The response of an operation whose spec declares no schema for its body: the decoded
    JSON exactly as the service sent it (None for an empty body), so that nothing is lost.
    """

    json_type = object

    def __repr__(self) -> str:
        return "ANY_JSON"

    @staticmethod
    def from_dict(data: Any) -> Any:
        return data


ANY_JSON = AnyJson()


class Binary:
    """The response of an operation whose body is bytes (FC's InvokeFunction answers the
    function's output): the body exactly as it came, whatever its content type."""

    json_type = bytes

    def __repr__(self) -> str:
        return "BINARY"

    @staticmethod
    def from_dict(data: bytes) -> bytes:
        return data


BINARY = Binary()
