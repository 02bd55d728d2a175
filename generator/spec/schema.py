"""A spec's JSON Schema nodes, read through names instead of string keys.

A node stays the plain dict the spec wrote: the data checks hand it to `jsonschema`, the plan
tells models apart by its identity, and the generated tests get it as JSON. What its keywords
mean is read here, once: its type, items and properties, a `$ref` to a shared model, JSON text
inside a string, and the response paths (`AIImageJobList[].Status`) that page iterators and
waiters name fields by.

JSON text may travel base64-encoded (`contentEncoding: base64`), as VOD's `UploadAddress`.
"""

from __future__ import annotations

from typing import Any

# A JSON Schema node, as written in the spec (`$ref`s point into Service.models).
Schema = dict[str, Any]

MODELS_PREFIX = "#/models/"
JSON_TEXT = "application/json"  # the `contentMediaType` of a string that holds JSON
BASE64 = "base64"  # the `contentEncoding` of a string whose content is base64-encoded
EACH = "[]"  # in a response path: every item of the array before it


def type_of(schema: Schema, default: str | None = None) -> str | None:
    """The JSON type the node declares (`string`, `array`, ...), or `default` if none."""
    kind = schema.get("type", default)
    return None if kind is None else str(kind)


def items(schema: Schema) -> Schema:
    """An array's item schema (empty: any item)."""
    found: Schema = schema.get("items", {})
    return found


def properties(schema: Schema) -> dict[str, Schema]:
    """An object's properties by wire name, in the spec's order."""
    found: dict[str, Schema] = schema.get("properties", {})
    return found


def is_reference(schema: Schema) -> bool:
    """Whether the node is a `$ref` to one of the service's shared models."""
    return "$ref" in schema


def model_name(schema: Schema) -> str | None:
    """The shared model a `$ref` names (`#/models/Video` -> `Video`), or None."""
    ref = schema.get("$ref")
    return None if ref is None else str(ref).removeprefix(MODELS_PREFIX)


def is_json_text(schema: Schema) -> bool:
    """A string that carries a JSON document (`contentMediaType: application/json`)."""
    return bool(schema.get("contentMediaType") == JSON_TEXT)


def is_base64(schema: Schema) -> bool:
    """A string whose content travels base64-encoded (`contentEncoding: base64`)."""
    return bool(schema.get("contentEncoding") == BASE64)


def content_schema(schema: Schema) -> Schema:
    """The schema of the JSON document inside a JSON-text string (empty: any document)."""
    found: Schema = schema.get("contentSchema", {})
    return found


def is_secret(schema: Schema) -> bool:
    """A credential (`format: password`): kept, but never shown in a repr."""
    return schema.get("format") == "password"


def is_date_time(schema: Schema) -> bool:
    return bool(schema.get("format") == "date-time")


def is_binary(schema: Schema) -> bool:
    return bool(schema.get("format") == "binary")


def dereference(node: Schema, models: dict[str, Schema]) -> Schema:
    """The schema a node stands for: a `$ref` followed to its model (an unknown one: empty)."""
    while is_reference(node):
        node = models.get(model_name(node) or "", {})
    return node


def response_path(text: str) -> list[str]:
    """`AIImageJobList[].Status` -> ["AIImageJobList", "[]", "Status"]."""
    steps: list[str] = []
    for segment in text.split("."):
        each = segment.endswith(EACH)
        steps.append(segment.removesuffix(EACH))
        if each:
            steps.append(EACH)
    return steps


def resolve(
    schema: Schema, steps: list[str], models: dict[str, Schema]
) -> Schema | str:
    """The schema a response path leads to, or what stops it (a message)."""
    node = schema
    walked: list[str] = []
    for step in steps:
        node = dereference(node, models)
        if step == EACH:
            if type_of(node) != "array":
                return f"{'.'.join(walked) or 'the response'} is not an array"
            node = items(node)
        else:
            fields = properties(node)
            if type_of(node, "object") != "object" or step not in fields:
                where = ".".join(walked) or "the response"
                return f"{where} has no field {step!r}"
            node = fields[step]
        if step == EACH:  # shown as the path is written: `AIImageJobList[]`
            walked[-1:] = [f"{''.join(walked[-1:])}{EACH}"]
        else:
            walked.append(step)
    return dereference(node, models)
