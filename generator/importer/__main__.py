"""`python -m generator.importer API_DOCS_JSON -o SPECS_DIR [--operation NAME ...] [--overlay FILE]`.

The same command as `python -m generator import`; `main` is what that CLI can delegate to.
An ImportFailure is printed as one message, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import ImportFailure
from .product import import_product


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "api_docs",
        type=Path,
        metavar="API_DOCS_JSON",
        help="the vendor's api-docs file",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="SPECS_DIR",
        help="spec folder to write",
    )
    parser.add_argument(
        "--operation",
        action="append",
        metavar="NAME",
        help="import only this operation (repeatable; default: all)",
    )
    parser.add_argument(
        "--overlay",
        type=Path,
        metavar="FILE",
        help="curated facts laid over the import",
    )


def run(arguments: argparse.Namespace) -> int:
    """Import, print the report; 0 on success, 1 on an ImportFailure."""
    try:
        report = import_product(
            arguments.api_docs,
            arguments.output,
            operations=arguments.operation,
            overlay=arguments.overlay,
        )
    except ImportFailure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.importer", description=__doc__
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
