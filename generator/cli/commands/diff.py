"""`diff OLD_SPECS NEW_SPECS [--format text|json]`: the changes between two spec trees, classed
breaking, compatible or documentation; exit 1 when something breaks.
"""

from __future__ import annotations

from ...base.diagnostics import SpecError
from ...pipeline import validate
from ..invocation import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Invocation


def run(call: Invocation) -> int:
    from ...tools.diff.compare import compare
    from ...tools.revisions import RevisionError, spec_tree

    args, out, err = call.args, call.out, call.err
    try:
        with spec_tree(args.old) as old, spec_tree(args.new) as new:
            sides, problems = [], []
            for tree in (
                old,
                new,
            ):  # both sides' problems, named as the user named them
                try:
                    sides.append(validate(tree.path))
                except SpecError as exc:
                    problems += [tree.shown(d) for d in exc.diagnostics]
            if problems:
                raise SpecError(problems)
    except RevisionError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    report = compare(*sides)
    out.write(report.to_json() if args.format == "json" else report.to_text())
    return EXIT_FAILED if report.breaking else EXIT_OK
