"""The wire form of a request: each parameter written in its style (as the official SDKs
write them) into the query, the form body, the path, the headers or the body; and read back from
the wire, as the emulator does to enforce the same limits as the client."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Model
from ..signing import percent_encode
from .checks import fail, scalar_text
from .declare import Param, Rule

__all__ = [
    "BINARY_CONTENT_TYPE",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "WireParams",
    "expand_path",
    "read",
    "write",
]

_NUMBER_LIKE = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


@dataclass
class WireParams:
    """Parameters in wire form: text fields for the query string, the form body, the path and
    the headers, the request body, when one parameter is the whole body, and the value of a
    host parameter (SLS's project, PDS's domain: the first label of the host)."""

    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)
    path: dict[str, str] = field(default_factory=dict)  # wire name -> value, unencoded
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    content_type: str | None = None
    host: str | None = None


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


def _flatten(prefix: str, value: Any) -> Iterable[tuple[str, str]]:
    """`repeatList`/`flat`: lists numbered from 1, objects by dotted keys (Tag.1.Key=k)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _flatten(f"{prefix}.{key}", item)
    elif isinstance(value, Sequence) and not isinstance(value, str):
        for index, item in enumerate(value, start=1):
            yield from _flatten(f"{prefix}.{index}", item)
    elif value is not None:
        yield prefix, scalar_text(value)


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
            wire.path[param.wire_name] = scalar_text(value)
            continue
        if param.location == "host":
            wire.host = scalar_text(value)
            continue
        target = {"formData": wire.form, "header": wire.headers}.get(
            param.location, wire.query
        )
        if param.style == "simple":
            target.append(
                (param.wire_name, ",".join(scalar_text(item) for item in value))
            )
        elif param.style in ("repeatList", "flat"):
            target.extend(_flatten(param.wire_name, value))
        elif param.style == "json" or isinstance(value, (Mapping, list)):
            target.append((param.wire_name, _json(value)))
        else:
            target.append((param.wire_name, scalar_text(value)))
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
            fail(param, "must be bytes or a file opened in binary mode")
        wire.body, wire.content_type = bytes(data), BINARY_CONTENT_TYPE
    elif isinstance(value, str) and param.rule.type == "string":
        wire.body, wire.content_type = value.encode("utf-8"), JSON_CONTENT_TYPE
    else:
        wire.body = _json(_plain(value)).encode("utf-8")
        wire.content_type = JSON_CONTENT_TYPE


# --- reading (the emulator's side) --------------------------------------------------------------


def _parse_scalar(param: Param, where: str, text: str, rule: Rule) -> Any:
    if rule.type == "integer":
        if not re.fullmatch(r"-?[0-9]+", text):
            fail(param, f"must be an integer, got {text!r}", where=where)
        return int(text)
    if rule.type == "number":
        if not _NUMBER_LIKE.fullmatch(text):
            fail(param, f"must be a number, got {text!r}", where=where)
        return float(text)
    if rule.type == "boolean":
        if text.lower() not in ("true", "false"):
            fail(param, f"must be true or false, got {text!r}", where=where)
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
                fail(
                    param,
                    f"{param.wire_name}.{name} conflicts with a value sent before it",
                )
        if isinstance(node.get(keys[-1]), dict):
            fail(
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
                fail(param, "list items must be numbered from 1")
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
                fail(param, "must be JSON text")
        else:
            values[param.python_name] = _parse_scalar(
                param, param.python_name, text, rule
            )
    for param in params:
        if param.required and param.python_name not in values:
            fail(param, "is required", code="MissingParameter")
    return values


def _read_body(param: Param, body: bytes) -> Any:
    if param.rule.type == "binary":
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        fail(param, "the body must be UTF-8 text")
    if param.rule.type == "string":
        return text
    try:
        return json.loads(text)
    except ValueError:
        fail(param, "the body must be JSON text")


def _typed(param: Param, where: str, value: Any, rule: Rule) -> Any:
    if isinstance(value, str):
        return _parse_scalar(param, where, value, rule)
    if isinstance(value, list) and rule.items is not None:
        return [
            _typed(param, f"{where}[{i}]", item, rule.items)
            for i, item in enumerate(value)
        ]
    return value
