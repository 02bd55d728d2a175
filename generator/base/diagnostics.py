"""The one error type of a run: where (file:line:col and JSON pointer) and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in a spec, located as precisely as the source allows."""

    path: Path
    line: int
    column: int
    pointer: str
    message: str

    def __str__(self) -> str:
        pointer = _visible(self.pointer or "/")
        return f"{self.path}:{self.line}:{self.column}: {pointer}: {_visible(self.message)}"


def _visible(text: str) -> str:
    """Control characters from a spec shown escaped: a diagnostic is one line on a terminal."""
    return "".join(
        char if char.isprintable() or char == " " else repr(char)[1:-1] for char in text
    )


class SpecError(Exception):
    """Raised when specs are invalid; carries every problem found, not just the first."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class GenerationError(Exception):
    """Raised when valid specs cannot be turned into code (a template or formatter failure)."""
