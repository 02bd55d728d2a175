"""Shared runtime of the generated requests: limits checked before sending, and the wire form.

A generated request is a frozen dataclass whose fields are declared with `param` (wire name,
location, style and limits); the value types come from the annotations. This module turns those
declarations into `Param`s once per class, validates values against their `Rule`s when a request
is created, writes them in the parameter's style (as the official SDKs do), and reads them back
from the wire (the emulator uses that to enforce the same limits as the client).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from .errors import RequestValidationError
from .model import Model, dataclass_transform
from .signing import percent_encode

R = TypeVar("R", bound="Request")

_NUMBER_LIKE = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


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
    location: str  # "query", "formData", "path", "header" or "body"
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


def _resolve(rule: Rule, hint: Any, style: str | None) -> Rule:
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
        items = _resolve(rule.items or Rule(), arguments[0], None)
        if style == "simple":  # the items travel comma-joined: none may hold a comma
            items = dataclasses.replace(items, forbidden=",")
        return dataclasses.replace(rule, type="array", items=items)
    if origin in (Mapping, dict):
        return dataclasses.replace(rule, type="object")
    return dataclasses.replace(rule, type="any")


@dataclass_transform(
    kw_only_default=True, frozen_default=True, field_specifiers=(param,)
)
class Request:
    """Base of every generated request: a frozen, keyword-only dataclass checked when created.

    Subclasses become dataclasses when they are defined; their fields are declared with `param`.
    """

    _params_cache: ClassVar[tuple[Param, ...] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(kw_only=True, frozen=True)(cls)

    @classmethod
    def params(cls) -> tuple[Param, ...]:
        """The parameters in wire order, with their resolved rules (prepared once per class)."""
        prepared = cls.__dict__.get("_params_cache")
        if prepared is None:
            hints = typing.get_type_hints(cls)
            prepared = tuple(
                Param(
                    declared.wire_name,
                    f.name,
                    declared.location,
                    declared.style,
                    f.default is dataclasses.MISSING,
                    _resolve(declared.rule, hints[f.name], declared.style),
                )
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                for declared in (f.metadata["param"],)
            )
            cls._params_cache = prepared
        return prepared

    def __post_init__(self) -> None:
        for declared in self.params():
            check(declared, getattr(self, declared.python_name))

    def to_wire(self) -> WireParams:
        """The parameters as they travel: query and form fields, in the spec's styles."""
        return write(self.params(), vars(self))

    @classmethod
    def from_wire(
        cls: type[R], fields: Mapping[str, str], body: bytes | None = None
    ) -> R:
        """Parse wire fields and the body back (the emulator's side); raises
        RequestValidationError."""
        return cls(**read(cls.params(), fields, body))


@dataclass
class WireParams:
    """Parameters in wire form: text fields for the query string, the form body, the path and
    the headers, and the request body, when one parameter is the whole body."""

    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)
    path: dict[str, str] = field(default_factory=dict)  # wire name -> value, unencoded
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    content_type: str | None = None


JSON_CONTENT_TYPE = "application/json; charset=utf-8"  # as the official SDK sends JSON
BINARY_CONTENT_TYPE = "application/octet-stream"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_PLACEHOLDER = re.compile(r"\{(\+?)([^{}]+)\}")


def expand_path(template: str, values: Mapping[str, str]) -> str:
    """The request path: each `{Name}` replaced by its value percent-encoded as one segment
    (UTF-8, space as %20, `/` as %2F), each `{+Name}` (a path tail) segment by segment.
    """

    def replace(match: re.Match[str]) -> str:
        value = values[match.group(2)]
        if match.group(1):
            return "/".join(percent_encode(part) for part in value.split("/"))
        return percent_encode(value)

    return _PLACEHOLDER.sub(replace, template)


# --- validation ---------------------------------------------------------------------------------


def check(param: Param, value: Any) -> None:
    """Raise RequestValidationError if `value` breaks the parameter's limits."""
    if value is None:
        if param.required:
            _fail(param, "is required", code="MissingParameter")
        return
    _check_value(param, param.python_name, value, param.rule)
    if param.location == "path":
        _check_path_value(param, _scalar_text(value))


def _check_path_value(param: Param, text: str) -> None:
    """A value may not change the path it goes into: no `.` or `..` segment, and no `/`
    unless the parameter is a path tail."""
    segments = text.split("/") if param.style == "tail" else [text]
    if param.style != "tail" and "/" in text:
        _fail(param, f"must not contain '/': it is one path segment (got {text!r})")
    if any(segment in ("", ".", "..") for segment in segments):
        _fail(param, f"would change the request path (got {text!r})")


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
    elif kind == "binary":
        if not isinstance(value, (bytes, bytearray, memoryview)) and not callable(
            getattr(value, "read", None)
        ):
            _fail(param, f"must be bytes or a file, not {type(value).__name__}")
    elif kind == "object" and not isinstance(value, (Mapping, Model)):
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
    """A value as JSON data (models, enums and JSON-text fields included)."""
    if isinstance(value, Model):
        return value.to_dict()
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(item) for item in value]
    return value


def write(params: Sequence[Param], values: Mapping[str, Any]) -> WireParams:
    """Encode checked values into query, form, path and header fields, and the body."""
    wire = WireParams()
    for param in params:
        value = values.get(param.python_name)
        if value is None:
            continue
        if param.location == "body":
            _write_body(wire, param, value)
            continue
        value = _plain(value)
        if param.location == "path":
            wire.path[param.wire_name] = _scalar_text(value)
            continue
        target = {"formData": wire.form, "header": wire.headers}.get(
            param.location, wire.query
        )
        if param.style == "simple":
            target.append(
                (param.wire_name, ",".join(_scalar_text(item) for item in value))
            )
        elif param.style in ("repeatList", "flat"):
            target.extend(_flatten(param.wire_name, value))
        elif param.style == "json" or isinstance(value, (Mapping, list)):
            target.append((param.wire_name, _json(value)))
        else:
            target.append((param.wire_name, _scalar_text(value)))
    return wire


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _write_body(wire: WireParams, param: Param, value: Any) -> None:
    """The whole body: bytes (or a file's) as they are, text as UTF-8, data as JSON."""
    if param.rule.type == "binary":
        data = (
            value if isinstance(value, (bytes, bytearray, memoryview)) else value.read()
        )
        if not isinstance(data, (bytes, bytearray, memoryview)):
            _fail(param, "must be bytes or a file opened in binary mode")
        wire.body, wire.content_type = bytes(data), BINARY_CONTENT_TYPE
    elif isinstance(value, str):
        wire.body, wire.content_type = value.encode("utf-8"), JSON_CONTENT_TYPE
    else:
        wire.body = _json(_plain(value)).encode("utf-8")
        wire.content_type = JSON_CONTENT_TYPE


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


def read(
    params: Sequence[Param], fields: Mapping[str, str], body: bytes | None = None
) -> dict[str, Any]:
    """Decode wire fields (query, form, path and header values by wire name) and the body
    into keyword arguments for the request; raise on malformed input."""
    values: dict[str, Any] = {}
    for param in params:
        rule = param.rule
        if param.location == "body":
            if body:
                values[param.python_name] = _read_body(param, body)
            continue
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


def _read_body(param: Param, body: bytes) -> Any:
    if param.rule.type == "binary":
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        _fail(param, "the body must be UTF-8 text")
    if param.rule.type == "string":
        return text
    try:
        return json.loads(text)
    except ValueError:
        _fail(param, "the body must be JSON text")


def _typed(param: Param, where: str, value: Any, rule: Rule) -> Any:
    if isinstance(value, str):
        return _parse_scalar(param, where, value, rule)
    if isinstance(value, list) and rule.items is not None:
        return [
            _typed(param, f"{where}[{i}]", item, rule.items)
            for i, item in enumerate(value)
        ]
    return value
