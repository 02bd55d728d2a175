"""`validate [SPECS]`: check the specs, report every problem."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...pipeline import validate
from ..outcome import EXIT_OK
from ..progress import TerminalProgress


def run(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    progress: TerminalProgress | None,
) -> int:
    services = validate(args.specs)
    count = sum(len(service.operations) for service in services)
    print(f"{len(services)} service(s), {count} operation(s): valid.", file=out)
    return EXIT_OK
