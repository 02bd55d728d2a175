"""Least-privilege RAM policies: the policy document that allows exactly the operations named.

The grants of each operation are planned in `plan/authorization.py`; here they are merged into
one document, one Allow statement per set of resources.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..plan.authorization import Grant, authorization_of
from ..spec.model import Operation, Service

POLICY_VERSION = "1"


def policy_document(grants: Iterable[Grant]) -> dict[str, Any]:
    """One Allow statement per set of resources, its actions sorted; statements sorted too.

    Only actions that need the very same resources share a statement, so merging never widens
    what any action may touch. (The runtime's `_policy.py` does the same; a test compares them.)
    """
    by_resources: dict[tuple[str, ...], set[str]] = {}
    for grant in grants:
        by_resources.setdefault(grant.resources, set()).add(grant.action)
    statements = [
        {
            "Effect": "Allow",
            "Action": sorted(actions),
            "Resource": resources[0] if len(resources) == 1 else list(resources),
        }
        for resources, actions in sorted(by_resources.items())
    ]
    return {"Version": POLICY_VERSION, "Statement": statements}


def policy_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- choosing operations by name ------------------------------------------------------------------


class UnknownOperationError(ValueError):
    """A name that is no operation of the specs, or one that several services share."""


def select_operations(
    services: Sequence[Service], wanted: Sequence[str]
) -> list[tuple[Service, Operation]]:
    """The operations named `Name` or `product:Name`, in the order given, each once.

    Raises UnknownOperationError naming every unknown name, with close matches.
    """
    by_name: dict[str, list[tuple[Service, Operation]]] = {}
    for service in services:
        for operation in service.operations:
            by_name.setdefault(operation.name, []).append((service, operation))
    chosen: dict[tuple[str, str], tuple[Service, Operation]] = {}
    problems: list[str] = []
    for name in wanted:
        product, _, bare = name.rpartition(":")
        found = [(s, o) for s, o in by_name.get(bare, []) if product in ("", s.code)]
        if len(found) > 1:
            qualified = ", ".join(f"{s.code}:{bare}" for s, _ in found)
            problems.append(
                f"operation {name!r} is in several services: say {qualified}"
            )
        elif not found:
            problems.append(f"unknown operation {name!r}{_suggestion(bare, by_name)}")
        else:
            service, operation = found[0]
            chosen.setdefault((service.code, operation.name), found[0])
    if problems:
        raise UnknownOperationError("; ".join(problems))
    return list(chosen.values())


def _suggestion(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
    if not close:
        return " (no operation of the specs is close)"
    return f" (did you mean {', '.join(close)}?)"


@dataclass(frozen=True)
class PolicyResult:
    text: str  # the policy document, as JSON
    notices: tuple[str, ...]  # one line per operation whose authorization was derived


def policy_for(
    services: Sequence[Service], wanted: Sequence[str] | None
) -> PolicyResult:
    """The policy for the operations named in `wanted` (None: every operation of the specs)."""
    if wanted is None:
        selected = [(s, o) for s in services for o in s.operations]
    else:
        selected = select_operations(services, wanted)
    authorizations = [authorization_of(o, s) for s, o in selected]
    document = policy_document(g for a in authorizations for g in a.grants)
    notices = tuple(sorted(a.notice for a in authorizations if not a.curated))
    return PolicyResult(policy_json(document), notices)


def policy_for_specs(specs: Path, wanted: Sequence[str] | None) -> PolicyResult:
    from ..spec.validate import load_specs

    return policy_for(load_specs(specs), wanted)
