"""`import [API_DOCS_JSON] [-o SPECS_DIR] [--overlay FILE] [--operation NAME ...]`: Alibaba
Cloud api-docs metadata -> specs; without API_DOCS_JSON, every product of
`[[tool.acs-specgen.import]]`; with a folder of api-docs files, every product in it (a
catalogue run: `-o` is the root, `--overlay` a folder of `<file stem>.yaml` overlays).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..invocation import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Invocation, clear_progress
from ..parser import configured_imports


def run(call: Invocation) -> int:
    from ...importer import ImportFailure, import_product

    args, out, err, progress = call.args, call.out, call.err, call.progress
    if args.api_docs is not None and args.api_docs.is_dir():
        return _catalogue(call)
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


@dataclass(frozen=True)
class ImportJob:
    api_docs: Path
    out: Path | None
    overlay: Path | None
    operations: list[str] | None


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


def _catalogue(call: Invocation) -> int:
    """Every api-docs file of a folder, one product at a time, with one summary."""
    from ...importer import ImportFailure, import_catalogue

    args, out, err = call.args, call.out, call.err
    if args.out is None or args.operation:
        print(
            "error: a folder of api-docs files needs -o SPECS_ROOT and takes no --operation",
            file=err,
        )
        return EXIT_USAGE
    try:
        report = import_catalogue(args.api_docs, args.out, overlays=args.overlay)
    except ImportFailure as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    print(report.summary(), file=out)
    return EXIT_FAILED if report.failed else EXIT_OK
