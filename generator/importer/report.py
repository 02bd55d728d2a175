"""What an import did: one record the CLI prints and the tests assert on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KEPT_HAND_WRITTEN = "kept (hand-written)"


@dataclass(frozen=True)
class Skipped:
    operation: str
    reason: str

    def __str__(self) -> str:
        return f"{self.operation}: {self.reason}"


@dataclass
class ImportReport:
    """Operations imported and skipped (each with its reason), files written, and warnings."""

    product: str
    api_version: str
    imported: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    goldens: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    service_written: bool = False
    files_written: list[str] = field(default_factory=list)
    files_unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    # Vendor keywords our format has no place for (docRequired, enumValueTitles, ...), counted.
    dropped: Counter[str] = field(default_factory=Counter)
    paginated: dict[str, str] = field(default_factory=dict)  # operation -> paging style
    # Operations whose names hint at paging but whose metadata does not settle how: why not.
    paging_ambiguous: dict[str, str] = field(default_factory=dict)

    def skip(self, operation: str, reason: str) -> None:
        self.skipped.append(Skipped(operation, reason))

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    @property
    def kept(self) -> list[str]:
        """Operations whose hand-written files the import left alone."""
        return [s.operation for s in self.skipped if s.reason == KEPT_HAND_WRITTEN]

    def summary(self) -> str:
        """A few lines for a terminal: counts first, then every skip and warning."""
        lines = [
            f"{self.product} {self.api_version}: {len(self.imported)} operation(s) imported, "
            f"{len(self.skipped)} skipped, {len(self.goldens)} golden response(s), "
            f"{len(self.models)} shared model(s); {len(self.files_written)} file(s) written, "
            f"{self.files_unchanged} unchanged, {len(self.removed)} removed"
        ]
        if self.paginated or self.paging_ambiguous:
            styles = Counter(self.paginated.values())
            by_style = ", ".join(f"{n} {style}" for style, n in sorted(styles.items()))
            lines.append(
                f"  page iterators: {len(self.paginated)} ({by_style or 'none'}); "
                f"{len(self.paging_ambiguous)} ambiguous, left to an overlay's `pagination`"
            )
        lines += [f"  skipped {entry}" for entry in self.skipped]
        lines += [f"  removed {name}" for name in self.removed]
        lines += [f"  warning: {message}" for message in self.warnings]
        lines += [
            f"  paging ambiguous: {name}: {reason}"
            for name, reason in sorted(self.paging_ambiguous.items())
        ]
        if self.dropped:
            counts = ", ".join(f"{k} x{n}" for k, n in sorted(self.dropped.items()))
            lines.append(f"  vendor keywords dropped: {counts}")
        return "\n".join(lines)
