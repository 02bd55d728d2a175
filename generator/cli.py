"""The command line: `python -m generator COMMAND` (also `acs-specgen COMMAND`).

    validate [SPECS]                      check the specs, report every problem
    generate [SPECS] [-o OUT] [--verify]  regenerate OUT atomically
    check    [SPECS] [-o OUT] [--verify]  the CI gate: a diff when OUT is stale
    import   [API_DOCS_JSON] [-o SPECS_DIR] [--overlay FILE] [--operation NAME ...]
    watch    [SPECS] [-o OUT]             regenerate on every change (the `watch` extra)
    diff     OLD_SPECS NEW_SPECS [--format text|json]
                                          changes classed breaking / compatible / docs
    policy   [SPECS] (--operation NAME ... | --all)
                                          the least-privilege RAM policy document

Every command takes `-q/--quiet` (no progress line; progress is drawn only when stderr is a
terminal and `CI` is unset). Defaults come from `[tool.acs-specgen]` in the nearest
`pyproject.toml` (`config.py`); options on the command line win.

Exit status: 0 success, 1 invalid specs, drift found by `check`, breaking changes found by
`diff` or a failed run, 2 usage errors (a bad configuration included; for `diff`, a side that
is neither a folder nor a git revision of one).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from . import config as configuration
from .base.diagnostics import GenerationError, SpecError
from .base.progress import TerminalProgress, for_stream
from .pipeline import check, generate, validate
from .write import WriteError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = (
    0,
    1,
    2,
)  # every command's, `watch` (watch.py) included


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acs-specgen", description="Generate typed Python clients from API specs."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line on stderr"
    )

    def add(name: str, help_text: str, *, out: bool) -> argparse.ArgumentParser:
        command = commands.add_parser(
            name, help=help_text, description=help_text, parents=[common]
        )
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
        return command

    def verify(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--verify",
            action="store_true",
            help="format every file afresh, trusting neither the format record in OUT's "
            "manifest nor the cache (for release pipelines)",
        )

    add("validate", "check the specs and report every problem", out=False)
    verify(add("generate", "regenerate OUT from the specs (atomically)", out=True))
    verify(
        add(
            "check",
            "fail with a diff when OUT is not what the specs produce now",
            out=True,
        )
    )
    add(
        "watch",
        "regenerate OUT on every change to the specs, overlays or templates",
        out=True,
    )
    _add_policy(commands, common)
    importer = commands.add_parser(
        "import",
        help="import Alibaba Cloud api-docs metadata into specs",
        description="import Alibaba Cloud api-docs metadata into specs; without "
        "API_DOCS_JSON, every product of [[tool.acs-specgen.import]]",
        parents=[common],
    )
    importer.add_argument(
        "api_docs", nargs="?", default=None, type=Path, help="an api-docs JSON file"
    )
    importer.add_argument(
        "-o", "--out", type=Path, help="spec folder to write the product into"
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
    _add_diff(commands, common)
    return parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each subcommand's parser by name (where the configuration sets the defaults)."""
    for action in parser._actions:  # argparse has no public accessor for them
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _add_policy(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    help_text = "print the least-privilege RAM policy for some operations"
    policy = commands.add_parser(
        "policy", help=help_text, description=help_text, parents=[common]
    )
    policy.add_argument(
        "specs",
        nargs="?",
        default="specs",
        type=Path,
        help="spec folder (default: specs)",
    )
    # Not `required=True`: the configuration may supply either, so "exactly one" is checked
    # after parsing (`_policy_choice`); the group still refuses both on the command line.
    chosen = policy.add_mutually_exclusive_group()
    chosen.add_argument(
        "--operation",
        action="append",
        metavar="NAME",
        help="allow this operation: Name, or product:Name (repeatable)",
    )
    chosen.add_argument("--all", action="store_true", help="every operation")


POLICY_CHOICE = "policy needs exactly one of --operation NAME (repeatable) or --all"


def _policy_choice(
    args: argparse.Namespace, parser: argparse.ArgumentParser
) -> str | None:
    """Settle `--operation` against `--all` once the configuration and the command line are
    both in: the command line wins over the configuration; a usage message if not one is left.
    """
    policy = subcommands(parser)["policy"]
    configured_operation = policy.get_default("operation")
    configured_all = bool(policy.get_default("all"))
    # A repeatable option used on the command line holds a new list, never its default.
    operation_given = (
        args.operation is not None and args.operation is not configured_operation
    )
    all_given = args.all and not configured_all
    if operation_given:
        args.all = False
    elif all_given:
        args.operation = None
    if bool(args.operation) == bool(args.all):
        return POLICY_CHOICE
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    parser = _parser()
    try:
        found = configuration.discover(Path.cwd())
        if found is not None:
            configuration.apply(found, subcommands(parser))
    except configuration.ConfigError as exc:
        if _asks_for_help(
            argv
        ):  # help needs no configuration: show the built-in defaults
            print(f"warning: {exc} (the defaults shown ignore it)", file=err)
            try:
                _parser().parse_args(argv)
            except SystemExit as done:
                return int(done.code or 0)
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    parser.set_defaults(config=found)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command == "policy":
        problem = _policy_choice(args, parser)
        if problem is not None:
            print(f"error: {problem}", file=err)
            return EXIT_USAGE
    progress = for_stream(err, quiet=getattr(args, "quiet", False))
    try:
        return _run(args, out, err, progress)
    except SpecError as exc:
        clear_progress(progress)
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=err)
        print(f"{len(exc.diagnostics)} problem(s) found.", file=err)
        return EXIT_FAILED
    except (GenerationError, WriteError) as exc:
        clear_progress(progress)
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    except configuration.ConfigError as exc:
        clear_progress(progress)
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    finally:
        clear_progress(progress)


def _asks_for_help(argv: Sequence[str] | None) -> bool:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--" in arguments:
        arguments = arguments[: arguments.index("--")]
    return any(argument in ("-h", "--help") for argument in arguments)


def clear_progress(progress: TerminalProgress | None) -> None:
    """Erase the progress line, if one is drawn, before printing an outcome."""
    if progress is not None:
        progress.clear()


def _run(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    progress: TerminalProgress | None,
) -> int:
    if args.command == "validate":
        services = validate(args.specs)
        count = sum(len(service.operations) for service in services)
        print(f"{len(services)} service(s), {count} operation(s): valid.", file=out)
        return EXIT_OK
    if args.command == "generate":
        report = generate(args.specs, args.out, verify=args.verify, progress=progress)
        clear_progress(progress)
        print(
            f"{args.out}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed.",
            file=out,
        )
        return EXIT_OK
    if args.command == "check":
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
    if args.command == "diff":
        return _run_diff(args, out, err)
    if args.command == "policy":
        return _run_policy(args, out, err)
    if args.command == "watch":
        from .watch import watch_command

        return watch_command(args, out, err)
    return _run_import(args, out, err, progress)


def _run_policy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .tools.policy import UnknownOperationError, policy_for_specs

    try:
        result = policy_for_specs(args.specs, None if args.all else args.operation)
    except UnknownOperationError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    for notice in result.notices:
        print(notice, file=err)
    out.write(result.text)
    return EXIT_OK


def _run_import(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    progress: TerminalProgress | None,
) -> int:
    from .importer import ImportFailure, import_product

    jobs = import_jobs(args)
    if isinstance(jobs, str):
        print(f"error: {jobs}", file=err)
        return EXIT_USAGE
    for job in jobs:
        assert job.out is not None  # import_jobs saw to it
        try:
            report = import_product(
                job.api_docs,
                job.out,
                operations=job.operations,
                overlay=job.overlay,
                progress=progress,
            )
        except ImportFailure as exc:
            clear_progress(progress)
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        clear_progress(progress)
        print(report.summary(), file=out)
    return EXIT_OK


def _add_diff(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    help_text = (
        "list the changes between two spec trees, classed by their effect on consumers"
    )
    command = commands.add_parser(
        "diff",
        help=help_text,
        description=f"{help_text}; exit 1 when something breaks (or a side is invalid)",
        parents=[common],
    )
    for side in ("old", "new"):
        command.add_argument(
            side,
            metavar=f"{side.upper()}_SPECS",
            type=configuration.folder_or_revision,
            help="a spec folder, or REV:PATH for one at a git revision (e.g. HEAD~1:specs)",
        )
    command.add_argument(
        "--format", choices=("text", "json"), default="text", help="default: text"
    )


def _run_diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .tools.diff.compare import compare
    from .tools.revisions import RevisionError, spec_tree

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


@dataclass(frozen=True)
class ImportJob:
    api_docs: Path
    out: Path | None
    overlay: Path | None
    operations: list[str] | None


def configured_imports(
    config: configuration.Config | None,
) -> list[configuration.ImportEntry]:
    """The products of `[[tool.acs-specgen.import]]`, checked against `import`'s options."""
    if config is None:
        return []
    return configuration.import_entries(config, subcommands(_parser())["import"])


def import_jobs(args: argparse.Namespace) -> list[ImportJob] | str:
    """What `import` is to do: the product named, its configured entry filling the gaps, or
    every configured product; a usage message when that cannot be told."""
    entries = configured_imports(args.config)
    if args.api_docs is None:
        if not entries:
            return (
                "import needs API_DOCS_JSON (or [[tool.acs-specgen.import]] entries "
                "in pyproject.toml)"
            )
        if args.out or args.overlay or args.operation:
            return "-o, --overlay and --operation need API_DOCS_JSON"
        return [_job(entry.api_docs, entry.defaults, args) for entry in entries]
    named = args.api_docs.resolve()
    defaults = next((e.defaults for e in entries if e.api_docs.resolve() == named), {})
    job = _job(args.api_docs, defaults, args)
    if job.out is None:
        return (
            "import needs -o SPECS_DIR (or an [[tool.acs-specgen.import]] entry for it)"
        )
    return [job]


def _job(
    api_docs: Path, defaults: dict[str, Any], args: argparse.Namespace
) -> ImportJob:
    return ImportJob(
        api_docs,
        args.out or defaults.get("out"),
        args.overlay or defaults.get("overlay"),
        args.operation or defaults.get("operation"),
    )
