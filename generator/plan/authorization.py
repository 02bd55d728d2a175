"""What each operation needs from RAM: its grants, as the spec states them or derived.

Each operation's grants come from its spec's `authorization` facts (the reference page's table: the
RAM action, the resource types with their ARNs, the associated operations it needs). An operation
whose spec has none gets the action derived from the product code and its name, on every resource
(`vod:GetVideoInfo` on `*`), and the result says so. The generated package's `ram_policy` reads
the same grants, planned here (`grants_table`); the `policy` command merges them into one document
(`tools/policy.py`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..spec.model import Operation, Service

ALL_RESOURCES = "*"
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
