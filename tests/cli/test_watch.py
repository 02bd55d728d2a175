"""`watch`: regenerates on every change, reports a broken spec and keeps going, Ctrl-C (even in a
process started with SIGINT ignored) or SIGTERM exits 0; without the `watch` extra it says how to
install it."""

from __future__ import annotations

import io
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.cli.commands.watch import watch

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = "summary: Queries jobs of image AI processing."
TIMEOUT = 60  # seconds: a bound, not a measurement


class Watcher:
    """`watch` in a thread, with each run's outcome queued for the test to wait on."""

    def __init__(self, specs: Path, out: Path, **options: object) -> None:
        self.stdout, self.stderr = io.StringIO(), io.StringIO()
        self.runs: queue.Queue[bool] = queue.Queue()
        self.stop = threading.Event()
        self.result: list[int] = []

        def target() -> None:
            self.result.append(
                watch(
                    specs,
                    out,
                    stdout=self.stdout,
                    stderr=self.stderr,
                    stop_event=self.stop,
                    on_run=self.runs.put,
                    debounce_ms=100,
                    **options,
                )
            )

        self.thread = threading.Thread(target=target, daemon=True)

    def next_run(self, ok: bool, until: Callable[[], bool] = lambda: True) -> None:
        """Wait for a run that ended `ok` after which `until()` holds (an editor's save may
        come as more than one batch of events, so earlier runs are passed over)."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                outcome = self.runs.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if outcome is ok and until():
                return
        pytest.fail(f"no run ended {ok}; stderr: {self.stderr.getvalue()}")


@pytest.fixture
def watcher(spec_copy: Path, tmp_path: Path) -> Iterator[Watcher]:
    running = Watcher(spec_copy, tmp_path / "out")
    running.thread.start()
    yield running
    running.stop.set()
    running.thread.join(timeout=TIMEOUT)
    assert not running.thread.is_alive()
    assert running.result == [0]


def test_watch_generates_at_start_then_again_after_a_spec_changes(
    watcher: Watcher, spec_copy: Path, tmp_path: Path
) -> None:
    client = tmp_path / "out" / "acs-vod" / "acs_vod" / "_client.py"
    watcher.next_run(ok=True, until=client.is_file)
    spec = spec_copy / "vod" / "GetAIImageJobs.yaml"
    spec.write_text(spec.read_text().replace(SUMMARY, "summary: Lists the jobs."))
    watcher.next_run(ok=True, until=lambda: "Lists the jobs." in client.read_text())
    assert "written" in watcher.stdout.getvalue()


def test_a_broken_spec_is_reported_with_its_place_and_the_watch_goes_on(
    watcher: Watcher, spec_copy: Path, tmp_path: Path
) -> None:
    client = tmp_path / "out" / "acs-vod" / "acs_vod" / "_client.py"
    watcher.next_run(ok=True)
    spec = spec_copy / "vod" / "GetAIImageJobs.yaml"
    good = spec.read_text()
    spec.write_text(good.replace("access: read", "access: maybe"))
    watcher.next_run(ok=False)
    assert f"{spec}:" in watcher.stderr.getvalue()
    assert "/access:" in watcher.stderr.getvalue()
    assert "waiting for changes" in watcher.stderr.getvalue()
    spec.write_text(good.replace(SUMMARY, "summary: Fixed again."))
    watcher.next_run(ok=True, until=lambda: "Fixed again." in client.read_text())


def test_a_changed_template_regenerates(spec_copy: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    running = Watcher(spec_copy, tmp_path / "out", templates=templates)
    running.thread.start()
    try:
        running.next_run(ok=True)
        (templates / "py.typed.jinja").write_text("partial\n")
        running.next_run(ok=True)
    finally:
        running.stop.set()
        running.thread.join(timeout=TIMEOUT)
    assert running.result == [0]


def test_a_changed_overlay_reimports_its_product_then_regenerates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.cli.config import ImportEntry

    specs = tmp_path / "specs"
    overlay = tmp_path / "sts.yaml"
    overlay.write_text("operations:\n  GetCallerIdentity:\n    summary: Who am I.\n")
    api_docs = ROOT / "specs" / "vendor" / "sts-2015-04-01.json"
    entry = ImportEntry(api_docs, {"out": specs / "sts", "overlay": overlay})
    assert (
        main(
            [
                "import",
                str(api_docs),
                "-o",
                str(specs / "sts"),
                "--overlay",
                str(overlay),
            ]
        )
        == 0
    )
    client = tmp_path / "out" / "acs-sts" / "acs_sts" / "_client.py"
    running = Watcher(specs, tmp_path / "out", imports=[entry])
    running.thread.start()
    try:
        running.next_run(ok=True, until=lambda: "Who am I." in client.read_text())
        overlay.write_text(
            "operations:\n  GetCallerIdentity:\n    summary: Me, myself.\n"
        )
        running.next_run(ok=True, until=lambda: "Me, myself." in client.read_text())
    finally:
        running.stop.set()
        running.thread.join(timeout=TIMEOUT)
    assert "sts 2015-04-01: 4 operation(s) imported" in running.stdout.getvalue()


def _import_sts(specs: Path, overlay: Path | None = None) -> None:
    api_docs = ROOT / "specs" / "vendor" / "sts-2015-04-01.json"
    extra = ["--overlay", str(overlay)] if overlay is not None else []
    argv = ["import", str(api_docs), "-o", str(specs / "sts"), *extra]
    assert main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0


def test_an_overlay_created_after_the_watch_started_reimports_its_product(
    tmp_path: Path,
) -> None:
    from generator.cli.config import ImportEntry

    specs, overlay = tmp_path / "specs", tmp_path / "overlays" / "sts.yaml"
    overlay.parent.mkdir()
    _import_sts(specs)
    api_docs = ROOT / "specs" / "vendor" / "sts-2015-04-01.json"
    entry = ImportEntry(api_docs, {"out": specs / "sts", "overlay": overlay})
    client = tmp_path / "out" / "acs-sts" / "acs_sts" / "_client.py"
    running = Watcher(specs, tmp_path / "out", imports=[entry])
    running.thread.start()
    try:
        running.next_run(ok=True, until=client.is_file)
        assert not overlay.exists()
        overlay.write_text(
            "operations:\n  GetCallerIdentity:\n    summary: Born late.\n"
        )
        running.next_run(ok=True, until=lambda: "Born late." in client.read_text())
    finally:
        running.stop.set()
        running.thread.join(timeout=TIMEOUT)
    assert running.result == [0]


def test_the_specs_a_reimport_writes_start_no_second_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """watchfiles replaced by a script of batches: the initial run, the overlay changed, then
    the events of the specs that re-import wrote (as the OS reports them after the run).
    """
    import watchfiles

    from generator.cli.config import ImportEntry

    specs, overlay = tmp_path / "specs", tmp_path / "sts.yaml"
    overlay.write_text("operations:\n  GetCallerIdentity:\n    summary: Who am I.\n")
    _import_sts(specs, overlay)
    api_docs = ROOT / "specs" / "vendor" / "sts-2015-04-01.json"
    entry = ImportEntry(api_docs, {"out": specs / "sts", "overlay": overlay})
    written_by_import = sorted(p for p in (specs / "sts").rglob("*") if p.is_file())

    def scripted(*roots: Path, **options: object) -> Iterator[set[tuple[int, str]]]:
        modified = watchfiles.Change.modified
        yield set()  # the initial run
        overlay.write_text("operations:\n  GetCallerIdentity:\n    summary: Me.\n")
        yield {(modified, str(overlay))}
        yield {(modified, str(path)) for path in written_by_import}

    monkeypatch.setattr(watchfiles, "watch", scripted)
    runs: list[bool] = []
    stdout = io.StringIO()
    code = watch(
        specs,
        tmp_path / "out",
        stdout=stdout,
        stderr=io.StringIO(),
        imports=[entry],
        on_run=runs.append,
    )
    assert code == 0
    assert runs == [True, True], stdout.getvalue()
    assert stdout.getvalue().count("sts 2015-04-01: 4 operation(s) imported") == 1


def test_the_watch_shares_the_command_lines_exit_codes_and_progress_clearing() -> None:
    from generator.cli import invocation as cli
    from generator.cli.commands import watch as watch_module

    assert watch_module.clear_progress is cli.clear_progress
    assert (
        watch_module.EXIT_OK,
        watch_module.EXIT_FAILED,
        watch_module.EXIT_USAGE,
    ) == (
        cli.EXIT_OK,
        cli.EXIT_FAILED,
        cli.EXIT_USAGE,
    )
    assert not hasattr(watch_module, "_clear")


def _watch_in_a_process(
    specs: Path, out: Path, *, sigint_ignored: bool = False
) -> subprocess.Popen[str]:
    """`python -m generator watch` in a child process, once its first run has finished; with
    `sigint_ignored`, started with SIGINT ignored, as a background job of a non-interactive
    shell (a CI runner's) starts it."""

    def ignore_sigint() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "watch", str(specs), "-o", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ignore_sigint if sigint_ignored else None,
    )
    assert process.stdout is not None
    for line in process.stdout:  # the first run has finished
        if " written, " in line:
            break
    return process


def _stop(process: subprocess.Popen[str], number: int) -> tuple[str, str]:
    """Send `number`; the rest of stdout and stderr once the process has ended."""
    try:
        process.send_signal(number)
        return process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()


@pytest.mark.parametrize(
    ("number", "sigint_ignored"),
    [(signal.SIGINT, False), (signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c", "ctrl-c-started-with-sigint-ignored", "sigterm"],
)
def test_ctrl_c_ends_the_watch_with_status_0(
    spec_copy: Path, tmp_path: Path, number: int, sigint_ignored: bool
) -> None:
    process = _watch_in_a_process(
        spec_copy, tmp_path / "out", sigint_ignored=sigint_ignored
    )
    stdout, stderr = _stop(process, number)
    assert process.returncode == 0, stderr
    assert "stopped watching." in stdout
    assert "Traceback" not in stderr


def test_the_watch_puts_the_signal_handlers_back_when_it_ends(
    spec_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run in the main thread (as the CLI runs it): SIGINT raises KeyboardInterrupt and SIGTERM
    stops the watch while it runs, whatever the process inherited; then both are as before.
    """
    import watchfiles

    seen: list[object] = []

    def scripted(*roots: Path, **options: object) -> Iterator[set[tuple[int, str]]]:
        seen.extend(signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM))
        yield set()  # the initial run

    monkeypatch.setattr(watchfiles, "watch", scripted)
    before = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a CI runner's background job
        code = watch(
            spec_copy, tmp_path / "out", stdout=io.StringIO(), stderr=io.StringIO()
        )
        assert code == 0
        assert seen[0] is signal.default_int_handler
        assert seen[1] not in (signal.SIG_DFL, signal.SIG_IGN, before[signal.SIGTERM])
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is before[signal.SIGTERM]
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def test_without_the_extra_watch_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, spec_copy: Path
) -> None:
    monkeypatch.setitem(sys.modules, "watchfiles", None)  # `import watchfiles` fails
    err = io.StringIO()
    code = main(["watch", str(spec_copy)], stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert "pip install 'acs-specgen[watch]'" in err.getvalue()


def test_watching_a_missing_spec_folder_fails(tmp_path: Path) -> None:
    err = io.StringIO()
    code = main(["watch", str(tmp_path / "nope")], stdout=io.StringIO(), stderr=err)
    assert code == 1 and "no such spec folder" in err.getvalue()
