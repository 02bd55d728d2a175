"""The command line's grammar: every command's arguments, in one parser, and the configured
import entries checked against `import`'s arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import config as configuration


def build_parser() -> argparse.ArgumentParser:
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


def configured_imports(
    config: configuration.Config | None,
) -> list[configuration.ImportEntry]:
    """The products of `[[tool.acs-specgen.import]]`, checked against `import`'s options."""
    if config is None:
        return []
    return configuration.import_entries(config, subcommands(build_parser())["import"])
