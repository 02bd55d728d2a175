"""The breaking-change report's types: one `Change`, one package's `Bump`, the `Report` with its
text and JSON forms, and `Changes`, the collector each comparison adds to. `KINDS` lists every
kind a change may have: machines may rely on these names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from ...spec.model import Service

BREAKING, COMPATIBLE, DOCUMENTATION = "breaking", "compatible", "documentation"
EFFECTS = (BREAKING, COMPATIBLE, DOCUMENTATION)

# Every `kind` a change may have: machines may rely on these names.
KINDS = (
    "service-removed",
    "service-added",
    "api-version-changed",
    "operation-removed",
    "operation-renamed",
    "operation-added",
    "parameter-removed",
    "parameter-renamed",
    "parameter-added",
    "parameter-required",
    "parameter-optional",
    "parameter-location-changed",
    "field-removed",
    "field-renamed",
    "field-added",
    "property-required",
    "property-optional",
    "model-removed",
    "model-added",
    "type-changed",
    "limit-tightened",
    "limit-loosened",
    "enum-value-removed",
    "enum-value-added",
    "region-removed",
    "region-added",
    "endpoint-changed",
    "signing-removed",
    "signing-added",
    "signing-default-changed",
    "protocol-changed",
    "style-changed",
    "method-changed",
    "path-changed",
    "response-removed",
    "response-added",
    "retry-behaviour-changed",
    "python-name-changed",
    "python-name-removed",
    "python-name-added",
    "error-code-added",
    "error-code-removed",
    "error-code-changed",
    "error-kind-changed",
    "documentation-changed",
    "deprecated",
)


@dataclass(frozen=True)
class Change:
    package: str  # the generated distribution (the old one's, when it was renamed)
    service: str
    api_version: str
    operation: str | None  # None: the service as a whole
    effect: str  # one of EFFECTS
    kind: str  # one of KINDS
    subject: str  # what changed: `parameter JobIds`, `response.AIImageJobList[].Status`
    detail: str  # how, in words

    @property
    def line(self) -> str:
        return f"{self.effect:<13} {self.subject}: {self.detail}"


@dataclass(frozen=True)
class Bump:
    """The release a package needs for the changes found."""

    package: str
    current: str | None  # None: a new package
    bump: str | None  # "major", "minor", "patch"; None: nothing to release
    next: str | None  # the version to release; None: removed, unchanged, or not semver
    declared: str | None  # the version the new specs set; None: the package is gone
    note: str

    @property
    def line(self) -> str:
        if self.current is None:
            return f"{self.package}: new package at {self.declared} ({self.note})"
        if self.declared is None:
            return f"{self.package}: {self.current}, {self.note}"
        if self.bump is None:
            return f"{self.package}: {self.current} ({self.note})"
        target = self.next or "?"
        return f"{self.package}: {self.current} -> {target} ({self.bump}; {self.note})"


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]
    packages: tuple[Bump, ...]

    @property
    def breaking(self) -> bool:
        return any(change.effect == BREAKING for change in self.changes)

    @property
    def counts(self) -> dict[str, int]:
        return {
            effect: sum(c.effect == effect for c in self.changes) for effect in EFFECTS
        }

    def summary(self) -> str:
        counts = self.counts
        if not self.changes:
            return "No changes."
        return (
            f"{counts[BREAKING]} breaking, {counts[COMPATIBLE]} compatible, "
            f"{counts[DOCUMENTATION]} documentation-only change(s)."
        )

    def to_text(self) -> str:
        """Grouped per package, then per operation (the service's own changes first)."""
        lines: list[str] = []
        groups: dict[tuple[str, str, str], dict[str | None, list[Change]]] = {}
        for change in self.changes:
            key = (change.package, change.service, change.api_version)
            groups.setdefault(key, {}).setdefault(change.operation, []).append(change)
        for (package, service, api_version), operations in groups.items():
            lines.append(f"{package} ({service} {api_version})")
            for operation, changes in operations.items():
                lines.append(f"  {operation or '(service)'}")
                lines += [f"    {change.line}" for change in changes]
        lines.append(self.summary())
        if self.packages:
            lines.append("Version bumps:")
            lines += [f"  {bump.line}" for bump in self.packages]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        document = {
            "format": 1,
            "breaking": self.breaking,
            "counts": self.counts,
            "changes": [asdict(change) for change in self.changes],
            "packages": [asdict(bump) for bump in self.packages],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@dataclass
class Changes:
    """The changes of one service, in the order they were found."""

    service: Service
    operation: str | None = None
    items: list[Change] = field(default_factory=list)

    def add(self, effect: str, kind: str, subject: str, detail: str) -> None:
        assert effect in EFFECTS and kind in KINDS, (effect, kind)
        self.items.append(
            Change(
                self.service.distribution,
                self.service.code,
                self.service.api_version,
                self.operation,
                effect,
                kind,
                subject,
                detail,
            )
        )


# How a comparison reports a change: effect, kind, subject, detail.
Add = Callable[[str, str, str, str], None]
