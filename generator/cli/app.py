"""`main`: the configuration applied, the arguments parsed, the command run, and what went wrong
turned into messages and an exit status.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ..base.diagnostics import GenerationError, SpecError
from ..write import WriteError
from . import config as configuration
from .commands import check, diff, generate, import_, policy, validate, watch
from .invocation import EXIT_FAILED, EXIT_USAGE, Invocation, clear_progress
from .parser import build_parser, subcommands
from .progress import for_stream

Run = Callable[[Invocation], int]
# Each command's module, by the command's name.
COMMANDS: dict[str, Run] = {
    "validate": validate.run,
    "generate": generate.run,
    "check": check.run,
    "diff": diff.run,
    "policy": policy.run,
    "watch": watch.run,
    "import": import_.run,
}


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    parser = build_parser()
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
                build_parser().parse_args(argv)
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
        problem = policy.choice_problem(args, parser)
        if problem is not None:
            print(f"error: {problem}", file=err)
            return EXIT_USAGE
    progress = for_stream(err, quiet=getattr(args, "quiet", False))
    try:
        return COMMANDS[args.command](Invocation(args, out, err, progress))
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
