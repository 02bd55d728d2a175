"""The tools tests' fixtures: `helpers`, what the spec diff's tests share (editing a copy of
the specs, the report from the unbroken copy to the edited one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import Report, diff_specs, validate


class Helpers:
    """What the diff tests share (test modules cannot import this conftest by name)."""

    VOD = "vod"  # the service folder of the hand-written specs
    # A request parameter with an enum, to add to SubmitAIImageJob.yaml before `response:`.
    MODE = "  - {name: Mode, in: query, schema: {type: string, enum: [fast, slow]}}\n"

    @staticmethod
    def edit(specs: Path, file: str, old: str, new: str) -> None:
        """Replace the first `old` in the VOD spec `file` under `specs` (it must be there)."""
        path = specs / Helpers.VOD / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    @staticmethod
    def report_for(new: Path, old: Path | None = None) -> Report:
        """The changes from `old` (by default, the unbroken copy beside `new`) to `new`."""
        return diff_specs(validate(old or new.parent / "original"), validate(new))

    @staticmethod
    def kinds(report: Report) -> set[tuple[str, str | None, str, str]]:
        """(effect, operation, kind, subject) of every change."""
        return {(c.effect, c.operation, c.kind, c.subject) for c in report.changes}


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers
