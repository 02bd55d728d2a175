"""One vendor operation -> our operation document (without golden responses, see `goldens`).

What cannot be expressed (a parameter in a body, header or path, a style we do not know, a
`$ref` to nowhere) raises `Unsupported`, and the product import skips the operation with that
reason; everything else is mapped, and what is lost on the way becomes a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .schemas import Converter, Schema, Unsupported, clean_text

OPERATION_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
_PARAMETER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.]*")
_ERROR_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LOCATIONS = ("query", "formData")
_STYLES = ("simple", "repeatList", "flat", "json")
_SCALARS = ("string", "integer", "number", "boolean")
_READ_TAGS = ("read", "list", "get")
_AUTHENTICATION_PREFIXES = (
    "InvalidAccessKeyId",
    "Signature",
    "IncompleteSignature",
    "InvalidTimeStamp",
    "InvalidSecurityToken",
    "AuthenticationFail",
)
# How the official SDKs send an array or object the metadata gives no style: flattened.
_DEFAULT_STYLE = {"array": "repeatList", "object": "flat"}


@dataclass
class Converted:
    """An operation document and what converting it found out."""

    name: str
    document: dict[str, Any]
    converter: Converter


def convert_operation(
    name: str,
    api: Mapping[str, Any],
    components: Mapping[str, Any],
    warnings: list[str],
) -> Converted:
    if not OPERATION_NAME.fullmatch(name):
        raise Unsupported(
            f"name {name!r} is not a PascalCase identifier (^[A-Z][A-Za-z0-9]*$)"
        )
    converter = Converter(components, name, warnings)
    document: dict[str, Any] = {
        "operation": name,
        "summary": clean_text(api.get("summary"))
        or clean_text(api.get("title"))
        or name,
    }
    description = clean_text(api.get("description"))
    if description:
        document["description"] = description
    if api.get("deprecated") is True:
        document["deprecated"] = True
    document["access"] = access(api)
    document["methods"] = _methods(api.get("methods"), name, warnings)
    document["parameters"] = [
        _parameter(p, converter, warnings)
        for p in _list(api.get("parameters"), "parameters")
    ]
    document["response"] = _response(api.get("responses"), converter, warnings)
    errors = _errors(api.get("errorCodes"), name, warnings)
    if errors:
        document["errors"] = errors
    _security(api.get("security"), name, warnings)
    return Converted(name, document, converter)


def access(api: Mapping[str, Any]) -> str:
    """`read` or `write`: the vendor's operationType, else its systemTags, else a write (safest)."""
    kind = api.get("operationType")
    if kind in ("read", "write"):
        return str(kind)
    tags = api.get("systemTags")
    tag = tags.get("operationType") if isinstance(tags, dict) else None
    return "read" if tag in _READ_TAGS else "write"


def _methods(value: Any, name: str, warnings: list[str]) -> list[str]:
    methods = [m.upper() for m in _list(value, "methods") if isinstance(m, str)]
    usable: list[str] = [m for m in ("POST", "GET") if m in methods]
    if not usable:
        raise Unsupported(f"HTTP methods {methods} (only GET and POST are supported)")
    if len(usable) < len(methods):
        warnings.append(f"{name}: methods {sorted(set(methods) - set(usable))} dropped")
    return usable


def _parameter(
    vendor: Any, converter: Converter, warnings: list[str]
) -> dict[str, Any]:
    if not isinstance(vendor, dict) or not isinstance(vendor.get("schema"), dict):
        raise Unsupported("a parameter without a name or schema")
    name, location, style = vendor.get("name"), vendor.get("in"), vendor.get("style")
    if not isinstance(name, str) or not _PARAMETER_NAME.fullmatch(name):
        raise Unsupported(f"parameter name {name!r} is not an identifier")
    if location not in _LOCATIONS:
        raise Unsupported(
            f"parameter {name!r} travels in {location!r} (only query and formData are supported)"
        )
    raw: Schema = vendor["schema"]
    schema = converter.convert(raw, f"parameters.{name}", "request", keep_required=True)
    kind = "object" if "$ref" in schema else schema.get("type")
    if style is None and kind in _DEFAULT_STYLE:
        style = _DEFAULT_STYLE[str(kind)]
        warnings.append(
            f"{converter.where}: parameter {name!r} has no style; sent as {style}, like the official SDKs"
        )
    if style is not None:
        _check_style(name, style, kind, schema)
    parameter: dict[str, Any] = {"name": name, "in": location}
    if style is not None:
        parameter["style"] = style
    if raw.get("required") is True:
        parameter["required"] = True
    if schema.pop("deprecated", False):
        parameter["deprecated"] = True
    description = schema.pop("description", None)
    if description:
        parameter["description"] = description
    example = raw.get("example")
    # The parameter's example is the text that travels; styles that spread a value over many
    # fields have no single text, so only plain values and `json` keep one.
    if isinstance(example, str) and example and style in (None, "json", "simple"):
        parameter["example"] = example
    parameter["schema"] = schema
    return parameter


def _check_style(name: str, style: Any, kind: Any, schema: Schema) -> None:
    if style not in _STYLES:
        raise Unsupported(
            f"parameter {name!r} has style {style!r} (supported: {', '.join(_STYLES)})"
        )
    items = schema.get("items", {})
    fits = {
        "simple": kind == "array" and items.get("type") in _SCALARS,
        "repeatList": kind == "array",
        "flat": kind in ("array", "object"),
        "json": True,
    }[style]
    if not fits:
        raise Unsupported(
            f"parameter {name!r}: style {style!r} does not fit a {kind or 'untyped'} value"
        )


def _response(responses: Any, converter: Converter, warnings: list[str]) -> Schema:
    ok = responses.get("200") if isinstance(responses, dict) else None
    vendor = ok.get("schema") if isinstance(ok, dict) else None
    if not isinstance(vendor, dict):
        warnings.append(f"{converter.where}: no response schema; any object accepted")
        return {"type": "object"}
    schema = converter.convert(vendor, "response", "response", keep_required=False)
    if "$ref" not in schema and schema.setdefault("type", "object") != "object":
        raise Unsupported(f"the response is of type {schema['type']}, not an object")
    return schema


def error_kind(code: str, status: int) -> str:
    """The kind of error a code is, from its prefix first and its HTTP status second."""
    if code.startswith("Throttling"):
        return "throttling"
    if code.startswith(("Forbidden", "NoPermission")):
        return "permission"
    if code.startswith(_AUTHENTICATION_PREFIXES):
        return "authentication"
    if status >= 500:
        return "server"
    return {
        401: "authentication",
        403: "permission",
        404: "not_found",
        409: "conflict",
    }.get(status, "validation")


def _errors(value: Any, name: str, warnings: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    listed = value.items() if isinstance(value, dict) else ()
    for status_text, entries in listed:
        status = int(status_text) if str(status_text).isdigit() else 0
        for entry in entries if isinstance(entries, list) else ():
            code = entry.get("errorCode") if isinstance(entry, dict) else None
            # Stray whitespace around a code is the vendor's typo ("InvalidRule.Malformed\t").
            code = code.strip() if isinstance(code, str) else code
            if not (
                400 <= status <= 599
                and isinstance(code, str)
                and _ERROR_CODE.fullmatch(code)
            ):
                warnings.append(
                    f"{name}: error code {code!r} with status {status_text!r} dropped"
                )
                continue
            if code in seen:
                warnings.append(
                    f"{name}: error code {code!r} listed twice; the first (status {status_text}) kept"
                )
                continue
            seen.add(code)
            error: dict[str, Any] = {
                "code": code,
                "status": status,
                "kind": error_kind(code, status),
            }
            message = clean_text(entry.get("errorMessage"))
            if message:
                error["message"] = message
            found.append(error)
    return found


def _security(value: Any, name: str, warnings: list[str]) -> None:
    schemes = {
        key
        for entry in _list(value, "security")
        if isinstance(entry, dict)
        for key in entry
    }
    if schemes - {"AK"}:
        warnings.append(
            f"{name}: security {sorted(schemes)} (e.g. anonymous or OIDC) cannot be expressed; "
            "the client will sign it with an AccessKey"
        )


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Unsupported(f"{what} is not a list")
    return value
