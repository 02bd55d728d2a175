"""Least-privilege RAM policies for a product package's operations.

Each product's `ram_policy = RamPolicies(__package__)`; `ram_policy(["GetAIImageJobs", ...])` answers the policy document (a dict, ready for `json.dumps`)
that allows exactly those operations: each one's RAM actions on the resources its spec names. The
grants are data (`_authorization.json`), planned by the generator from the specs; an operation
whose spec states no authorization has the action derived from the product code and its name, on
every resource. `python -m generator policy` prints the same document from the specs.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["RamPolicies"]


@cache
def _grants(package: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    text = files(package).joinpath("_authorization.json").read_text(encoding="utf-8")
    table = json.loads(text)["operations"]
    return {
        name: [(g["action"], tuple(g["resources"])) for g in entry["grants"]]
        for name, entry in table.items()
    }


class RamPolicies:
    """The policies of one product package: its grants load on the first call."""

    def __init__(self, package: str) -> None:
        self.package = package

    def __repr__(self) -> str:
        return f"RamPolicies({self.package!r})"

    def __call__(self, operations: Iterable[str]) -> dict[str, Any]:
        """The RAM policy document that allows exactly `operations` (names as the API spells
        them).

        Actions that need the very same resources share one statement; everything is sorted,
        so the same operations always give the same document. Raises ValueError for an
        unknown name.
        """
        return _policy(_grants(self.package), operations)


def _policy(
    grants: dict[str, list[tuple[str, tuple[str, ...]]]], operations: Iterable[str]
) -> dict[str, Any]:
    names = [operations] if isinstance(operations, str) else list(operations)
    unknown = [name for name in names if name not in grants]
    if unknown:
        raise ValueError("; ".join(_unknown(name, grants) for name in unknown))
    by_resources: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        for action, resources in grants[name]:
            by_resources.setdefault(resources, set()).add(action)
    statements = [
        {
            "Effect": "Allow",
            "Action": sorted(actions),
            "Resource": resources[0] if len(resources) == 1 else list(resources),
        }
        for resources, actions in sorted(by_resources.items())
    ]
    return {"Version": "1", "Statement": statements}


def _unknown(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown operation {name!r}{hint}"
