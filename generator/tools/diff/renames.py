"""Renames: a removed and an added thing paired when they have the same shape (documentation
left out), each found once on its side, and names alike enough that nobody would doubt it.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from ...spec.model import Operation, Parameter
from ...spec.schema import Schema

_DOC_KEYS = ("description", "examples", "example", "title", "summary", "pythonName")


def renames(
    removed: dict[str, str], added: dict[str, str], *, similar: bool = True
) -> dict[str, str]:
    """Pairs of (removed, added) names that are one thing renamed: the same shape, found once on
    each side, and (unless `similar` is False) names alike enough that nobody would doubt it.
    """
    by_shape_added: dict[str, list[str]] = {}
    for name, shape in added.items():
        by_shape_added.setdefault(shape, []).append(name)
    shapes_removed = list(removed.values())
    pairs = {}
    for name, shape in removed.items():
        candidates = by_shape_added.get(shape, [])
        if len(candidates) != 1 or shapes_removed.count(shape) != 1:
            continue
        if similar and _likeness(name, candidates[0]) < 0.6:
            continue
        pairs[name] = candidates[0]
    return pairs


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _strip_docs(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_docs(v) for k, v in value.items() if k not in _DOC_KEYS}
    if isinstance(value, list):
        return [_strip_docs(v) for v in value]
    return value


def schema_shape(schema: Schema) -> str:
    return json.dumps(_strip_docs(schema), sort_keys=True, ensure_ascii=False)


def parameter_shape(parameter: Parameter) -> str:
    return json.dumps(
        [parameter.location, parameter.required, _strip_docs(parameter.schema)],
        sort_keys=True,
    )


def operation_shape(operation: Operation) -> str:
    return json.dumps(
        [
            [(p.name, parameter_shape(p)) for p in operation.parameters],
            _strip_docs(operation.response),
        ],
        sort_keys=True,
    )
