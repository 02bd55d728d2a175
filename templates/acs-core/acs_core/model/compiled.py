"""Each model class's reader and writer, compiled once into straight-line code (as
`dataclasses` compiles `__init__`): the fields of a class, prepared, and the descriptor that
decodes a lazy field on its first read.
"""

from __future__ import annotations

import keyword
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .converters import (
    INVALID,
    MISSING,
    UTC,
    Converter,
    JsonText,
    ListConverter,
    ModelConverter,
)

__all__ = ["EMPTY", "Field", "Lazy", "compile_reader", "compile_writer"]

T = TypeVar("T")

EMPTY: Mapping[str, Any] = types.MappingProxyType({})


class Field:
    """One field of a model: wire name, attribute name, converter."""

    __slots__ = ("converter", "lossless", "name", "wire")

    def __init__(self, wire: str, name: str, converter: Converter[Any]) -> None:
        self.wire = wire
        self.name = name
        self.converter = converter
        # Whether encoding gives back the wire form by itself: models and lists of them.
        inner = converter
        while isinstance(inner, ListConverter):
            inner = inner._item
        self.lossless = isinstance(inner, ModelConverter)


class Lazy:
    """Stands for a lazy field on its class: the first read decodes the wire value and keeps
    it on the instance, where later reads find it first (this descriptor has no `__set__`).
    Models built by hand hold every field themselves and never reach it."""

    __slots__ = ("field",)

    def __init__(self, field: Field) -> None:
        self.field = field

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return None  # the class attribute: the field's default
        field = self.field
        raw = instance.__dict__.get("_source", EMPTY).get(field.wire)
        if raw is None:
            return None
        value = field.converter.decode(raw)
        if value is INVALID:
            return None  # kept as received for to_dict and raw; never stored as None
        instance.__dict__[field.name] = value
        return value


def compile_reader(cls: type[T], fields: list[Field]) -> Callable[[Any], T]:
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
    namespace["UTC"] = UTC
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
            continue  # decoded on first read (`Lazy`)
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
    reader: Callable[[Any], T] = namespace["from_dict"]
    return reader


def _written(converter: Converter[Any]) -> Callable[[Any, Any], Any]:
    """The wire form of a value that may have changed since it was read (or was never read)."""

    def write(value: Any, raw: Any) -> Any:
        if raw is MISSING or raw is None:
            return converter.encode(value)
        if converter.mutable:  # it may have changed in place: compare what it holds
            encoded = converter.encode(value)
            return raw if encoded == raw or converter.same(value, raw) else encoded
        return raw if converter.same(value, raw) else converter.encode(value)

    return write


def compile_writer(fields: list[Field]) -> Callable[[Any], dict[str, Any]]:
    """A `to_dict` for a model class: straight-line code, one block per field (see
    `compile_reader` for why and how it is safe).

    It starts from a copy of the mapping received, so that every field keeps its place and every
    field the spec does not declare is kept, then changes only what changed since: a value that
    is not the very object that was read is written anew (or as received, when equal), a value
    set to None is dropped, and a field that was not received is added, in declaration order.
    An explicit null or a value that could not be read stays as received.
    """
    namespace: dict[str, Any] = {"EMPTY": EMPTY, "MISSING": MISSING}
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
            direct = isinstance(field.converter, ListConverter) and isinstance(
                field.converter._item, ModelConverter
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
