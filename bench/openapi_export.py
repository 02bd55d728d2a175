"""Export a spec folder to one OpenAPI 3.0.3 document holding the same operations.

The peers in `bench/compare_peers.py` read OpenAPI, not our specs, so each benchmark input is
handed to them in this form. Every operation becomes a path of its own, `POST /{Operation}`,
with `operationId` the operation's name; its query parameters keep their schemas, form
parameters become an `application/x-www-form-urlencoded` request body, and its response schema
is the `application/json` body of a 200 response. Shared models go to `components/schemas`.

Our schemas are the JSON Schema 2020-12 subset of `generator/spec/metaschemas/schema.schema.json`; what
OpenAPI 3.0 spells differently is converted, and what it lacks is dropped:
  `$ref: '#/models/X'`     -> `#/components/schemas/X` (siblings dropped: 3.0 ignores them)
  `examples: [a, ...]`     -> `example: a`
  `exclusiveMinimum: n`    -> `minimum: n, exclusiveMinimum: true` (the same for maximum)
  `contentMediaType`, `contentEncoding`, `contentSchema`, `maxBytes`, `$schema` -> dropped (the
  value stays a string; the JSON inside it, its base64 and its byte limit are ours alone)
The subset has no `null` type, so nothing becomes `nullable`. `title` is kept: OpenAPI 3.0
allows it, and peers name classes after it as we do.

Run from the repository root:  .venv/bin/python bench/openapi_export.py SPECS -o OUT.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.spec.model import Operation, Parameter, Service  # noqa: E402
from generator.spec.validate import load_specs  # noqa: E402

OPENAPI_VERSION = "3.0.3"
MODEL_REF = "#/models/"
COMPONENT_REF = "#/components/schemas/"

# Keywords OpenAPI 3.0's Schema Object takes as they are.
_KEPT = (
    "type",
    "title",
    "description",
    "deprecated",
    "default",
    "enum",
    "format",
    "required",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
)
# Keywords with no OpenAPI 3.0 counterpart.
_DROPPED = frozenset(
    {"contentMediaType", "contentEncoding", "contentSchema", "maxBytes", "$schema"}
)
# Keywords converted below; anything else is refused rather than silently lost.
_CONVERTED = frozenset(
    {"$ref", "properties", "items", "additionalProperties", "examples"}
    | {"exclusiveMinimum", "exclusiveMaximum"}
)
_KNOWN = frozenset(_KEPT) | _DROPPED | _CONVERTED


def convert_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """One of our schema nodes as an OpenAPI 3.0 Schema Object."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"no OpenAPI 3.0 conversion for {sorted(unknown)}")
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if not ref.startswith(MODEL_REF):
            raise ValueError(f"unsupported $ref {ref!r}")
        return {"$ref": COMPONENT_REF + ref.removeprefix(MODEL_REF)}
    converted: dict[str, Any] = {key: schema[key] for key in _KEPT if key in schema}
    if "properties" in schema:
        converted["properties"] = {
            name: convert_schema(child) for name, child in schema["properties"].items()
        }
    if "items" in schema:
        converted["items"] = convert_schema(schema["items"])
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        converted["additionalProperties"] = convert_schema(additional)
    elif isinstance(additional, bool):
        converted["additionalProperties"] = additional
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        converted["example"] = examples[0]
    # 2020-12 gives an exclusive bound as a number, 3.0 as a flag on the inclusive one; when
    # both are given, the stricter bound stands.
    if "exclusiveMinimum" in schema:
        limit = schema["exclusiveMinimum"]
        if "minimum" not in schema or schema["minimum"] <= limit:
            converted["minimum"], converted["exclusiveMinimum"] = limit, True
    if "exclusiveMaximum" in schema:
        limit = schema["exclusiveMaximum"]
        if "maximum" not in schema or schema["maximum"] >= limit:
            converted["maximum"], converted["exclusiveMaximum"] = limit, True
    return converted


def _query_parameter(parameter: Parameter) -> dict[str, Any]:
    converted: dict[str, Any] = {
        "name": parameter.name,
        "in": "query",
        "required": parameter.required,
        "schema": convert_schema(parameter.schema),
    }
    if parameter.description:
        converted["description"] = parameter.description
    if parameter.deprecated:
        converted["deprecated"] = True
    if parameter.style == "simple":  # one comma-separated field
        converted["style"] = "form"
        converted["explode"] = False
    return converted


def _form_body(parameters: list[Parameter]) -> dict[str, Any]:
    properties = {}
    for parameter in parameters:
        schema = convert_schema(parameter.schema)
        if parameter.description and "$ref" not in schema:
            schema.setdefault("description", parameter.description)
        properties[parameter.name] = schema
    body: dict[str, Any] = {"type": "object", "properties": properties}
    required = [parameter.name for parameter in parameters if parameter.required]
    if required:
        body["required"] = required
    return {
        "required": bool(required),
        "content": {"application/x-www-form-urlencoded": {"schema": body}},
    }


def convert_operation(operation: Operation) -> dict[str, Any]:
    """One operation as an OpenAPI Operation Object."""
    converted: dict[str, Any] = {
        "operationId": operation.name,
        "summary": operation.summary,
    }
    if operation.description:
        converted["description"] = operation.description
    if operation.deprecated:
        converted["deprecated"] = True
    query = [p for p in operation.parameters if p.location == "query"]
    form = [p for p in operation.parameters if p.location == "formData"]
    if query:
        converted["parameters"] = [_query_parameter(p) for p in query]
    if form:
        converted["requestBody"] = _form_body(form)
    converted["responses"] = {
        "200": {
            "description": "OK",
            "content": {
                "application/json": {"schema": convert_schema(operation.response)}
            },
        }
    }
    return converted


def export_service(service: Service) -> dict[str, Any]:
    """The whole service as one OpenAPI 3.0.3 document."""
    info: dict[str, Any] = {"title": service.title, "version": service.api_version}
    if service.description:
        info["description"] = service.description
    document: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": info}
    if service.endpoints:
        _, host = service.endpoints[0]
        document["servers"] = [{"url": f"{service.protocol}://{host}"}]
    document["paths"] = {
        f"/{operation.name}": {"post": convert_operation(operation)}
        for operation in service.operations
    }
    document["components"] = {
        "schemas": {
            name: convert_schema(schema) for name, schema in service.models.items()
        }
    }
    return document


def export_folder(specs: Path) -> dict[str, Any]:
    """The one service under `specs` as an OpenAPI document (a folder of several is refused:
    their paths and models would share one namespace)."""
    services = load_specs(specs)
    if len(services) != 1:
        names = ", ".join(service.code for service in services)
        raise ValueError(
            f"{specs}: expected one service, found {len(services)}: {names}"
        )
    return export_service(services[0])


def write_document(document: dict[str, Any], out: Path) -> None:
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", type=Path, help="a spec folder holding one service")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the JSON file")
    args = parser.parse_args()
    document = export_folder(args.specs)
    write_document(document, args.out)
    print(f"{args.out}: {len(document['paths'])} operation(s)")


if __name__ == "__main__":
    main()
