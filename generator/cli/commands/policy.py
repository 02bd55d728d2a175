"""`policy [SPECS] (--operation NAME ... | --all)`: the least-privilege RAM policy document."""

from __future__ import annotations

import argparse

from ..invocation import EXIT_OK, EXIT_USAGE, Invocation
from ..parser import subcommands

POLICY_CHOICE = "policy needs exactly one of --operation NAME (repeatable) or --all"


def choice_problem(
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


def run(call: Invocation) -> int:
    from ...tools.policy import UnknownOperationError, policy_for_specs

    args, out, err = call.args, call.out, call.err
    try:
        result = policy_for_specs(args.specs, None if args.all else args.operation)
    except UnknownOperationError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    for notice in result.notices:
        print(notice, file=err)
    out.write(result.text)
    return EXIT_OK
