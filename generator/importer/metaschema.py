"""Our spec format's meta-schemas, so that the importer never writes a file the generator refuses."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from ..spec.validate import METASCHEMA_DIR

SCHEMA_DIR = METASCHEMA_DIR.resolve()
SERVICE = "service.schema.json"
OPERATION = "operation.schema.json"
SCHEMA = "schema.schema.json"


@cache
def _documents() -> dict[str, dict[str, Any]]:
    return {
        name: json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        for name in (SERVICE, OPERATION, SCHEMA)
    }


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for one meta-schema, resolving the others through their `$id`s."""
    documents = _documents()
    registry: Registry[Any] = Registry().with_resources(
        (doc["$id"], Resource.from_contents(doc)) for doc in documents.values()
    )
    return Draft202012Validator(documents[name], registry=registry)


def problems(document: Any, name: str) -> list[str]:
    """Every way `document` breaks meta-schema `name`, as 'pointer: message', in a stable order."""
    found = []
    for error in validator(name).iter_errors(document):
        pointer = "".join(f"/{token}" for token in error.absolute_path) or "/"
        found.append(f"{pointer}: {_short(error.message)}")
    return sorted(found)


def key_order(name: str) -> list[str]:
    """The keys of a meta-schema's top-level properties, in the order the format lists them."""
    return list(_documents()[name]["properties"])


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."
