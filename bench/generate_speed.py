"""Generation-speed benchmark on the whole VOD product, against black alone as the baseline.

Imports the VOD api-docs into temp specs, then times, into one temp out folder:
  (a) cold   - empty formatter cache (a fresh temp ACS_SPECGEN_CACHE, set before the import)
  (b) warm   - the same specs again, cache filled by (a), out folder already up to date
  (c) edited - one operation's summary changed, warm cache
Each run reads OUT's format record as `generate` does, so a file whose rendered text the record
vouches for is not even handed to the formatter. Each run is split into load+validate /
plan+render+format (build) / write. The baseline, timed in the same process, is
`black.format_str` alone, with the generator's black mode, on the concatenation of every Python
source the generator handed to its formatter in (a); the same sources formatted file by file
("black/f") are shown too. Ratios are against the concatenation.

Run from the repository root:  .venv/bin/python bench/generate_speed.py
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
API_DOCS = ROOT / "specs" / "vendor" / "vod-2017-03-21.json"
OVERLAY = ROOT / "specs" / "overlays" / "vod-2017-03-21.yaml"
PRODUCT = "vod-2017-03-21"
EDITED_OPERATION = "GetAIImageJobs"

TMP = Path(tempfile.mkdtemp(prefix="bench-generate-"))
os.environ["ACS_SPECGEN_CACHE"] = str(TMP / "cache")  # before the generator is imported


def main() -> None:
    from importlib.metadata import version

    import black

    from generator.format.formatter import Formatter
    from generator.format.record import FormatRecord
    from generator.format.workers import _mode
    from generator.importer import import_product
    from generator.pipeline import build
    from generator.spec.validate import load_specs
    from generator.write import write_tree

    class RecordingFormatter(Formatter):
        """The generator's formatter, remembering every source it was asked to format."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sources: list[str] = []
            self.seconds = 0.0

        def format_many(self, sources: list[tuple[str, str]]) -> list[str]:
            self.sources.extend(source for source, _ in sources)
            start = time.perf_counter()
            try:
                return super().format_many(sources)
            finally:
                self.seconds += time.perf_counter() - start

    specs, out = TMP / "specs", TMP / "out"
    start = time.perf_counter()
    import_product(API_DOCS, specs / PRODUCT, overlay=OVERLAY)
    print(f"import_product (setup, not compared): {time.perf_counter() - start:.2f} s")

    def run(name: str, show_written: bool = False) -> tuple[float, RecordingFormatter]:
        formatter = RecordingFormatter()  # cache dir from ACS_SPECGEN_CACHE
        t0 = time.perf_counter()
        services = load_specs(specs)
        t1 = time.perf_counter()
        # As `generate` does: the format record in OUT's manifest vouches for what it knows.
        built = build(services, formatter, FormatRecord.of(out))
        t2 = time.perf_counter()
        report = write_tree(out, built.files, built.formatted)
        t3 = time.perf_counter()
        total = t3 - t0
        print(
            f"{name:<8} total {total:7.2f} s | load {t1 - t0:5.2f} | build {t2 - t1:6.2f} "
            f"(format {formatter.seconds:6.2f}) | write {t3 - t2:5.2f} | "
            f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{built.reused} taken from the format record"
        )
        if show_written:
            sizes = {
                str(path): len(built.files[path].splitlines())
                for path in report.written
                if path in built.files
            }
            print(f"         written: {sizes} (lines)")
        return total, formatter

    def cached_entries() -> int:
        return sum(1 for p in (TMP / "cache").rglob("*") if p.is_file())

    cold, recorded = run("cold")
    entries_after_cold = cached_entries()
    warm, _ = run("warm")

    spec_file = specs / PRODUCT / f"{EDITED_OPERATION}.yaml"
    text = spec_file.read_text(encoding="utf-8")
    edited_text, count = re.subn(
        r"^summary: (.*)$",
        r"summary: \1 (edited for the benchmark)",
        text,
        count=1,
        flags=re.MULTILINE,
    )
    if count != 1:
        raise SystemExit(f"no top-level summary in {spec_file}")
    spec_file.write_text(edited_text, encoding="utf-8")
    edited, _ = run("edited", show_written=True)
    print(
        f"formatter cache: {entries_after_cold} entries after cold, "
        f"{cached_entries()} after edit"
    )

    # Baseline: black alone, same mode, one call on everything the generator formatted.
    concatenated = "\n\n".join(recorded.sources)
    start = time.perf_counter()
    black_formatted = black.format_str(concatenated, mode=_mode())
    black_alone = time.perf_counter() - start
    # Second view of the same baseline: black file by file (no cache, no safety checks).
    start = time.perf_counter()
    for source in recorded.sources:
        black.format_str(source, mode=_mode())
    black_per_file = time.perf_counter() - start

    py_files = [p for p in out.rglob("*.py")]
    py_lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in py_files)
    all_files = [p for p in out.rglob("*") if p.is_file()]
    all_lines = sum(len(p.read_bytes().splitlines()) for p in all_files)
    print()
    print(
        f"generated: {len(py_files)} Python files, {py_lines} lines "
        f"(all {len(all_files)} files: {all_lines} lines)"
    )
    print(
        f"black input: {len(recorded.sources)} sources, "
        f"{len(concatenated.splitlines())} lines unformatted -> "
        f"{len(black_formatted.splitlines())} formatted"
    )
    print(
        f"black alone (format_str on the concatenation): {black_alone:.2f} s "
        f"= {black_alone / max(py_lines, 1) * 1e3:.3f} ms per generated line"
    )
    print(
        f"black alone, file by file (sum of {len(recorded.sources)} calls): "
        f"{black_per_file:.2f} s"
    )
    print()
    print(f"{'run':<8}{'seconds':>9}{'vs black alone':>16}{'ms/line':>9}")
    for name, seconds in [
        ("black", black_alone),
        ("black/f", black_per_file),
        ("cold", cold),
        ("warm", warm),
        ("edited", edited),
    ]:
        print(
            f"{name:<8}{seconds:>9.2f}{seconds / black_alone:>15.2f}x"
            f"{seconds / max(py_lines, 1) * 1e3:>9.3f}"
        )
    print(
        f"\ncold/warm {cold / warm:.1f}x, edited/warm {edited / warm:.2f}x  "
        f"(python {sys.version.split()[0]}, black {version('black')})"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
