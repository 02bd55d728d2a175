"""The pipeline end to end: specs -> load/validate -> plan -> render -> format -> files."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from .format import Formatter
from .plan import plan_service
from .render import render
from .spec import Service
from .validate import load_specs
from .write import Drift, WriteReport, compare_tree, write_tree


def build(
    services: list[Service], formatter: Formatter | None = None
) -> dict[PurePosixPath, bytes]:
    """Every generated file, relative to OUT, as bytes; nothing touches the disk but the cache."""
    formatter = formatter or Formatter()
    texts: dict[PurePosixPath, str] = {}
    python: list[PurePosixPath] = []
    for service in services:
        for planned in plan_service(service):
            texts[planned.path] = render(planned)
            if planned.python:
                python.append(planned.path)
    formatted = formatter.format_many([(texts[path], str(path)) for path in python])
    texts.update(zip(python, formatted, strict=True))
    return {path: text.encode("utf-8") for path, text in texts.items()}


def validate(specs: Path) -> list[Service]:
    """Load and validate every spec under `specs`; raises SpecError listing all problems."""
    return load_specs(specs)


def generate(specs: Path, out: Path, formatter: Formatter | None = None) -> WriteReport:
    """Regenerate OUT from `specs`; on any error OUT is left exactly as it was."""
    return write_tree(out, build(load_specs(specs), formatter))


def check(specs: Path, out: Path, formatter: Formatter | None = None) -> Drift:
    """How OUT differs from what `specs` produce now (clean when it is up to date)."""
    return compare_tree(out, build(load_specs(specs), formatter))
