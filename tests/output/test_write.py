"""Writing: atomic, manifest-driven, never outside OUT, never over a hand-written file."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from generator import GenerationError, SpecError, WriteError, generate
from generator.write import MANIFEST, compare_tree, write_tree


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_generate_writes_a_manifest_of_every_file(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    listed = json.loads((out / str(MANIFEST)).read_text())["files"]
    assert sorted(listed) == sorted(p for p in snapshot(out) if p != str(MANIFEST))


def test_regenerating_unchanged_specs_writes_nothing(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    report = generate(spec_copy, out)
    assert report.written == [] and report.removed == []


def test_a_bad_spec_leaves_out_exactly_as_it_was(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    before = snapshot(out)
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    path.write_text(path.read_text().replace("access: read", "access: maybe"))
    with pytest.raises(SpecError):
        generate(spec_copy, out)
    assert snapshot(out) == before


def test_a_template_failure_leaves_out_exactly_as_it_was(
    spec_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    before = snapshot(out)
    (spec_copy / "vod" / "GetAIImageJobs.yaml").write_text(
        (spec_copy / "vod" / "GetAIImageJobs.yaml")
        .read_text()
        .replace("Queries jobs", "Lists jobs")
    )
    from generator import pipeline

    def broken_format(self: object, sources: list[tuple[str, str]]) -> list[str]:
        raise GenerationError(f"{sources[0][1]}: formatter exploded")

    monkeypatch.setattr(pipeline.Formatter, "format_many", broken_format)
    with pytest.raises(GenerationError):
        generate(spec_copy, out)
    assert snapshot(out) == before


def test_files_no_longer_produced_are_removed(spec_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    golden_entry = "  - name: empty_list\n    status: 200\n    file: golden/GetAIImageJobs/empty_list.json\n    summary: No job matched the IDs.\n"
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    path.write_text(path.read_text().replace(golden_entry, ""))
    report = generate(spec_copy, out)
    assert (
        PurePosixPath("acs-vod/tests/golden/GetAIImageJobs/empty_list.json")
        in report.removed
    )
    assert not (out / "acs-vod/tests/golden/GetAIImageJobs/empty_list.json").exists()


def test_files_the_generator_did_not_write_are_never_removed(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    mine = out / "acs-vod" / "NOTES.md"
    mine.write_text("hand-written")
    generate(spec_copy, out)
    assert mine.read_text() == "hand-written"


def test_a_hand_written_file_in_the_way_is_not_overwritten(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "acs-vod").mkdir(parents=True)
    (out / "acs-vod" / "README.md").write_text("mine")
    with pytest.raises(WriteError, match=r"did not write: acs-vod/README\.md"):
        generate(spec_copy, out)
    assert (out / "acs-vod" / "README.md").read_text() == "mine"


def test_paths_outside_out_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="outside"):
        write_tree(tmp_path / "out", {PurePosixPath("../escape.py"): b""})
    assert not (tmp_path / "escape.py").exists()


def test_writing_through_a_symlink_out_of_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(WriteError, match="outside"):
        write_tree(out, {PurePosixPath("link/file.py"): b"x"})
    assert not (tmp_path / "elsewhere" / "file.py").exists()


def test_compare_reports_changed_missing_and_extra_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(
        out, {PurePosixPath("a.py"): b"a = 1\n", PurePosixPath("b.py"): b"b = 1\n"}
    )
    (out / "c.py").write_text("c = 1\n")
    drift = compare_tree(
        out, {PurePosixPath("a.py"): b"a = 2\n", PurePosixPath("d.py"): b""}
    )
    assert [p for p in drift.changed if p != MANIFEST] == [PurePosixPath("a.py")]
    assert "-a = 1\n+a = 2\n" in drift.changed[PurePosixPath("a.py")]
    assert drift.missing == [PurePosixPath("d.py")]
    assert drift.extra == [PurePosixPath("b.py"), PurePosixPath("c.py")]


def test_output_is_byte_identical_across_runs(spec_copy: Path, tmp_path: Path) -> None:
    generate(spec_copy, tmp_path / "one")
    generate(spec_copy, tmp_path / "two")
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_removing_stale_files_keeps_folders_holding_anything_else(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_tree(out, {PurePosixPath("pkg/old.py"): b"", PurePosixPath("keep.py"): b""})
    (out / "pkg" / ".venv" / "lib").mkdir(parents=True)
    (out / "pkg" / ".venv" / "lib" / "precious.txt").write_text("mine")
    (out / "pkg" / "__pycache__").mkdir()
    write_tree(out, {PurePosixPath("keep.py"): b""})
    assert (out / "pkg" / ".venv" / "lib" / "precious.txt").read_text() == "mine"
    assert not (out / "pkg" / "old.py").exists()


def test_an_emptied_folder_is_removed_with_its_pycache(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {PurePosixPath("pkg/old.py"): b"", PurePosixPath("keep.py"): b""})
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "old.cpython-311.pyc").write_bytes(b"")
    write_tree(out, {PurePosixPath("keep.py"): b""})
    assert not (out / "pkg").exists()


def test_a_folder_where_a_file_belongs_is_reported_not_a_traceback(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    (out / "a.py").mkdir(parents=True)
    with pytest.raises(WriteError, match=r"a\.py is in the way"):
        write_tree(out, {PurePosixPath("a.py"): b"x = 1\n"})


def test_output_is_byte_identical_across_processes_and_hash_seeds(
    spec_copy: Path, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    for seed in ("1", "2"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(spec_copy),
                "-o",
                str(tmp_path / seed),
            ],
            env={**os.environ, "PYTHONHASHSEED": seed, "ACS_SPECGEN_CACHE": ""},
            check=True,
            capture_output=True,
            timeout=300,
        )
    assert snapshot(tmp_path / "1") == snapshot(tmp_path / "2")


def test_an_interrupted_write_still_owns_every_file_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    out = tmp_path / "out"
    write_tree(out, {PurePosixPath("a.py"): b"a"})
    real_replace = os.replace

    def failing_replace(source: str | Path, target: str | Path) -> None:
        if Path(target).name == MANIFEST.name and ".union." not in Path(source).name:
            raise OSError("disk full")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(WriteError, match="disk full"):
        write_tree(out, {PurePosixPath("a.py"): b"a", PurePosixPath("b.py"): b"b"})
    monkeypatch.setattr(os, "replace", real_replace)
    report = write_tree(out, {PurePosixPath("a.py"): b"a"})
    assert report.removed == [PurePosixPath("b.py")]
    assert not list(out.glob(".*.tmp"))
