"""`python -m generator watch [SPECS] [-o OUT]`: regenerate OUT on every change.

Watched: the spec folder, the templates, and each configured import's api-docs file and
overlay (a change to one of those re-imports that product first, since overlays apply on
import). A run that fails prints what failed (spec diagnostics as file:line:col) and the watch
goes on; Ctrl-C ends it with status 0. File events come from `watchfiles`, the optional extra
`acs-specgen[watch]`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .config import ImportEntry
from .diagnostics import GenerationError, SpecError
from .pipeline import generate
from .progress import TerminalProgress, for_stream
from .render import templates_dir
from .write import WriteError

if TYPE_CHECKING:
    import threading

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
INSTALL_HINT = "pip install 'acs-specgen[watch]'"


def watch_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """The CLI's `watch`: its arguments and configuration turned into a `watch` call."""
    try:
        import watchfiles  # noqa: F401 - only to tell whether the extra is installed
    except ImportError:
        print(f"error: watch needs the watchfiles package: {INSTALL_HINT}", file=stderr)
        return EXIT_USAGE
    from .cli import configured_imports

    return watch(
        args.specs,
        args.out,
        imports=configured_imports(args.config),
        stdout=stdout,
        stderr=stderr,
        progress=for_stream(stderr, quiet=getattr(args, "quiet", False)),
    )


def watch(
    specs: Path,
    out: Path,
    *,
    stdout: TextIO,
    stderr: TextIO,
    imports: Sequence[ImportEntry] = (),
    templates: Path | None = None,
    progress: TerminalProgress | None = None,
    stop_event: threading.Event | None = None,
    debounce_ms: int = 300,
    on_run: Callable[[bool], None] | None = None,
) -> int:
    """Generate once, then again after every batch of changes, until Ctrl-C or `stop_event`.

    `on_run` hears whether each run succeeded (for tests and embedding).
    """
    import watchfiles

    if not specs.is_dir():
        print(f"error: no such spec folder: {specs}", file=stderr)
        return EXIT_FAILED
    templates = templates or templates_dir()
    extra = [p for entry in imports for p in _inputs(entry)]
    roots = [specs, templates, *(p for p in extra if p.exists())]
    print(
        f"watching {', '.join(map(str, roots))} (Ctrl-C to stop)",
        file=stdout,
        flush=True,
    )
    out_dir = out.resolve()
    usual = (
        watchfiles.DefaultFilter()
    )  # leaves out .git, __pycache__, editors' swap files

    def relevant(change: watchfiles.Change, path: str) -> bool:
        # What we write ourselves is no reason to run again.
        return usual(change, path) and not Path(path).resolve().is_relative_to(out_dir)

    first = True
    try:
        # Empty batches every 200 ms: the first one starts the initial run once the watcher is
        # listening, so nothing written during that run goes unseen.
        for changes in watchfiles.watch(
            *roots,
            watch_filter=relevant,
            debounce=debounce_ms,
            rust_timeout=200,
            yield_on_timeout=True,
            stop_event=stop_event,
            raise_interrupt=False,
        ):
            if not (first or changes):
                continue
            first = False
            changed = {Path(path).resolve() for _, path in changes}
            ok = _run_once(specs, out, imports, changed, stdout, stderr, progress)
            if on_run is not None:
                on_run(ok)
    except KeyboardInterrupt:
        pass
    print("stopped watching.", file=stdout, flush=True)
    return EXIT_OK


def _inputs(entry: ImportEntry) -> list[Path]:
    overlay = entry.defaults.get("overlay")
    return [entry.api_docs, *([overlay] if isinstance(overlay, Path) else [])]


def _run_once(
    specs: Path,
    out: Path,
    imports: Iterable[ImportEntry],
    changed: set[Path],
    stdout: TextIO,
    stderr: TextIO,
    progress: TerminalProgress | None,
) -> bool:
    """Re-import what changed, regenerate; print the outcome. False when it failed."""
    from .importer import ImportFailure, import_product

    stamp = time.strftime("%H:%M:%S")
    try:
        for entry in imports:
            if changed & {path.resolve() for path in _inputs(entry)}:
                report = import_product(
                    entry.api_docs,
                    entry.defaults["out"],
                    operations=entry.defaults.get("operation"),
                    overlay=entry.defaults.get("overlay"),
                    progress=progress,
                )
                _clear(progress)
                print(f"[{stamp}] {report.summary()}", file=stdout, flush=True)
        written = generate(specs, out, progress=progress)
    except SpecError as exc:
        _clear(progress)
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=stderr)
        print(
            f"[{stamp}] {len(exc.diagnostics)} problem(s) found; waiting for changes.",
            file=stderr,
            flush=True,
        )
        return False
    except (GenerationError, WriteError, ImportFailure) as exc:
        _clear(progress)
        print(f"[{stamp}] error: {exc}; waiting for changes.", file=stderr, flush=True)
        return False
    _clear(progress)
    print(
        f"[{stamp}] {out}: {len(written.written)} written, "
        f"{len(written.unchanged)} unchanged, {len(written.removed)} removed.",
        file=stdout,
        flush=True,
    )
    return True


def _clear(progress: TerminalProgress | None) -> None:
    if progress is not None:
        progress.clear()
