"""Progress: one self-erasing line on a terminal's stderr; nothing in CI, under -q, or in a pipe."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.base.progress import counting
from generator.cli import main
from generator.cli.progress import TerminalProgress, for_stream
from generator.format.formatter import Formatter
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.calls.append((stage, done, total))


def on_screen(text: str) -> str:
    """What a terminal shows on the last line: each `\\r` starts over at the left margin."""
    screen = ""
    for part in text.split("\n")[-1].split("\r"):
        screen = part + screen[len(part) :]
    return screen.rstrip()


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_shows_the_stage_and_the_count() -> None:
    stream = FakeTerminal()
    line = TerminalProgress(stream)
    line("formatting", 3, 40)
    assert on_screen(stream.getvalue()) == "formatting 3/40"


def test_updates_are_drawn_at_most_ten_times_a_second_but_the_last_always() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    line = TerminalProgress(stream, clock=clock)
    for done in range(1, 50):  # 49 updates 0.03 s apart: drawn every 4th, 0.12 s apart
        line("formatting", done, 50)
        clock.now += 0.03
    assert stream.getvalue().count("\r") == 13
    line("formatting", 50, 50)
    assert on_screen(stream.getvalue()) == "formatting 50/50"


def test_a_new_stage_is_drawn_at_once_over_the_old_one() -> None:
    stream = FakeTerminal()
    line = TerminalProgress(stream, clock=FakeClock())
    line("rendering files", 1, 9)
    line("formatting", 1, 2)
    assert on_screen(stream.getvalue()) == "formatting 1/2"


def test_clear_leaves_an_empty_line() -> None:
    stream = FakeTerminal()
    line = TerminalProgress(stream)
    line("importing", 1, 170)
    line.clear()
    assert on_screen(stream.getvalue()) == ""
    assert stream.getvalue().endswith("\r")


def test_progress_is_drawn_only_on_a_terminal() -> None:
    assert for_stream(FakeTerminal(), quiet=False, environ={}) is not None
    assert for_stream(io.StringIO(), quiet=False, environ={}) is None


def test_progress_is_off_under_quiet() -> None:
    assert for_stream(FakeTerminal(), quiet=True, environ={}) is None


@pytest.mark.parametrize(
    ("value", "in_ci"),
    [("true", True), ("1", True), ("woodpecker", True), ("false", False), ("", False)],
)
def test_progress_is_off_when_ci_is_set(value: str, in_ci: bool) -> None:
    found = for_stream(FakeTerminal(), quiet=False, environ={"CI": value})
    assert (found is None) is in_ci


def test_counting_reports_zero_then_each_step() -> None:
    recorder = Recorder()
    step = counting(recorder, "importing", 2)
    step()
    step()
    assert recorder.calls == [
        ("importing", 0, 2),
        ("importing", 1, 2),
        ("importing", 2, 2),
    ]


def test_the_formatter_reports_each_block_it_formats(tmp_path: Path) -> None:
    recorder = Recorder()
    Formatter(use_cache=False).format_many(
        [("x = 1\n", "a.py"), ("y = [1,\n 2]\n", "b.py")], recorder
    )
    assert recorder.calls == [
        ("formatting", 0, 2),
        ("formatting", 1, 2),
        ("formatting", 2, 2),
    ]


def test_the_formatter_reports_nothing_when_everything_is_cached(
    tmp_path: Path,
) -> None:
    formatter = Formatter(tmp_path / "cache")
    # Black's work is cached (text the proof confirms costs no black and is not cached).
    formatter.format_many([("x  =  1\n", "a.py")])
    recorder = Recorder()
    formatter.format_many([("x  =  1\n", "a.py")], recorder)
    assert recorder.calls == []


def test_the_importer_reports_each_operation(tmp_path: Path) -> None:
    recorder = Recorder()
    import_product(
        ROOT / "specs" / "vendor" / "sts-2015-04-01.json", tmp_path, progress=recorder
    )
    stages = {stage for stage, _, _ in recorder.calls}
    assert stages == {"reading", "importing"}
    assert ("importing", 4, 4) in recorder.calls


def _generate(specs: Path, tmp_path: Path, *options: str) -> str:
    err = FakeTerminal()
    argv = ["generate", str(specs), "-o", str(tmp_path / "out"), "--verify"]
    code = main([*argv, *options], stdout=io.StringIO(), stderr=err)
    assert code == 0, err.getvalue()
    return err.getvalue()


def test_a_cold_generate_on_a_terminal_shows_rendering_and_formatting_then_clears(
    hand_written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    drawn = _generate(hand_written, tmp_path)
    assert "\rrendering 0/" in drawn and "\rformatting 0/" in drawn
    assert on_screen(drawn) == ""


def test_generate_in_ci_draws_nothing(
    hand_written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    assert _generate(hand_written, tmp_path) == ""


def test_generate_quiet_draws_nothing(
    hand_written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert _generate(hand_written, tmp_path, "-q") == ""
