"""The command line: `python -m generator {validate,generate,check,policy,import}` (also `acs-specgen`).

Exit status: 0 success, 1 invalid specs or drift found by `check`, 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

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
    _add_policy(commands)
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
    return parser


def _add_policy(commands: argparse._SubParsersAction[Any]) -> None:
    help_text = "print the least-privilege RAM policy for some operations"
    policy = commands.add_parser("policy", help=help_text, description=help_text)
    policy.add_argument(
        "specs",
        nargs="?",
        default="specs",
        type=Path,
        help="spec folder (default: specs)",
    )
    chosen = policy.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "--operation",
        action="append",
        metavar="NAME",
        help="allow this operation: Name, or product:Name (repeatable)",
    )
    chosen.add_argument("--all", action="store_true", help="every operation")


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
    if args.command == "policy":
        return _run_policy(args, out, err)
    return _run_import(args, out, err)


def _run_policy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .policy import UnknownOperationError, policy_for_specs

    try:
        result = policy_for_specs(args.specs, None if args.all else args.operation)
    except UnknownOperationError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    for notice in result.notices:
        print(notice, file=err)
    out.write(result.text)
    return EXIT_OK


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
