"""Least-privilege RAM policies: the policy document that allows exactly the operations named.

Each operation's grants come from its spec's `authorization` facts (the reference page's table: the
RAM action, the resource types with their ARNs, the associated operations it needs). An operation
whose spec has none gets the action derived from the product code and its name, on every resource
(`vod:GetVideoInfo` on `*`), and the result says so. The generated package's `ram_policy` reads
the same grants, planned here (`grants_table`), and merges them the same way.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .spec.model import Operation, Service

ALL_RESOURCES = "*"
POLICY_VERSION = "1"
# `{#regionId}`, `{#accountId}`, ...: the parts of an ARN that a policy leaves open.
_ARN_PLACEHOLDER = re.compile(r"\{#[^}]*\}")


@dataclass(frozen=True)
class Grant:
    """One RAM action on the resources it needs (sorted, deduplicated)."""

    action: str
    resources: tuple[str, ...]


@dataclass(frozen=True)
class Authorization:
    """What one operation needs from RAM, and whether a spec states it or it is derived."""

    service: str
    operation: str
    grants: tuple[Grant, ...]
    access_level: (
        str  # the RAM table's level (list, create, ...), or read/write derived
    )
    condition_keys: tuple[str, ...]
    curated: bool

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(grant.action for grant in self.grants))

    @property
    def notice(self) -> str:
        """The line saying an authorization was derived (empty when the spec states it)."""
        if self.curated:
            return ""
        return (
            f"note: {self.service}:{self.operation} has no curated authorization: "
            f"derived action {', '.join(self.actions)} on Resource {ALL_RESOURCES}"
        )


def _resources(entry: dict[str, Any]) -> tuple[str, ...]:
    """Every resource type's ARN, placeholders opened to `*`; a type without an ARN is `*`."""
    arns = {
        _ARN_PLACEHOLDER.sub("*", resource.get("arn") or ALL_RESOURCES)
        for resource in entry.get("resource_types", [])
    }
    if not arns or ALL_RESOURCES in arns:
        return (ALL_RESOURCES,)
    return tuple(sorted(arns))


def authorization_of(operation: Operation, service: Service) -> Authorization:
    """The operation's grants: its spec's, plus the associated operations it needs on `*`."""
    entries = operation.authorization
    if not entries:
        derived = Grant(f"{service.code}:{operation.name}", (ALL_RESOURCES,))
        return Authorization(
            service.code, operation.name, (derived,), operation.access, (), False
        )
    grants = [Grant(entry["action"], _resources(entry)) for entry in entries]
    # Associated operations are what RAM also checks to complete this one; their resources are
    # not stated, so they are granted on every resource.
    grants += [
        Grant(action, (ALL_RESOURCES,))
        for entry in entries
        for action in entry.get("associated_operations", [])
    ]
    conditions = sorted({key for e in entries for key in e.get("condition_keys", [])})
    return Authorization(
        service=service.code,
        operation=operation.name,
        grants=tuple(dict.fromkeys(grants)),
        access_level=entries[0]["access_level"],
        condition_keys=tuple(conditions),
        curated=True,
    )


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


def grants_table(service: Service) -> str:
    """The package's `_authorization.json`: each operation's grants, as the runtime reads them."""
    table = {}
    for operation in service.operations:
        authorization = authorization_of(operation, service)
        table[operation.name] = {
            "curated": authorization.curated,
            "grants": [
                {"action": grant.action, "resources": list(grant.resources)}
                for grant in authorization.grants
            ],
        }
    return json.dumps({"operations": table}, indent=1, ensure_ascii=False) + "\n"


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
    from .spec.validate import load_specs

    return policy_for(load_specs(specs), wanted)
