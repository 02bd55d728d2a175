"""The command line: `python -m generator {validate,generate,check,import,diff}` (also `acs-specgen`).

Exit status: 0 success, 1 invalid specs, drift found by `check` or breaking changes found by
`diff`, 2 usage errors (for `diff`: a side that is neither a folder nor a git revision of one).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .diagnostics import GenerationError, SpecError
from .pipeline import check, generate, validate
from .write import WriteError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acs-specgen", description="Generate typed Python clients from API specs."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str, *, out: bool) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "specs",
            nargs="?",
            default="specs",
            type=Path,
            help="spec folder (default: specs)",
        )
        if out:
            command.add_argument(
                "-o",
                "--out",
                default="generated",
                type=Path,
                help="output folder (default: generated)",
            )
            command.add_argument(
                "--verify",
                action="store_true",
                help="format every file afresh, trusting neither the format record in OUT's "
                "manifest nor the cache (for release pipelines)",
            )
        return command

    add("validate", "check the specs and report every problem", out=False)
    add("generate", "regenerate OUT from the specs (atomically)", out=True)
    add(
        "check", "fail with a diff when OUT is not what the specs produce now", out=True
    )
    importer = commands.add_parser(
        "import", help="import Alibaba Cloud api-docs metadata into specs"
    )
    importer.add_argument("api_docs", type=Path, help="an api-docs JSON file")
    importer.add_argument(
        "-o",
        "--out",
        required=True,
        type=Path,
        help="spec folder to write the product into",
    )
    importer.add_argument(
        "--operation",
        action="append",
        default=None,
        help="import only this operation (repeatable)",
    )
    importer.add_argument(
        "--overlay", type=Path, default=None, help="hand-written facts to apply on top"
    )
    _add_diff(commands)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return _run(args, out, err)
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=err)
        print(f"{len(exc.diagnostics)} problem(s) found.", file=err)
        return EXIT_FAILED
    except (GenerationError, WriteError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "validate":
        services = validate(args.specs)
        count = sum(len(service.operations) for service in services)
        print(f"{len(services)} service(s), {count} operation(s): valid.", file=out)
        return EXIT_OK
    if args.command == "generate":
        report = generate(args.specs, args.out, verify=args.verify)
        print(
            f"{args.out}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed.",
            file=out,
        )
        return EXIT_OK
    if args.command == "check":
        drift = check(args.specs, args.out, verify=args.verify)
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
    if args.command == "diff":
        return _run_diff(args, out, err)
    return _run_import(args, out, err)


def _run_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .importer import ImportFailure, import_product

    try:
        report = import_product(
            args.api_docs, args.out, operations=args.operation, overlay=args.overlay
        )
    except ImportFailure as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    print(report.summary(), file=out)
    return EXIT_OK


def _add_diff(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = (
        "list the changes between two spec trees, classed by their effect on consumers"
    )
    command = commands.add_parser(
        "diff",
        help=help_text,
        description=f"{help_text}; exit 1 when something breaks (or a side is invalid)",
    )
    for side in ("old", "new"):
        command.add_argument(
            side,
            metavar=f"{side.upper()}_SPECS",
            help="a spec folder, or REV:PATH for one at a git revision (e.g. HEAD~1:specs)",
        )
    command.add_argument(
        "--format", choices=("text", "json"), default="text", help="default: text"
    )


def _run_diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .diff import compare
    from .revisions import RevisionError, spec_tree

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
