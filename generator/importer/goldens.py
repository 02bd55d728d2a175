"""The vendor's response demos -> golden responses (JSON files plus `golden:` entries).

`responseDemo` is JSON text holding a list of `{type, example, errorExample}`; only `json` demos
are used. An `example` becomes a 200 golden; an `errorExample` becomes an error golden when its
`Code` tells the status (from the operation's error list, else the standard one). A demo that
does not parse is left out and reported. A response demo that breaks the (curated) schema but
has its top-level shape (an object, or an array) is kept as a non-conforming recording
(`conforms: false`), reported too: it is not checked against the schema, but the generated
models must still read it and write it back losslessly, as they must read any server.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..spec.datacheck import iter_data_errors
from .schemas import Schema

_DIR = "golden"


@dataclass(frozen=True)
class Golden:
    entry: dict[str, Any]  # the operation's `golden:` entry
    path: str  # relative to the spec folder
    data: Any


def demos(value: Any) -> list[dict[str, Any]]:
    """The `json` entries of a responseDemo (the vendor writes it as JSON text)."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return (
        [d for d in parsed if isinstance(d, dict) and d.get("type") == "json"]
        if isinstance(parsed, list)
        else []
    )


def _shape(response: Schema) -> type:
    """What a response demo must be: a JSON array, an object (a model), or, for a response
    without a model (no schema, plain values), any JSON."""
    kind = response.get("type")
    if kind == "array":
        return list
    if kind == "object" or "$ref" in response or "properties" in response:
        return dict
    return object


def goldens(
    operation: str,
    raw_demos: list[dict[str, Any]],
    response: Schema,
    error_response: Schema,
    models: dict[str, Schema],
    statuses: Mapping[str, int],
    inferred: list[Schema],
    warnings: list[str],
    success: int = 200,
) -> list[Golden]:
    """The goldens of one operation; `statuses` maps error codes to their HTTP status, and
    `success` is the status of its success answer (204: no content, the demo shows `{}`).
    """
    found: list[Golden] = []
    for index, demo in enumerate(raw_demos):
        suffix = f"_{index + 1}" if index else ""
        data = _parse(demo.get("example"), f"{operation}: response demo", warnings)
        shape = _shape(response)
        if data is not None and isinstance(data, shape):
            conforms = _fits(
                data,
                response,
                models,
                inferred,
                f"{operation}: response demo",
                warnings,
            )
            summary = "The response demo of the vendor's metadata."
            if not conforms:
                summary += (
                    " It breaks the response schema: kept to prove lossless reads."
                )
            golden = _golden(
                operation, f"vendor_example{suffix}", success, data, summary
            )
            if not conforms:
                golden.entry["conforms"] = False
            found.append(golden)
        elif data is not None:
            warnings.append(
                f"{operation}: response demo left out: not a JSON {shape.__name__}"
            )
        error = _parse(demo.get("errorExample"), f"{operation}: error demo", warnings)
        if error is None:
            continue
        code = error.get("Code") if isinstance(error, dict) else None
        status = statuses.get(code) if isinstance(code, str) else None
        if status is None:
            warnings.append(
                f"{operation}: error demo with code {code!r} left out: its HTTP status is not listed"
            )
        elif _fits(
            error,
            error_response,
            models,
            [],
            f"{operation}: error demo (left out)",
            warnings,
        ):
            summary = f"The error demo of the vendor's metadata ({code})."
            found.append(
                _golden(operation, f"vendor_error{suffix}", status, error, summary)
            )
    return found


def _golden(operation: str, name: str, status: int, data: Any, summary: str) -> Golden:
    path = f"{_DIR}/{operation}/{name}.json"
    return Golden(
        {"name": name, "status": status, "file": path, "summary": summary}, path, data
    )


def _parse(text: Any, what: str, warnings: list[str]) -> Any:
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return json.loads(
            text, object_pairs_hook=_unique_keys, parse_constant=_no_constant
        )
    except ValueError as exc:
        warnings.append(f"{what} left out: not JSON ({exc})")
        return None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A repeated key would silently lose a value: the golden would not be the vendor's demo.
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError(
            f"a key appears twice in one object: {sorted(k for k in keys if keys.count(k) > 1)[0]!r}"
        )
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _fits(
    data: Any,
    schema: Schema,
    models: dict[str, Schema],
    inferred: list[Schema],
    what: str,
    warnings: list[str],
) -> bool:
    """Whether `data` satisfies `schema`; a `date-time` the importer guessed gives way to the demo."""
    while True:
        errors = list(iter_data_errors(data, schema, models))
        if not errors:
            return True
        relaxed = False
        for pointer, _ in errors:
            node = _node_at(schema, pointer, data, models)
            if (
                node is not None
                and any(node is guess for guess in inferred)
                and node.get("format") == "date-time"
            ):
                del node["format"]
                relaxed = True
        if not relaxed:
            pointer, message = errors[0]
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            warnings.append(
                f"{what} breaks the schema: at {pointer or '/'}: {message}{more}"
            )
            return False


def _node_at(
    schema: Schema, pointer: str, data: Any, models: dict[str, Schema]
) -> Schema | None:
    """The schema node that describes the value at `pointer` in `data`, following `$ref`s."""
    node: Any = schema
    value = data
    for token in [
        t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]
    ]:
        while isinstance(node, dict) and "$ref" in node:
            node = models.get(str(node["$ref"]).rsplit("/", 1)[-1])
        if not isinstance(node, dict):
            return None
        if isinstance(value, list) and token.isdigit():
            node, value = node.get("items"), (
                value[int(token)] if int(token) < len(value) else None
            )
        elif isinstance(value, dict):
            properties = node.get("properties", {})
            extra = node.get("additionalProperties")
            node = properties.get(token, extra if isinstance(extra, dict) else None)
            value = value.get(token)
        else:
            return None
    while isinstance(node, dict) and "$ref" in node:
        node = models.get(str(node["$ref"]).rsplit("/", 1)[-1])
    return node if isinstance(node, dict) else None
