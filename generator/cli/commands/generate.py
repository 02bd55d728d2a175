"""`generate [SPECS] [-o OUT] [--verify]`: regenerate OUT atomically."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...pipeline import generate
from ..outcome import EXIT_OK, clear_progress
from ..progress import TerminalProgress


def run(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    progress: TerminalProgress | None,
) -> int:
    report = generate(args.specs, args.out, verify=args.verify, progress=progress)
    clear_progress(progress)
    print(
        f"{args.out}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed.",
        file=out,
    )
    return EXIT_OK
