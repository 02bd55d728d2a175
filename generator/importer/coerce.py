"""Lossless coercion of the vendor's values, which api-docs writes as strings whatever their type.

`"example": "20"` on an integer, `"minimum": "1"`, `"default": "false"` on a boolean, JSON text as
the example of an object: each becomes the typed value it spells, but only when nothing is lost
(`"1.0"` is not an integer, `"yes"` is not a boolean). A value that cannot be coerced is dropped
by the caller, never guessed.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_INTEGER = re.compile(r"[+-]?[0-9]+")
# The JSON number grammar: what a JSON response could carry for a `number` field.
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


class NotCoercible(ValueError):
    """The value does not spell a value of the wanted type."""


def to_number(value: Any) -> int | float:
    """A limit such as `minimum`: an int when integral, else a float."""
    if isinstance(value, bool):
        raise NotCoercible(f"{value!r} is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotCoercible(f"{value!r} is not a finite number")
        return int(value) if value.is_integer() else value
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return to_number(float(value) if any(c in value for c in ".eE") else int(value))
    raise NotCoercible(f"{value!r} is not a number")


def to_count(value: Any) -> int:
    """A length or item count: a non-negative integer."""
    number = to_number(value)
    if not isinstance(number, int) or number < 0:
        raise NotCoercible(f"{value!r} is not a non-negative integer")
    return number


def to_type(value: Any, kind: str | None) -> Any:
    """`value` as a value of JSON Schema type `kind` (None: any type, kept as it is)."""
    if kind is None:
        return value
    if kind == "string":
        if isinstance(value, str):
            return value
        raise NotCoercible(f"{value!r} is not a string")
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
        raise NotCoercible(f"{value!r} is not an integer")
    if kind == "number":
        return to_number(value)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if value in ("true", "false"):
            return value == "true"
        raise NotCoercible(f"{value!r} is not a boolean")
    if kind in ("object", "array"):
        parsed = _json(value) if isinstance(value, str) else value
        if isinstance(parsed, dict if kind == "object" else list):
            return parsed
        raise NotCoercible(f"{value!r} is not an {kind}")
    raise NotCoercible(f"unknown type {kind!r}")


def _json(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise NotCoercible(f"{text!r} is not JSON text") from exc


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON, and would not survive a round trip through a JSON file.
    raise ValueError(f"{name} is not JSON")
