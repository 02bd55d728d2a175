"""`check [SPECS] [-o OUT] [--verify]`: the CI gate, a diff when OUT is stale."""

from __future__ import annotations

from ...pipeline import check
from ..invocation import EXIT_FAILED, EXIT_OK, Invocation, clear_progress


def run(call: Invocation) -> int:
    args, out, err, progress = call.args, call.out, call.err, call.progress
    drift = check(args.specs, args.out, verify=args.verify, progress=progress)
    clear_progress(progress)
    if drift.clean:
        print(f"{args.out} is up to date with {args.specs}.", file=out)
        return EXIT_OK
    for diff in drift.changed.values():
        out.write(diff)
    for path in drift.missing:
        print(f"missing: {args.out / path}", file=err)
    for path in drift.extra:
        print(f"extra: {args.out / path}", file=err)
    print(
        f"{args.out} is out of date ({len(drift.changed)} changed, {len(drift.missing)} missing, "
        f"{len(drift.extra)} extra): run `python -m generator generate {args.specs} -o {args.out}`.",
        file=err,
    )
    return EXIT_FAILED
