"""Checks that keep imported specs valid for the generator, whatever the vendor wrote.

- An example or default that breaks its own schema is dropped (the vendor's examples are often
  placeholders such as "****", and curated limits can make an old example wrong).
- A `title` names a generated class: one used twice in a document, or equal to a shared model's
  name, would make two classes fight over one name, so it is dropped and the generator names
  the class from its path instead.
- Two properties or parameters that become the same Python name cannot both be fields: the
  operation is skipped (`Unsupported`), since picking one would lose data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..python import names
from ..spec.datacheck import iter_data_errors
from .schemas import Schema

_CHILDREN = ("items", "contentSchema", "additionalProperties")


def nodes(schema: Any, pointer: str = "") -> Iterator[tuple[str, Schema]]:
    """Every schema node under `schema` (itself included), with its JSON pointer."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _CHILDREN:
        yield from nodes(schema.get(key), f"{pointer}/{key}")
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, child in properties.items():
            yield from nodes(
                child,
                f"{pointer}/properties/{name.replace('~', '~0').replace('/', '~1')}",
            )


def operation_roots(document: dict[str, Any]) -> list[tuple[str, Schema]]:
    roots = [
        (f"/parameters/{i}/schema", p["schema"])
        for i, p in enumerate(document["parameters"])
    ]
    return [*roots, ("/response", document["response"])]


def prune_examples(
    roots: list[tuple[str, Schema]], models: dict[str, Schema]
) -> list[str]:
    """Drop examples and defaults that break their own schema; say which."""
    dropped: list[str] = []
    for root_pointer, root in roots:
        for pointer, node in nodes(root, root_pointer):
            if "examples" in node:
                kept = [e for e in node["examples"] if not _breaks(e, node, models)]
                if len(kept) < len(node["examples"]):
                    dropped.append(f"{pointer}/examples")
                if kept:
                    node["examples"] = kept
                else:
                    del node["examples"]
            if "default" in node and _breaks(node["default"], node, models):
                dropped.append(f"{pointer}/default")
                del node["default"]
    return dropped


def prune_parameter_examples(
    document: dict[str, Any], models: dict[str, Schema]
) -> list[str]:
    """Drop a parameter's wire example that does not decode to a value of its schema."""
    dropped = []
    for index, parameter in enumerate(document["parameters"]):
        if "example" in parameter and _breaks(
            _wire_value(parameter), parameter["schema"], models
        ):
            dropped.append(f"/parameters/{index}/example")
            del parameter["example"]
    return dropped


def _wire_value(parameter: dict[str, Any]) -> Any:
    """What a wire example stands for, decoded as the spec model decodes it (`typed_example`)."""
    text, style, kind = (
        parameter["example"],
        parameter.get("style"),
        parameter["schema"].get("type"),
    )
    if not isinstance(text, str):
        return text
    try:
        if style == "simple":
            return text.split(",")
        if style == "json" or kind in ("number", "boolean"):
            return json.loads(text)
        if kind == "integer" and re.fullmatch(r"-?[0-9]+", text):
            return int(text)
    except ValueError:
        pass
    return text


def _breaks(value: Any, schema: Schema, models: dict[str, Schema]) -> bool:
    probe = {k: v for k, v in schema.items() if k not in ("examples", "default")}
    return next(iter_data_errors(value, probe, models), None) is not None


def dedupe_titles(roots: list[Schema], reserved: set[str]) -> list[str]:
    """Remove titles used more than once across `roots`, or equal to a reserved class name."""
    found = [node for root in roots for _, node in nodes(root) if "title" in node]
    counts = Counter(node["title"] for node in found)
    removed = sorted(
        {n["title"] for n in found if counts[n["title"]] > 1 or n["title"] in reserved}
    )
    for node in found:
        if node["title"] in removed:
            del node["title"]
    return removed


def check_python_names(document: dict[str, Any]) -> None:
    """Tell apart wire names that would become one Python name (`VSwitchId`, `VswitchId`): the
    first keeps the derived name, each later one gets the next free `<name>_2`, `<name>_3`, ...
    """
    _disambiguate([(p["name"], p) for p in document["parameters"]], "python_name")
    for pointer, root in operation_roots(document):
        check_schema_names(root, pointer)


def check_schema_names(root: Schema, where: str) -> None:
    for _, node in nodes(root, where):
        if isinstance(node.get("properties"), dict):
            _disambiguate(
                [
                    (wire, child)
                    for wire, child in node["properties"].items()
                    if isinstance(child, dict)
                ],
                "pythonName",
            )


def _disambiguate(entries: list[tuple[str, dict[str, Any]]], key: str) -> None:
    taken = {names.attribute_name(wire) for wire, _ in entries}
    seen: set[str] = set()
    for wire, holder in entries:
        python = names.attribute_name(wire, holder.get(key))
        if python in seen:
            number = 2
            while f"{python}_{number}" in taken or f"{python}_{number}" in seen:
                number += 1
            python = names.attribute_name(wire, f"{python}_{number}")
            holder[key] = str(python)
        seen.add(python)
