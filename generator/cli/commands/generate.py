"""`generate [SPECS] [-o OUT] [--verify]`: regenerate OUT atomically."""

from __future__ import annotations

from ...pipeline import generate
from ..invocation import EXIT_OK, Invocation, clear_progress


def run(call: Invocation) -> int:
    args, out, progress = call.args, call.out, call.progress
    report = generate(args.specs, args.out, verify=args.verify, progress=progress)
    clear_progress(progress)
    print(
        f"{args.out}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed.",
        file=out,
    )
    return EXIT_OK
