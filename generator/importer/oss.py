"""OSS-style operations (Object Storage Service): the vendor's own protocol -> the spec format.

What the metadata writes, and what it becomes:
- `in: host` `bucket`: the bucket, addressed in the host at run time (virtual-hosted, or path
  style for an IP endpoint); it gets OSS's bucket-name limits.
- `path: /{key}?uploads`: the path after the bucket (`{key}` is the object key, a tail that keeps
  `/`: `{+key}`) and `fixed_query: {uploads: ""}`, the sub-resource every request carries.
- `x-oss-*` and other headers: header parameters, Python-named without `x-oss-`
  (`forbid_overwrite`); `x-oss-meta-*`, an object, is a header map (`metadata`).
- an object body is XML (`style: xml`): a `$ref` body is wrapped as `{<Model>: {$ref}}`, so that
  the schema's one property names the root element; a string body is bytes (binary) or text.
- `responses.200.schema`: `{Root: {...}}` is an XML response (`response_media: xml`), a string
  one is bytes (`binary`), none is `none`; `responses.200.headers` become `response_headers`.
The vendor lists no error codes for OSS: the service file gets OSS's own (`SERVICE_ERRORS`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from ..python import names
from .convert import Converted, describe
from .schemas import (
    COMPONENT_PREFIX,
    MODEL_PREFIX,
    Converter,
    Schema,
    Unsupported,
)

SIGNING: dict[str, Any] = {"default": "v4", "supported": ["v4", "v1"]}
# The fields of OSS's `<Error>` body, as `acs_core.oss.xml.parse_error` reads them.
ERROR_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "Code": {"type": "string", "description": "The error code."},
        "Message": {"type": "string", "description": "The error message."},
        "RequestId": {"type": "string", "description": "The ID of the request."},
        "HostId": {"type": "string", "description": "The endpoint that answered."},
        "EC": {"type": "string", "description": "OSS's own error number."},
        "RecommendDoc": {
            "type": "string",
            "description": "A link to the diagnosis of this error.",
        },
    },
    "required": ["Code", "Message"],
}
# OSS's common error codes (acs_core.oss.answers types them the same way).
SERVICE_ERRORS: list[dict[str, Any]] = [
    {"code": "AccessDenied", "status": 403, "kind": "permission"},
    {"code": "InvalidAccessKeyId", "status": 403, "kind": "authentication"},
    {"code": "SignatureDoesNotMatch", "status": 403, "kind": "authentication"},
    {"code": "RequestTimeTooSkewed", "status": 403, "kind": "authentication"},
    {"code": "InvalidSecurityToken", "status": 403, "kind": "authentication"},
    {"code": "SecurityTokenExpired", "status": 403, "kind": "authentication"},
    {"code": "InvalidArgument", "status": 400, "kind": "validation"},
    {"code": "InvalidBucketName", "status": 400, "kind": "validation"},
    {"code": "InvalidObjectName", "status": 400, "kind": "validation"},
    {"code": "MalformedXML", "status": 400, "kind": "validation"},
    {"code": "EntityTooLarge", "status": 400, "kind": "validation"},
    {"code": "InvalidPart", "status": 400, "kind": "validation"},
    {"code": "InvalidPartOrder", "status": 400, "kind": "validation"},
    {"code": "NoSuchBucket", "status": 404, "kind": "not_found"},
    {"code": "NoSuchKey", "status": 404, "kind": "not_found"},
    {"code": "NoSuchUpload", "status": 404, "kind": "not_found"},
    {"code": "BucketAlreadyExists", "status": 409, "kind": "conflict"},
    {"code": "BucketNotEmpty", "status": 409, "kind": "conflict"},
    {"code": "FileAlreadyExists", "status": 409, "kind": "conflict"},
    {"code": "PreconditionFailed", "status": 412, "kind": "validation"},
    {"code": "SlowDown", "status": 503, "kind": "throttling"},
    {"code": "InternalError", "status": 500, "kind": "server"},
    {"code": "NotImplemented", "status": 501, "kind": "server"},
]
# OSS's bucket names: 3-63 characters, lowercase letters, digits and `-`, no `-` at either end.
BUCKET_LIMITS: dict[str, Any] = {
    "minLength": 3,
    "maxLength": 63,
    "pattern": "^[a-z0-9][a-z0-9-]*[a-z0-9]$",
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*(-\*)?")
_QUERY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9-]*(-\*)?")
_LOCATIONS = ("host", "query", "header", "path", "body")
_METHODS = ("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS")
_SCALARS = ("string", "integer", "number", "boolean")
_PREFIX = "x-oss-"
_META = "x-oss-meta-*"
_KEY = "key"  # the path parameter that is the object key: a tail that keeps `/`
# Characters the vendor writes in header names where a hyphen is meant (U+2010 to U+2015).
_HYPHENS = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015"})


def convert_operation(
    name: str,
    api: Mapping[str, Any],
    components: Mapping[str, Any],
    warnings: list[str],
) -> Converted:
    """One OSS operation of the vendor's metadata as an operation document."""
    converter = Converter(components, name, warnings)
    document = describe(name, api)
    document["methods"] = [_method(api.get("methods"), name, warnings)]
    path, fixed = _path(api.get("path"))
    document["path"] = path
    if fixed:
        document["fixed_query"] = fixed
    parameters = _parameters(api.get("parameters"), converter, path, name, warnings)
    if any(p["in"] == "path" for p in parameters) and "{" not in path:
        raise Unsupported(f"path parameters, but the path {path!r} has no placeholder")
    document["parameters"] = parameters
    ok = (api.get("responses") or {}).get("200")
    ok = ok if isinstance(ok, dict) else {}
    media, response = _response(ok.get("schema"), converter, warnings)
    if media != "json":
        document["response_media"] = media
    document["response"] = response
    headers = _response_headers(ok.get("headers"), converter, name, warnings)
    if headers:
        document["response_headers"] = headers
    return Converted(name, document, converter)


def _method(value: Any, name: str, warnings: list[str]) -> str:
    listed = [m.upper() for m in value or () if isinstance(m, str)]
    usable = [m for m in listed if m in _METHODS]
    if not usable:
        raise Unsupported(f"no HTTP method OSS answers among {listed}")
    if len(listed) > 1:
        warnings.append(f"{name}: methods {listed}: {usable[0]} kept")
    return usable[0]


def _path(value: Any) -> tuple[str, dict[str, str]]:
    """`/{key}?uploads` -> (`/{+key}`, {"uploads": ""}): the path after the bucket, and the
    sub-resource pairs every request of the operation carries."""
    if not isinstance(value, str) or not value.startswith("/"):
        raise Unsupported(f"OSS operation without a usable path ({value!r})")
    path, _, query = value.partition("?")
    if re.search(r"[\s#]", path):
        raise Unsupported(f"path {path!r} holds a character a path cannot")
    fixed: dict[str, str] = {}
    for pair in query.split("&") if query else ():
        key, _, text = pair.partition("=")
        if not _QUERY_NAME.fullmatch(key):
            raise Unsupported(f"sub-resource {key!r} in {value!r} is not a query name")
        fixed[key] = text
    return path.replace("{" + _KEY + "}", "{+" + _KEY + "}"), fixed


def _parameters(
    value: Any, converter: Converter, path: str, name: str, warnings: list[str]
) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for vendor in value if isinstance(value, list) else ():
        parameter = _parameter(vendor, converter, path, warnings)
        if parameter["name"] in found:
            warnings.append(
                f"{name}: parameter {parameter['name']!r} is listed twice; the first kept"
            )
            continue
        found[parameter["name"]] = parameter
    parameters = list(found.values())
    _python_names(parameters)
    return parameters


def _parameter(
    vendor: Any, converter: Converter, path: str, warnings: list[str]
) -> dict[str, Any]:
    if not isinstance(vendor, dict) or not isinstance(vendor.get("schema"), dict):
        raise Unsupported("a parameter without a name or schema")
    name, location = vendor.get("name"), vendor.get("in")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise Unsupported(f"parameter name {name!r} is not an identifier")
    if location not in _LOCATIONS:
        raise Unsupported(f"parameter {name!r} travels in {location!r}")
    if name.endswith("*") and location != "header":
        raise Unsupported(f"parameter {name!r}: a prefix name outside the headers")
    raw: Schema = vendor["schema"]
    schema = converter.convert(raw, f"parameters.{name}", "request", keep_required=True)
    kind = "object" if "$ref" in schema else schema.get("type")
    parameter: dict[str, Any] = {"name": name, "in": location}
    if location == "body":
        schema = _body(schema, kind, name)
        if schema.get("type") == "object":
            parameter["style"] = "xml"
    elif name.endswith("*"):
        if kind != "object":
            raise Unsupported(f"header map {name!r} is not an object")
        schema.setdefault("additionalProperties", {"type": "string"})
    elif kind not in _SCALARS:
        raise Unsupported(
            f"parameter {name!r}: a {kind or 'untyped'} value in {location}"
        )
    elif vendor.get("style") not in (None, "simple"):
        warnings.append(
            f"{converter.where}: parameter {name!r}: style {vendor['style']!r} of a plain "
            "value dropped (OSS sends it as it is)"
        )
    if location == "host":
        schema.update({k: v for k, v in BUCKET_LIMITS.items() if k not in schema})
    if raw.get("required") is True or location in ("host", "path"):
        parameter["required"] = True
    if schema.pop("deprecated", False):
        parameter["deprecated"] = True
    description = schema.pop("description", None)
    if description:
        parameter["description"] = description
    example = raw.get("example")
    if location in ("host", "header") and isinstance(example, str):
        # The vendor writes some names with a line end ("examplebucket\n"): no bucket name
        # or header value can hold one.
        example = example.strip()
        if "examples" in schema:
            schema["examples"] = [example]
    if isinstance(example, str) and example and kind in _SCALARS:
        parameter["example"] = example
    parameter["schema"] = schema
    return parameter


def _body(schema: Schema, kind: Any, name: str) -> Schema:
    """An XML body is `{Root: {...}}`; a `$ref` body is the root element its model names."""
    if "$ref" in schema:
        model = str(schema["$ref"]).removeprefix(MODEL_PREFIX)
        inner = {k: v for k, v in schema.items() if k != "description"}
        body: Schema = {"type": "object", "properties": {model: inner}}
        if "description" in schema:
            body["description"] = schema["description"]
        return body
    if kind is None:
        # An untyped body: the bytes as they are.
        return {**schema, "type": "string", "format": "binary"}
    if kind == "object" and len(schema.get("properties", {})) == 1:
        return schema
    if kind == "string":
        return schema
    raise Unsupported(f"body parameter {name!r} of type {kind!r} is no XML document")


def _python_names(parameters: list[dict[str, Any]]) -> None:
    """`x-oss-forbid-overwrite` -> `forbid_overwrite`, `x-oss-meta-*` -> `metadata`, where
    the shorter name is free (OSS's SDKs name them so)."""
    taken = {str(names.attribute_name(p["name"])) for p in parameters}
    for parameter in parameters:
        wanted = _short_name(parameter["name"])
        if parameter["in"] == "header" and wanted is not None and wanted not in taken:
            parameter["python_name"] = wanted
            taken.add(wanted)


def _short_name(wire: str) -> str | None:
    if wire == _META:
        return "metadata"
    if wire.lower().startswith(_PREFIX) and len(wire) > len(_PREFIX):
        return str(names.attribute_name(wire[len(_PREFIX) :]))
    return None


def _response(
    vendor: Any, converter: Converter, warnings: list[str]
) -> tuple[str, Schema]:
    """The response media and schema: XML `{Root: {...}}`, bytes, or none."""
    if not isinstance(vendor, dict):
        return "none", {"type": "object"}
    kind = vendor.get("type")
    if "$ref" not in vendor and (
        kind == "string" or (kind is None and not vendor.get("properties"))
    ):
        return "binary", {"type": "object"}
    schema = converter.convert(vendor, "response", "response", keep_required=False)
    if "$ref" in schema:
        model = str(schema["$ref"]).removeprefix(MODEL_PREFIX)
        return "xml", {"type": "object", "properties": {model: schema}}
    roots = schema.get("properties", {})
    if schema.get("type", "object") != "object" or len(roots) != 1:
        warnings.append(
            f"{converter.where}: the response is no XML document (one root element); "
            "the body is not read (client.raw has it)"
        )
        return "none", {"type": "object"}
    schema.setdefault("type", "object")
    return "xml", schema


def _response_headers(
    value: Any, converter: Converter, name: str, warnings: list[str]
) -> dict[str, Schema]:
    headers: dict[str, Schema] = {}
    for vendor_name, entry in (value or {}).items() if isinstance(value, dict) else ():
        header = str(vendor_name).translate(_HYPHENS)
        if header != vendor_name:
            warnings.append(
                f"{name}: response header {vendor_name!r} read as {header!r} (a hyphen "
                "the vendor wrote as another character)"
            )
        vendor = entry.get("schema") if isinstance(entry, dict) else None
        if not _HEADER.fullmatch(header) or not isinstance(vendor, dict):
            warnings.append(f"{name}: response header {vendor_name!r} dropped")
            continue
        schema = converter.convert(
            vendor, f"response_headers.{header}", "response", keep_required=False
        )
        if header.endswith("*"):
            schema = {"type": "object", "additionalProperties": {"type": "string"}}
        elif schema.get("type") not in _SCALARS:
            warnings.append(f"{name}: response header {header!r} is no plain value")
            continue
        short = _short_name(header)
        if short is not None:
            schema["pythonName"] = short
        headers[header] = schema
    return headers


def marker_pagination(document: dict[str, Any]) -> dict[str, Any] | None:
    """OSS's listings page by markers: a query parameter `X` answered as `Next<X>` beside an
    `IsTruncated` (marker -> NextMarker, key-marker -> NextKeyMarker, continuation-token ->
    NextContinuationToken), the items being the one list of the root element."""
    roots = document["response"].get("properties", {})
    if document.get("response_media") != "xml" or len(roots) != 1:
        return None
    ((root, body),) = roots.items()
    fields = body.get("properties", {})
    by_normal = {_normal(field): field for field in fields}
    # The items: the one list reached through objects; CommonPrefixes are a listing's groups.
    lists = [
        path for path in _lists(body, root) if not path.endswith(".CommonPrefixes")
    ]
    markers = {
        p["name"]: f"{root}.{by_normal['next' + _normal(p['name'])]}"
        for p in document["parameters"]
        if p["in"] == "query" and "next" + _normal(p["name"]) in by_normal
    }
    truncated = by_normal.get("istruncated")
    if not markers or truncated is None or len(lists) != 1:
        return None
    return {
        "style": "marker",
        "items": lists[0],
        "markers": markers,
        "truncated": f"{root}.{truncated}",
    }


def _lists(schema: Schema, path: str) -> list[str]:
    found = []
    for name, field in schema.get("properties", {}).items():
        if field.get("type") == "array":
            found.append(f"{path}.{name}")
        elif field.get("type", "object") == "object" and "properties" in field:
            found += _lists(field, f"{path}.{name}")
    return found


def _normal(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "")


def normalize(
    apis: dict[str, Any], components: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The vendor's OSS metadata, made regular before it is converted.

    A `$ref` to a component that is no object (OSS's `StorageClass`, `ObjectACL`: string
    enums; `Grant`: a `$ref` to one) is replaced by that schema, the referring node's own keys
    kept: a shared model must be an object, and an enum of a field is typed where it is used
    (a string enum keeps the component's name as its class name). A response that is a bare
    `$ref` (CreateSelectObjectMeta's) is the root element its model names: the schema and the
    demos (written unwrapped there) get the `{Root: ...}` every other XML response has.
    """
    inlined, components = _inline_scalars(apis, components)
    return {name: _wrap_bare_response(api) for name, api in inlined.items()}, components


def _wrap_bare_response(api: Any) -> Any:
    ok = (api.get("responses") or {}).get("200") if isinstance(api, dict) else None
    schema = ok.get("schema") if isinstance(ok, dict) else None
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if not isinstance(ref, str) or not ref.startswith(COMPONENT_PREFIX):
        return api
    assert isinstance(ok, dict) and isinstance(schema, dict)
    root = ref.removeprefix(COMPONENT_PREFIX)
    wrapped = {"type": "object", "properties": {root: schema}}
    responses = {**api["responses"], "200": {**ok, "schema": wrapped}}
    fixed = {**api, "responses": responses}
    try:
        demos = json.loads(api.get("responseDemo") or "[]")
        for demo in demos:
            example = json.loads(demo.get("example") or "null")
            if isinstance(example, dict) and list(example) != [root]:
                demo["example"] = json.dumps({root: example}, ensure_ascii=False)
        fixed["responseDemo"] = json.dumps(demos, ensure_ascii=False)
    except (ValueError, AttributeError, TypeError):
        pass  # a demo that does not parse is reported when goldens are made
    return fixed


def _inline_scalars(
    apis: dict[str, Any], components: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:

    def scalar(name: str, seen: frozenset[str] = frozenset()) -> Schema | None:
        schema = components.get(name)
        if not isinstance(schema, dict) or name in seen:
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            return scalar(ref.removeprefix(COMPONENT_PREFIX), seen | {name})
        if schema.get("type", "object") == "object" or "properties" in schema:
            return None
        found = dict(schema)
        if found.get("type") == "string" and "enum" in found:
            found.setdefault("title", name)
        return found

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            found = scalar(ref.removeprefix(COMPONENT_PREFIX))
            if found is not None:
                own = {k: walk(v) for k, v in node.items() if k != "$ref"}
                return {**found, **own}
        return {key: walk(value) for key, value in node.items()}

    return walk(apis), walk(components)
