"""`python -m generator watch [SPECS] [-o OUT]`: regenerate OUT on every change.

Watched: the spec folder, the templates, and each configured import's api-docs file and
overlay (a change to one of those re-imports that product first, since overlays apply on
import). Those files are watched through their folders (recursively, as watchfiles watches: keep
them in a folder of their own, such as specs/vendor), so one created after the watch started
counts too. The specs a re-import writes are not a change of their own: the run that imported
them generates from them, and the events of those writes start no second run. A run that fails
prints what failed (spec diagnostics as file:line:col) and the watch goes on; Ctrl-C (SIGINT)
or SIGTERM ends it with status 0. File events come from `watchfiles`, the optional extra
`acs-specgen[watch]`.

A process started with SIGINT ignored (a background job of a non-interactive shell, as CI
runners start commands) inherits that, and Python then raises no KeyboardInterrupt for it: run
in the main thread, the watch installs Python's own SIGINT handler and one for SIGTERM while it
runs, and puts the previous handlers back when it ends.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from ...base.diagnostics import GenerationError, SpecError
from ...base.resources import templates_dir
from ...pipeline import generate
from ...write import WriteError
from ..config import ImportEntry
from ..invocation import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Invocation, clear_progress
from ..parser import configured_imports
from ..progress import TerminalProgress

INSTALL_HINT = "pip install 'acs-specgen[watch]'"

# A file's content as a run left it (None: absent), to tell our own writes from the user's.
Snapshot = dict[Path, str | None]


def run(call: Invocation) -> int:
    """The CLI's `watch`: its arguments and configuration turned into a `watch` call."""
    args, stdout, stderr, progress = call.args, call.out, call.err, call.progress
    try:
        import watchfiles  # noqa: F401 - only to tell whether the extra is installed
    except ImportError:
        print(f"error: watch needs the watchfiles package: {INSTALL_HINT}", file=stderr)
        return EXIT_USAGE
    return watch(
        args.specs,
        args.out,
        imports=configured_imports(args.config),
        stdout=stdout,
        stderr=stderr,
        progress=progress,
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
    inputs = {p.resolve() for entry in imports for p in _inputs(entry)}
    folders = [specs.resolve(), templates.resolve()]
    missing = sorted(p for p in inputs if not p.parent.is_dir())
    for path in missing:
        print(f"note: {path.parent} does not exist: {path} is not watched", file=stderr)
    parents = [p.parent for p in sorted(inputs) if p.parent.is_dir()]
    roots = _outermost([*folders, *parents])
    shown = [specs, templates, *(p for entry in imports for p in _inputs(entry))]
    print(
        f"watching {', '.join(map(str, shown))} (Ctrl-C to stop)",
        file=stdout,
        flush=True,
    )
    out_dir = out.resolve()
    usual = (
        watchfiles.DefaultFilter()
    )  # leaves out .git, __pycache__, editors' swap files

    def relevant(change: watchfiles.Change, path: str) -> bool:
        # What we write ourselves is no reason to run again; an input's folder holds other
        # files that are none of our business.
        resolved = Path(path).resolve()
        return (
            usual(change, path)
            and not resolved.is_relative_to(out_dir)
            and (resolved in inputs or any(resolved.is_relative_to(f) for f in folders))
        )

    imported: Snapshot = {}  # the specs the last re-import wrote, as it left them
    first = True
    with _stoppable():
        try:
            # Empty batches every 200 ms: the first one starts the initial run once the
            # watcher is listening, so nothing written during that run goes unseen.
            for changes in watchfiles.watch(
                *roots,
                watch_filter=relevant,
                debounce=debounce_ms,
                rust_timeout=200,
                yield_on_timeout=True,
                stop_event=stop_event,
                raise_interrupt=False,
            ):
                changed = {Path(path).resolve() for _, path in changes}
                changed = {p for p in changed if imported.get(p, _UNSEEN) != _digest(p)}
                if not (first or changed):
                    continue
                first = False
                imported.clear()
                ok = _run_once(
                    specs, out, imports, changed, stdout, stderr, progress, imported
                )
                if on_run is not None:
                    on_run(ok)
        except KeyboardInterrupt:
            pass
    print("stopped watching.", file=stdout, flush=True)
    return EXIT_OK


_UNSEEN = "not written by a re-import"  # never a digest, nor None


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the watch as Ctrl-C does."""
    raise KeyboardInterrupt


@contextmanager
def _stoppable() -> Iterator[None]:
    """While the watch runs: SIGINT raises KeyboardInterrupt even when the process was started
    with SIGINT ignored, and SIGTERM does too (signals reach only the main thread: elsewhere,
    as in tests and embeddings that stop the watch with `stop_event`, nothing changes).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
        signal.SIGTERM: signal.signal(signal.SIGTERM, _interrupt),
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _inputs(entry: ImportEntry) -> list[Path]:
    overlay = entry.defaults.get("overlay")
    return [entry.api_docs, *([overlay] if isinstance(overlay, Path) else [])]


def _outermost(folders: Iterable[Path]) -> list[Path]:
    """The folders not inside another (a recursive watch of one covers the rest), in order."""
    unique = list(dict.fromkeys(folders))
    return [
        folder
        for folder in unique
        if not any(folder != other and folder.is_relative_to(other) for other in unique)
    ]


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:  # gone, or a folder
        return None


def _files_under(folder: Path) -> set[Path]:
    return (
        {p.resolve() for p in folder.rglob("*") if p.is_file()}
        if folder.is_dir()
        else set()
    )


def _run_once(
    specs: Path,
    out: Path,
    imports: Iterable[ImportEntry],
    changed: set[Path],
    stdout: TextIO,
    stderr: TextIO,
    progress: TerminalProgress | None,
    imported: Snapshot,
) -> bool:
    """Re-import what changed, regenerate; print the outcome. False when it failed.

    `imported` receives the files each re-import wrote or removed, as it left them.
    """
    from ...importer import ImportFailure, import_product

    stamp = time.strftime("%H:%M:%S")
    try:
        for entry in imports:
            if changed & {path.resolve() for path in _inputs(entry)}:
                target = Path(entry.defaults["out"])
                before = _files_under(target)
                report = import_product(
                    entry.api_docs,
                    target,
                    operations=entry.defaults.get("operation"),
                    overlay=entry.defaults.get("overlay"),
                    progress=progress,
                )
                imported.update({p: _digest(p) for p in before | _files_under(target)})
                clear_progress(progress)
                print(f"[{stamp}] {report.summary()}", file=stdout, flush=True)
        written = generate(specs, out, progress=progress)
    except SpecError as exc:
        clear_progress(progress)
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=stderr)
        print(
            f"[{stamp}] {len(exc.diagnostics)} problem(s) found; waiting for changes.",
            file=stderr,
            flush=True,
        )
        return False
    except (GenerationError, WriteError, ImportFailure) as exc:
        clear_progress(progress)
        print(f"[{stamp}] error: {exc}; waiting for changes.", file=stderr, flush=True)
        return False
    clear_progress(progress)
    print(
        f"[{stamp}] {out}: {len(written.written)} written, "
        f"{len(written.unchanged)} unchanged, {len(written.removed)} removed.",
        file=stdout,
        flush=True,
    )
    return True
