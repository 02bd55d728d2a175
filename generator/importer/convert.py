"""One vendor operation -> our operation document (without golden responses, see `goldens`).

RPC, V3 and REST-style (ROA) operations: a method, a path (ROA), parameters in the query, a form,
the path, a header or the body. What cannot be expressed (a style we do not know, a `$ref` to
nowhere) raises `Unsupported`, and the product import skips the operation with that reason;
everything else is mapped, and what is lost on the way becomes a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..spec.checks import SIGNER_SET_HEADERS
from .schemas import Converter, Schema, Unsupported, clean_text

OPERATION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_PARAMETER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_PLACEHOLDER = re.compile(r"\{(\+?)([^{}]+)\}")
_ERROR_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LOCATIONS = ("query", "formData", "path", "header", "body", "host")
# The method the official SDK sends when the vendor lists several: POST first.
_METHODS = ("POST", "GET", "PUT", "DELETE", "PATCH", "HEAD")
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


def describe(name: str, api: Mapping[str, Any]) -> dict[str, Any]:
    """The start of every style's operation document: its name, summary, description,
    deprecation and access."""
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
    return document


def convert_operation(
    name: str,
    api: Mapping[str, Any],
    components: Mapping[str, Any],
    warnings: list[str],
    *,
    style: str = "RPC",
    auth_mapped: bool = False,
) -> Converted:
    """One operation's spec document. `auth_mapped`: the service sends bearer tokens and
    unsigned calls as the format says (PDS), so `security` becomes the operation's `auth`.
    """
    if not OPERATION_NAME.fullmatch(name):
        raise Unsupported(
            f"name {name!r} is not an identifier (^[A-Za-z][A-Za-z0-9]*$)"
        )
    converter = Converter(components, name, warnings)
    document = describe(name, api)
    parameters = _parameters(api.get("parameters"), converter, name, warnings)
    document["methods"] = _methods(api.get("methods"), name, parameters, warnings)
    hosts = [p["name"] for p in parameters if p["in"] == "host"]
    if (hosts and style != "ROA") or len(hosts) > 1:
        raise Unsupported(
            f"host parameters {hosts} (one, in a REST-style operation, is the first label "
            "of the host)"
        )
    if style == "ROA":
        path, fixed = _path(api.get("path"), parameters, name, warnings)
        document["path"] = path
        if fixed:
            document["fixed_query"] = fixed
    document["parameters"] = parameters
    response = _response(api.get("responses"), converter, warnings)
    if response is None:
        document["response_media"] = "none"
        document["response"] = {"type": "object"}
    else:
        if response.get("type") == "string" and response.get("format") == "binary":
            document["response_media"] = "binary"  # the body's bytes, as they come
        document["response"] = response
    errors = _errors(api.get("errorCodes"), name, warnings)
    if errors:
        document["errors"] = errors
    auth = _security(api.get("security"), name, warnings, mapped=auth_mapped)
    if auth != ["access_key"]:
        document["auth"] = auth
    return Converted(name, document, converter)


def _parameters(
    value: Any, converter: Converter, name: str, warnings: list[str]
) -> list[dict[str, Any]]:
    """The parameters; one the vendor lists twice is merged if both entries agree (as the
    official SDK, which knows each name once), else the first is kept and the other reported.
    """
    found: dict[str, dict[str, Any]] = {}
    for vendor in _list(value, "parameters"):
        if _signer_sets(vendor):
            warnings.append(
                f"{name}: header {vendor['name']!r} is set by the client when it signs: "
                "the parameter is dropped"
            )
            continue
        parameter = _parameter(vendor, converter, warnings)
        key = parameter["name"]
        if key in found:
            agree = found[key] == parameter
            warnings.append(
                f"{name}: parameter {key!r} is listed twice"
                + (
                    "; merged"
                    if agree
                    else " with different definitions; the first kept"
                )
            )
            continue
        found[key] = parameter
    return list(found.values())


def _signer_sets(vendor: Any) -> bool:
    """A header parameter the client sets itself when it signs (Content-Type, Authorization,
    x-acs-date, ...): the signature would not hold if the caller could set it."""
    return (
        isinstance(vendor, dict)
        and vendor.get("in") == "header"
        and isinstance(vendor.get("name"), str)
        and vendor["name"].lower() in SIGNER_SET_HEADERS
    )


def _path(
    value: Any, parameters: list[dict[str, Any]], name: str, warnings: list[str]
) -> tuple[str, dict[str, str]]:
    """The path template and its fixed query, and path parameters that agree with it: one the
    template does not name is dropped (the official SDK never sends it), a placeholder without
    a parameter gets a required string one (the path cannot be sent without it). A query
    written into the path (SLS's `/logstores/{logstore}?type=log`) is the operation's fixed
    query, as the official SDK moves it into the query string before signing."""
    if not isinstance(value, str) or not value.startswith("/"):
        raise Unsupported(f"REST-style operation without a usable path ({value!r})")
    value, fixed = _fixed_query(value, parameters, name, warnings)
    placeholders = [match.group(2) for match in _PLACEHOLDER.finditer(value)]
    for parameter in list(parameters):
        if parameter["in"] != "path":
            continue
        if parameter["name"] not in placeholders:
            warnings.append(
                f"{name}: path parameter {parameter['name']!r} is not in the path "
                f"{value}: dropped, as the official SDK never sends it"
            )
            parameters.remove(parameter)
            continue
        parameter["required"] = True  # a path cannot lack a segment
    declared = {p["name"] for p in parameters if p["in"] == "path"}
    for placeholder in dict.fromkeys(placeholders):
        if placeholder not in declared and _PARAMETER_NAME.fullmatch(placeholder):
            warnings.append(
                f"{name}: {{{placeholder}}} of the path has no parameter: added as a "
                "required string"
            )
            parameters.append(
                {
                    "name": placeholder,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            )
    return value, fixed


def _fixed_query(
    value: str, parameters: list[dict[str, Any]], name: str, warnings: list[str]
) -> tuple[str, dict[str, str]]:
    """`/shards/{shard}?action=split` -> (`/shards/{shard}`, {"action": "split"})."""
    path, _, query = value.partition("?")
    if re.search(r"[\s#?]", path) or "{" in query:
        raise Unsupported(f"path {value!r} holds a character a path cannot")
    fixed: dict[str, str] = {}
    for pair in query.split("&") if query else ():
        key, _, text = pair.partition("=")
        if not _PARAMETER_NAME.fullmatch(key) or key in fixed:
            raise Unsupported(f"{key!r} in the query of {value!r} is not a query name")
        fixed[key] = text
    for parameter in parameters:
        if parameter["in"] == "query" and parameter["name"] in fixed:
            warnings.append(
                f"{name}: query parameter {parameter['name']!r} replaces the pair its path "
                f"{value} writes"
            )
    return path, fixed


def access(api: Mapping[str, Any]) -> str:
    """`read` or `write`: the vendor's operationType, else its systemTags, else a write (safest)."""
    kind = api.get("operationType")
    if kind in ("read", "write"):
        return str(kind)
    tags = api.get("systemTags")
    tag = tags.get("operationType") if isinstance(tags, dict) else None
    return "read" if tag in _READ_TAGS else "write"


def _methods(
    value: Any, name: str, parameters: list[dict[str, Any]], warnings: list[str]
) -> list[str]:
    listed = [m.upper() for m in _list(value, "methods") if isinstance(m, str)]
    usable: list[str] = [m for m in _METHODS if m in listed]
    if not usable:
        # The official SDK sends an operation that declares no method with POST.
        warnings.append(f"{name}: no HTTP method declared; sent with POST")
        return ["POST"]
    if len(usable) < len(listed):
        warnings.append(f"{name}: methods {sorted(set(listed) - set(usable))} dropped")
    if usable[0] in ("GET", "HEAD"):
        for parameter in parameters:
            if parameter["in"] in ("body", "formData"):
                # A GET carries no body: the official SDK sends the value in the query.
                warnings.append(
                    f"{name}: {usable[0]} parameter {parameter['name']!r} of the body "
                    "travels in the query, as the official SDK sends it"
                )
                parameter["in"] = "query"
                kind = parameter["schema"].get("type", "object")
                if kind in ("object", "array"):
                    parameter["style"] = "json"
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
        raise Unsupported(f"parameter {name!r} travels in {location!r}")
    raw: Schema = vendor["schema"]
    schema = converter.convert(raw, f"parameters.{name}", "request", keep_required=True)
    kind = "object" if "$ref" in schema else schema.get("type")
    if location == "body":
        # The whole body: JSON for an object or array (whatever style the vendor gives it, the
        # official SDK sends JSON), bytes for a binary string, text for another string, and the
        # JSON the caller gives when the vendor says nothing of its shape.
        style = None
        if kind is None and not schema.get("properties"):
            warnings.append(
                f"{converter.where}: body parameter {name!r} has no type: sent as the JSON "
                "the caller gives"
            )
        elif kind not in ("object", "array", "string"):
            raise Unsupported(f"body parameter {name!r} of type {kind!r}")
    elif location in ("path", "header") and kind not in _SCALARS and style is None:
        style = "json"
    if style is None and kind in _DEFAULT_STYLE and location != "body":
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
    if isinstance(example, str) and kind in ("boolean", "integer", "number"):
        example = (
            example.strip()
        )  # `'false\n'`: the value is the text without its newline
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


def _response(
    responses: Any, converter: Converter, warnings: list[str]
) -> Schema | None:
    """The response schema: an object or an array, or a binary string (the body's bytes);
    None when the operation answers no body (204 No Content, and no 200 declared)."""
    if success_status(responses) == 204:
        return None
    ok = responses.get("200") if isinstance(responses, dict) else None
    vendor = ok.get("schema") if isinstance(ok, dict) else None
    if not isinstance(vendor, dict):
        warnings.append(
            f"{converter.where}: no response schema: the body is answered as the decoded JSON"
        )
        return {}
    if (
        vendor.get("type") == "array"
        and "items" not in vendor
        and "properties" in vendor
    ):
        # The vendor's slip: an "array" with properties and no items is the object its
        # demo shows.
        warnings.append(
            f"{converter.where}: a response 'array' with properties read as an object"
        )
        vendor = {**vendor, "type": "object"}
    schema = converter.convert(vendor, "response", "response", keep_required=False)
    if "$ref" in schema or schema.get("format") == "binary":
        return schema
    kind = schema.setdefault("type", "object")
    items = schema.get("items", {})
    if kind not in ("object", "array") or (
        kind == "array"
        and "$ref" not in items
        and not isinstance(items.get("properties"), dict)
    ):
        warnings.append(
            f"{converter.where}: a response of plain values ({kind}): answered as the "
            "decoded JSON"
        )
    return schema


def success_status(responses: Any) -> int:
    """The status of a success answer: 204 for an operation that declares only a 204 (No
    Content) without a schema, as FC's deletes do; 200 otherwise."""
    if not isinstance(responses, dict) or "200" in responses:
        return 200
    no_content = responses.get("204")
    if isinstance(no_content, dict) and not no_content.get("schema"):
        return 204
    return 200


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


# api-docs security schemes -> the spec's `auth`, in the format's order.
AUTH_SCHEMES = {"AK": "access_key", "BearerToken": "bearer", "Anonymous": "anonymous"}


def _security(
    value: Any, name: str, warnings: list[str], *, mapped: bool = False
) -> list[str]:
    """How the operation authenticates (`auth`): where the service's style is `mapped` and
    every scheme is known, its schemes; else an AccessKey, with a warning for the others.
    """
    schemes = {
        key
        for entry in _list(value, "security")
        if isinstance(entry, dict)
        for key in entry
    }
    if mapped and schemes and schemes <= set(AUTH_SCHEMES):
        if "Anonymous" in schemes and len(schemes) > 1:
            warnings.append(
                f"{name}: security {sorted(schemes)}: anonymous beside a signature; "
                "signed with an AccessKey"
            )
            return ["access_key"]
        return [
            a for a in AUTH_SCHEMES.values() if a in {AUTH_SCHEMES[s] for s in schemes}
        ]
    if schemes - {"AK"}:
        warnings.append(
            f"{name}: security {sorted(schemes)} (e.g. anonymous or OIDC) cannot be expressed; "
            "the client will sign it with an AccessKey"
        )
    return ["access_key"]


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Unsupported(f"{what} is not a list")
    return value
