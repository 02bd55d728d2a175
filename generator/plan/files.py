"""What the plan answers: the files to write, each with its template and view model."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any


@dataclass(frozen=True)
class PlannedFile:
    """One output file: rendered from `template` with `context`, or copied from `static`."""

    path: PurePosixPath
    template: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    static: str | None = None  # a template-relative path copied as is
    python: bool = False  # formatted with black
