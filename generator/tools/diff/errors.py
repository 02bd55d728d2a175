"""Error codes compared: listed or no longer listed, status or message changed, and a kind that
changed (another exception class is raised: code that catches it breaks).
"""

from __future__ import annotations

from collections.abc import Iterable

from ...spec.model import ErrorCode, Service
from .report import BREAKING, COMPATIBLE, DOCUMENTATION, Add


def compare_errors(
    old: Iterable[ErrorCode], new: Iterable[ErrorCode], add: Add
) -> None:
    before, after = {e.code: e for e in old}, {e.code: e for e in new}
    for code, error in before.items():
        if code not in after:
            add(
                DOCUMENTATION, "error-code-removed", f"error {code}", "no longer listed"
            )
        elif (error.status, error.message) != (after[code].status, after[code].message):
            add(
                DOCUMENTATION,
                "error-code-changed",
                f"error {code}",
                "status or message changed",
            )
    for code, error in after.items():
        if code not in before:
            kind = f", kind {error.kind}" if error.kind else ""
            add(
                COMPATIBLE,
                "error-code-added",
                f"error {code}",
                f"added (HTTP {error.status}{kind})",
            )


def compare_error_kinds(old: Service, new: Service, add: Add) -> None:
    """A code's kind picks the exception class the package raises: code that catches it breaks."""
    after = {e.code: e.kind for e in new.all_errors}
    for error in old.all_errors:
        if error.kind is not None and after.get(error.code) != error.kind:
            now = after.get(error.code) or "none (a plain APIError)"
            add(
                BREAKING,
                "error-kind-changed",
                f"error {error.code}",
                f"kind {error.kind} -> {now}",
            )
