"""How a generated request declares its parameters: `param(...)` on each field (wire name,
location, style, limits), resolved once per class into `Param`s with their `Rule`s (the value
types come from the annotations)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Param", "Rule", "param", "resolve"]


@dataclass(frozen=True)
class Rule:
    """The limits of one value, as the spec states them."""

    # string | integer | number | boolean | array | object | any; None: from the annotation
    type: str | None = None
    enum: tuple[Any, ...] | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_bytes: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: Rule | None = None
    # A character that would break the wire form (the separator of a `simple` list).
    forbidden: str | None = None
    json_text: bool = False  # a string that must hold a JSON document


@dataclass(frozen=True)
class Param:
    wire_name: str
    python_name: str
    # "query", "formData", "path", "header", "body" or "host" (OSS's bucket)
    location: str
    # how it travels: a spec style, "tail" (a path tail), "key" (an OSS object key), "stream"
    # (an OSS body: bytes, a file or an iterator), "xml" (an OSS XML body)
    style: str | None
    required: bool
    rule: Rule


@dataclass(frozen=True)
class _Declared:
    """What `param` records on a field; the type is added from the annotation."""

    wire_name: str
    location: str
    style: str | None
    rule: Rule


def param(
    wire_name: str,
    *,
    default: Any = dataclasses.MISSING,
    location: str = "query",
    style: str | None = None,
    **limits: Any,
) -> Any:
    """Declare a request field: its wire name, where and how it travels, and its limits.

    Without `default` the parameter is required. `limits` are `Rule`'s keyword arguments.
    """
    declared = _Declared(wire_name, location, style, Rule(**limits))
    return dataclasses.field(default=default, metadata={"param": declared})


_KINDS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def resolve(rule: Rule, hint: Any, style: str | None) -> Rule:
    """Complete a declared rule with the type its annotation gives (and its items' types)."""
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        if bytes in present:  # bytes, or a file object holding them
            return dataclasses.replace(rule, type="binary")
        if any(typing.get_origin(a) in (Mapping, dict) for a in present):
            return dataclasses.replace(
                rule, type="object"
            )  # a body model, or a mapping
        hint = present[0] if len(present) == 1 else Any
        origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if hint in _KINDS:
        return dataclasses.replace(rule, type=_KINDS[hint])
    if origin in (Sequence, list, tuple):
        items = resolve(rule.items or Rule(), arguments[0], None)
        if style == "simple":  # the items travel comma-joined: none may hold a comma
            items = dataclasses.replace(items, forbidden=",")
        return dataclasses.replace(rule, type="array", items=items)
    if origin in (Mapping, dict):
        return dataclasses.replace(rule, type="object")
    return dataclasses.replace(rule, type="any")
