"""Renames: a removed and an added thing paired when they have the same shape (documentation
left out), each found once on its side, and names alike enough that nobody would doubt it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ...spec.model import Operation, Parameter
from ...spec.schema import Schema

_DOC_KEYS = ("description", "examples", "example", "title", "summary", "pythonName")
T = TypeVar("T")


@dataclass(frozen=True)
class Matched:
    """The names of two sides matched: those only on the old side (`removed`), only on the new
    side (`added`), and the pairs among them that are one thing renamed."""

    removed: frozenset[str]
    added: frozenset[str]
    renamed: dict[str, str]  # old name -> new name

    def is_new(self, name: str) -> bool:
        """Added, and not as the new name of something renamed."""
        return name in self.added and name not in self.renamed.values()


def match(
    before: Mapping[str, T], after: Mapping[str, T], shape: Callable[[T], str]
) -> Matched:
    """`before` and `after` matched by name, renames paired by `shape` (see `renames`)."""
    removed = {n: shape(value) for n, value in before.items() if n not in after}
    added = {n: shape(value) for n, value in after.items() if n not in before}
    return Matched(frozenset(removed), frozenset(added), renames(removed, added))


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
