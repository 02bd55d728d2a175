"""Shared runtime of the generated requests: limits checked before sending, and the wire form.

Each generated request declares its parameters as a table of `Param`s; this module validates
values against their `Rule`s, writes them in the parameter's style (as the official SDKs do), and
reads them back from the wire (the emulator uses that to enforce the same limits as the client).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import RequestValidationError

_NUMBER_LIKE = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


@dataclass(frozen=True)
class Rule:
    """The limits of one value, as the spec states them."""

    type: str  # string | integer | number | boolean | array | object | any
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
    location: str  # "query" or "formData"
    style: str | None
    required: bool
    rule: Rule


@dataclass
class WireParams:
    """Parameters in wire form: text fields for the query string and the form body."""

    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)


# --- validation ---------------------------------------------------------------------------------


def check(param: Param, value: Any) -> None:
    """Raise RequestValidationError if `value` breaks the parameter's limits."""
    if value is None:
        if param.required:
            _fail(param, "is required", code="MissingParameter")
        return
    _check_value(param, param.python_name, value, param.rule)


def _fail(
    param: Param,
    message: str,
    *,
    where: str | None = None,
    code: str = "InvalidParameter",
) -> None:
    raise RequestValidationError(
        parameter=param.wire_name,
        argument=where or param.python_name,
        message=message,
        code=code,
    )


def _check_value(param: Param, where: str, value: Any, rule: Rule) -> None:
    kind = rule.type
    if kind == "string":
        if not isinstance(value, str):
            _fail(param, f"must be a string, not {type(value).__name__}", where=where)
        _check_string(param, where, value, rule)
    elif kind in ("integer", "number"):
        valid = isinstance(value, int) or (
            kind == "number" and isinstance(value, float)
        )
        if (
            isinstance(value, bool)
            or not valid
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            _fail(param, f"must be a finite {kind}, not {value!r}", where=where)
        if rule.minimum is not None and value < rule.minimum:
            _fail(
                param, f"must be at least {rule.minimum:g} (got {value})", where=where
            )
        if rule.maximum is not None and value > rule.maximum:
            _fail(param, f"must be at most {rule.maximum:g} (got {value})", where=where)
    elif kind == "boolean":
        if not isinstance(value, bool):
            _fail(param, f"must be a bool, not {type(value).__name__}", where=where)
    elif kind == "array":
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            _fail(param, f"must be a list, not {type(value).__name__}", where=where)
        if rule.min_items is not None and len(value) < rule.min_items:
            _fail(
                param,
                f"needs at least {rule.min_items} item(s), got {len(value)}",
                where=where,
            )
        if rule.max_items is not None and len(value) > rule.max_items:
            _fail(
                param,
                f"takes at most {rule.max_items} items, got {len(value)}",
                where=where,
            )
        if rule.items is not None:
            for index, item in enumerate(value):
                _check_value(param, f"{where}[{index}]", item, rule.items)
    elif kind == "object" and not isinstance(value, Mapping):
        _fail(param, f"must be a mapping, not {type(value).__name__}", where=where)
    if rule.enum is not None and value not in rule.enum:
        allowed = ", ".join(repr(option) for option in rule.enum)
        _fail(param, f"must be one of {allowed} (got {value!r})", where=where)


def _check_string(param: Param, where: str, value: str, rule: Rule) -> None:
    if rule.min_length is not None and len(value) < rule.min_length:
        detail = (
            "must not be empty"
            if rule.min_length == 1
            else f"needs at least {rule.min_length} characters"
        )
        _fail(param, detail, where=where)
    if rule.max_length is not None and len(value) > rule.max_length:
        _fail(
            param,
            f"takes at most {rule.max_length} characters, got {len(value)}",
            where=where,
        )
    if rule.max_bytes is not None and len(value.encode("utf-8")) > rule.max_bytes:
        size = len(value.encode("utf-8"))
        _fail(
            param,
            f"takes at most {rule.max_bytes} bytes of UTF-8, got {size}",
            where=where,
        )
    if rule.forbidden is not None and rule.forbidden in value:
        _fail(
            param,
            f"must not contain {rule.forbidden!r}: the values travel {rule.forbidden!r}-separated",
            where=where,
        )
    if rule.json_text:
        try:
            json.loads(value)
        except ValueError as exc:
            _fail(param, f"must be JSON text ({exc})", where=where)
    if rule.pattern is not None and not re.search(rule.pattern, value):
        _fail(
            param,
            f"must match the pattern {rule.pattern!r} (got {value!r})",
            where=where,
        )


# --- writing ------------------------------------------------------------------------------------


def _scalar_text(value: Any) -> str:
    # As the official SDKs write a value (`str()`): True is "True", 2.0 is "2.0".
    return value if isinstance(value, str) else str(value)


def _flatten(prefix: str, value: Any) -> Iterable[tuple[str, str]]:
    """`repeatList`/`flat`: lists numbered from 1, objects by dotted keys (Tag.1.Key=k)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _flatten(f"{prefix}.{key}", item)
    elif isinstance(value, Sequence) and not isinstance(value, str):
        for index, item in enumerate(value, start=1):
            yield from _flatten(f"{prefix}.{index}", item)
    elif value is not None:
        yield prefix, _scalar_text(value)


def _plain(value: Any) -> Any:
    """A value as JSON data (enums and JSON-text fields included)."""
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(item) for item in value]
    return value


def write(params: Sequence[Param], values: Mapping[str, Any]) -> WireParams:
    """Encode checked values into query and form fields, in declaration order."""
    wire = WireParams()
    for param in params:
        value = values.get(param.python_name)
        if value is None:
            continue
        target = wire.form if param.location == "formData" else wire.query
        value = _plain(value)
        if param.style == "simple":
            target.append(
                (param.wire_name, ",".join(_scalar_text(item) for item in value))
            )
        elif param.style in ("repeatList", "flat"):
            target.extend(_flatten(param.wire_name, value))
        elif param.style == "json" or isinstance(value, (Mapping, list)):
            target.append(
                (
                    param.wire_name,
                    json.dumps(value, ensure_ascii=False, separators=(",", ":")),
                )
            )
        else:
            target.append((param.wire_name, _scalar_text(value)))
    return wire


# --- reading (the emulator's side) --------------------------------------------------------------


def _parse_scalar(param: Param, where: str, text: str, rule: Rule) -> Any:
    if rule.type == "integer":
        if not re.fullmatch(r"-?[0-9]+", text):
            _fail(param, f"must be an integer, got {text!r}", where=where)
        return int(text)
    if rule.type == "number":
        if not _NUMBER_LIKE.fullmatch(text):
            _fail(param, f"must be a number, got {text!r}", where=where)
        return float(text)
    if rule.type == "boolean":
        if text.lower() not in ("true", "false"):
            _fail(param, f"must be true or false, got {text!r}", where=where)
        return text.lower() == "true"
    return text


def _unflatten(param: Param, pairs: Iterable[tuple[str, str]]) -> Any:
    """Rebuild nested lists and objects from dotted names; numeric keys make lists."""
    root: dict[str, Any] = {}
    for name, text in pairs:
        node = root
        keys = name.split(".")
        for key in keys[:-1]:
            node = node.setdefault(key, {})
            if not isinstance(node, dict):
                _fail(
                    param,
                    f"{param.wire_name}.{name} conflicts with a value sent before it",
                )
        if isinstance(node.get(keys[-1]), dict):
            _fail(
                param, f"{param.wire_name}.{name} conflicts with fields sent before it"
            )
        node[keys[-1]] = text

    def listify(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        if node and all(key.isdigit() for key in node):
            return [listify(node[key]) for key in sorted(node, key=int)]
        return {key: listify(item) for key, item in node.items()}

    return listify(root)


def read(params: Sequence[Param], fields: Mapping[str, str]) -> dict[str, Any]:
    """Decode wire fields into keyword arguments for the request; raise on malformed input."""
    values: dict[str, Any] = {}
    for param in params:
        rule = param.rule
        if param.style in ("repeatList", "flat"):
            prefix = f"{param.wire_name}."
            nested = [
                (name[len(prefix) :], text)
                for name, text in fields.items()
                if name.startswith(prefix)
            ]
            if not nested:
                continue
            value = _unflatten(param, nested)
            if rule.type == "array" and isinstance(value, dict):
                _fail(param, "list items must be numbered from 1")
            values[param.python_name] = _typed(param, param.python_name, value, rule)
            continue
        if param.wire_name not in fields:
            continue
        text = fields[param.wire_name]
        if param.style == "simple":
            items = text.split(",") if text else []
            item_rule = rule.items or Rule("string")
            values[param.python_name] = [
                _parse_scalar(param, f"{param.python_name}[{i}]", item, item_rule)
                for i, item in enumerate(items)
            ]
        elif param.style == "json" or rule.type in ("array", "object"):
            try:
                values[param.python_name] = json.loads(text)
            except ValueError:
                _fail(param, "must be JSON text")
        else:
            values[param.python_name] = _parse_scalar(
                param, param.python_name, text, rule
            )
    for param in params:
        if param.required and param.python_name not in values:
            _fail(param, "is required", code="MissingParameter")
    return values


def _typed(param: Param, where: str, value: Any, rule: Rule) -> Any:
    if isinstance(value, str):
        return _parse_scalar(param, where, value, rule)
    if isinstance(value, list) and rule.items is not None:
        return [
            _typed(param, f"{where}[{i}]", item, rule.items)
            for i, item in enumerate(value)
        ]
    return value
