"""The format record: a fresh clone regenerates and checks without formatting, and is not fooled."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import check, generate
from generator.format.formatter import Formatter
from generator.write import MANIFEST

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "acs-core"


class CountingFormatter(Formatter):
    """The real formatter, without a cache, counting the files it is asked to format."""

    def __init__(self) -> None:
        super().__init__(use_cache=False)
        self.asked: list[str] = []

    def format_many(self, sources: list[tuple[str, str]]) -> list[str]:
        self.asked += [label for _, label in sources]
        return super().format_many(sources)


@pytest.fixture
def out(spec_copy: Path, tmp_path: Path) -> Path:
    target = tmp_path / "out"
    generate(spec_copy, target, Formatter(use_cache=False))
    return target


def test_the_manifest_records_every_formatted_file(out: Path) -> None:
    manifest = json.loads((out / str(MANIFEST)).read_text())
    python = sorted(p for p in manifest["files"] if p.endswith(".py"))
    runtime = [p for p in python if p.startswith("acs-core/")]
    assert runtime, "the runtime is generated beside the product"
    assert sorted(manifest["formatted"]) == [p for p in python if p not in runtime]
    for record in manifest["formatted"].values():
        assert set(record) == {"rendered", "written"}


def test_a_run_the_record_vouches_for_formats_nothing(
    spec_copy: Path, out: Path
) -> None:
    formatter = CountingFormatter()
    assert check(spec_copy, out, formatter).clean
    generate(spec_copy, out, formatter)
    assert formatter.asked == []


def test_a_fresh_clone_checks_clean_without_importing_black(
    spec_copy: Path, out: Path, tmp_path: Path
) -> None:
    clone = tmp_path / "clone"
    shutil.copytree(out, clone)
    env = {**os.environ, "ACS_SPECGEN_CACHE": str(tmp_path / "empty-cache")}
    command = [sys.executable, "-X", "importtime", "-m", "generator", "check"]
    done = subprocess.run(
        [*command, str(spec_copy), "-o", str(clone)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| black" not in done.stderr


def test_a_changed_spec_formats_only_the_files_it_changes(
    spec_copy: Path, out: Path
) -> None:
    path = spec_copy / "vod" / "ListAIImageInfo.yaml"
    path.write_text(path.read_text().replace("summary: ", "summary: Newly ", 1))
    formatter = CountingFormatter()
    generate(spec_copy, out, formatter)
    assert "acs-vod/acs_vod/models/list_ai_image_info.py" not in formatter.asked
    assert set(formatter.asked) == {
        "acs-vod/acs_vod/_client.py",
        "acs-vod/acs_vod/_async_client.py",
    }
    # The manifest was rewritten with the new record, although it lists the same files.
    assert check(spec_copy, out, CountingFormatter()).clean


def test_a_file_edited_by_hand_is_drift_and_is_formatted_again(
    spec_copy: Path, out: Path
) -> None:
    target = out / "acs-vod" / "acs_vod" / "models" / "get_ai_image_jobs.py"
    target.write_text(target.read_text() + "# edited\n")
    formatter = CountingFormatter()
    drift = check(spec_copy, out, formatter)
    assert list(drift.changed) == [target.relative_to(out)]
    assert formatter.asked == ["acs-vod/acs_vod/models/get_ai_image_jobs.py"]


def test_a_record_that_lies_is_drift_under_verify(spec_copy: Path, out: Path) -> None:
    # Edit a file and its record together, so that the record vouches for the edit.
    import hashlib

    relative = "acs-vod/acs_vod/models/get_ai_image_jobs.py"
    target = out / relative
    target.write_text(target.read_text() + "# edited\n")
    manifest_path = out / str(MANIFEST)
    manifest = json.loads(manifest_path.read_text())
    manifest["formatted"][relative]["written"] = hashlib.sha256(
        target.read_bytes()
    ).hexdigest()
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    assert check(
        spec_copy, out, Formatter(use_cache=False)
    ).clean  # trusted, as designed
    drift = check(spec_copy, out, verify=True)
    assert target.relative_to(out) in drift.changed
    assert MANIFEST in drift.changed


def test_verify_on_the_cli_reports_the_lie_and_generate_verify_repairs_it(
    spec_copy: Path, out: Path
) -> None:
    from generator.cli import main

    relative = "acs-vod/acs_vod/_service.py"
    manifest_path = out / str(MANIFEST)
    manifest = json.loads(manifest_path.read_text())
    manifest["formatted"][relative]["rendered"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    args = [str(spec_copy), "-o", str(out), "--verify"]
    assert main(["check", *args]) == 1
    assert main(["generate", *args]) == 0
    assert main(["check", *args]) == 0


def test_the_runtime_is_black_clean_so_it_is_copied_unformatted() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--target-version", "py310", "."],
        cwd=RUNTIME,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
