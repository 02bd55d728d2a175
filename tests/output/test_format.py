"""Format: black in-process, block by block, cached by content."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import GenerationError
from generator.format.formatter import Formatter

ROOT = Path(__file__).resolve().parents[2]


def test_format_refuses_code_that_does_not_parse(tmp_path: Path) -> None:
    with pytest.raises(
        GenerationError, match=r"pkg/x.py:2: generated code does not parse"
    ):
        Formatter(tmp_path).format("x = 1\ndef (:\n", "pkg/x.py")


def test_format_reuses_cached_output_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatter = Formatter(tmp_path)
    assert formatter.format("x  =  1\n", "x.py") == "x = 1\n"
    import black

    def exploding(*args: object, **kwargs: object) -> str:
        raise AssertionError("black must not run for cached content")

    monkeypatch.setattr(black, "format_str", exploding)
    assert Formatter(tmp_path).format("x  =  1\n", "x.py") == "x = 1\n"


def test_a_corrupt_cache_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    formatter = Formatter(tmp_path)
    formatter.format("y  =  2\n", "y.py")
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    entry.write_text("def broken(:\n")
    assert Formatter(tmp_path).format("y  =  2\n", "y.py") == "y = 2\n"


def test_a_module_formatted_block_by_block_equals_black_on_the_whole(
    tmp_path: Path,
) -> None:
    import black

    from generator.base.marks import MEMBER_MARK, TOP_LEVEL_MARK
    from generator.format.workers import _mode

    block, member = TOP_LEVEL_MARK + "\n", MEMBER_MARK + "\n"
    parts = [
        f'import os\n{block}class A:\n    """Doc."""\n\n    x  =  1\n',
        f"{member}    def f(self, a:int,b:str=   'x')->int:\n        return a\n",
        f"{member}    async def g(self):\n        yield 1\n\n    def h(self): pass\n",
        f"{block}class B(A):\n    pass\n",
    ]
    source = "".join(parts)
    whole = black.format_str(
        source.replace(block, "").replace(member, ""), mode=_mode()
    )
    assert Formatter(tmp_path).format(source, "m.py") == whole


def test_a_run_with_every_file_cached_does_not_import_black(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "ACS_SPECGEN_CACHE": str(tmp_path / "cache")}
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "generator",
        "generate",
        str(ROOT / "specs"),
        "-o",
        str(tmp_path / "out"),
    ]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    warm = subprocess.run(
        command, env=env, check=True, capture_output=True, text=True, timeout=300
    )
    assert "| black" not in warm.stderr
