"""The pipeline end to end: specs -> load/validate -> plan -> render -> format -> files.

Imports: every stage; `tools` and `cli` stand on it (`validate`, `generate`, `check`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .base.progress import Progress, counting
from .format.formatter import Formatter
from .format.record import FormatRecord, entry, rendered_digest
from .format.workers import warm_up
from .plan.core import plan_core
from .plan.files import PlannedFile
from .plan.package import plan_service
from .render import render
from .spec.model import Service
from .spec.validate import load_specs
from .write import Drift, WriteReport, compare_tree, write_tree


@dataclass
class Built:
    """Every generated file, relative to OUT, and the format record of the Python ones."""

    files: dict[PurePosixPath, bytes] = field(default_factory=dict)
    formatted: dict[str, dict[str, str]] = field(default_factory=dict)
    reused: int = 0  # files the record vouched for: not formatted at all


def build(
    services: list[Service],
    formatter: Formatter | None = None,
    record: FormatRecord | None = None,
    progress: Progress | None = None,
) -> Built:
    """Render and format everything in memory; nothing touches the disk but the cache.

    A Python file whose rendered text `record` vouches for is taken from OUT as it stands.
    `progress` hears of each file rendered and each block formatted.
    """
    formatter = formatter or Formatter()
    record = record or FormatRecord.empty()
    texts: dict[PurePosixPath, str] = {}
    python: list[PurePosixPath] = []
    # The shared runtime beside the products: every OUT holds the one they were generated for.
    planned_files: list[PlannedFile] = plan_core()
    planned_files += [
        planned for service in services for planned in plan_service(service)
    ]
    step = counting(progress, "rendering", len(planned_files))
    for planned in planned_files:
        texts[planned.path] = render(planned)
        if planned.python:
            python.append(planned.path)
        step()
    built = Built()
    identity = formatter.identity
    digests = {path: rendered_digest(identity, texts[path]) for path in python}
    pending = []
    for path in python:
        known = record.reuse(path, digests[path])
        if known is None:
            pending.append(path)
        else:
            texts[path] = known
            built.reused += 1
    jobs = [(texts[path], str(path)) for path in pending]
    # Passed only when wanted: formatters that wrap format_many(sources) keep working.
    formatted = (
        formatter.format_many(jobs)
        if progress is None
        else formatter.format_many(jobs, progress)
    )
    texts.update(zip(pending, formatted, strict=True))
    built.files = {path: text.encode("utf-8") for path, text in texts.items()}
    built.formatted = {
        str(path): entry(digests[path], built.files[path]) for path in python
    }
    return built


def validate(specs: str | Path) -> list[Service]:
    """Load and validate every spec under `specs`; raises SpecError listing all problems."""
    return load_specs(Path(specs))


# Below this much spec text, a cold run formats too little for parallel workers to pay for the
# start of a pool that imports black beside the main process (on 2 cores: measured ~10% slower
# for the three hand-written operations, 47 KB; whole VOD holds 1.5 MB).
WARM_UP_SPEC_BYTES = 256 * 1024


def _spec_bytes(specs: Path) -> int:
    """The size of the spec files under `specs` (stat only: no file is read)."""
    total = 0
    for folder, _, files in os.walk(specs):
        for name in files:
            try:
                total += os.stat(os.path.join(folder, name)).st_size
            except OSError:  # gone meanwhile: loading will say so
                continue
    return total


def _build_for(
    specs: Path,
    out: Path,
    formatter: Formatter | None,
    verify: bool,
    progress: Progress | None,
) -> Built:
    record = FormatRecord.empty() if verify else FormatRecord.of(out)
    if record.vouches_for_nothing and _spec_bytes(specs) >= WARM_UP_SPEC_BYTES:
        warm_up()  # black will run on much: its workers get ready while the specs load
    services = load_specs(specs)
    if (
        verify
    ):  # black formats everything afresh: proves the record, cache and proof true
        verifier = formatter or Formatter(use_cache=False, prove=False)
        return build(services, verifier, None, progress)
    return build(services, formatter, record, progress)


def generate(
    specs: str | Path,
    out: str | Path,
    formatter: Formatter | None = None,
    *,
    verify: bool = False,
    progress: Progress | None = None,
) -> WriteReport:
    """Regenerate OUT from `specs`; on any error OUT is left exactly as it was."""
    specs, out = Path(specs), Path(out)
    built = _build_for(specs, out, formatter, verify, progress)
    return write_tree(out, built.files, built.formatted)


def check(
    specs: str | Path,
    out: str | Path,
    formatter: Formatter | None = None,
    *,
    verify: bool = False,
    progress: Progress | None = None,
) -> Drift:
    """How OUT differs from what `specs` produce now (clean when it is up to date)."""
    specs, out = Path(specs), Path(out)
    built = _build_for(specs, out, formatter, verify, progress)
    return compare_tree(out, built.files, built.formatted)
