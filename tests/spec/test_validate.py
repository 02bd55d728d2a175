"""Validation: every broken spec is reported as file:line:col: /pointer: message, all at once.

The broken specs are data, one folder per case in `cases/` (as black's test cases and
openapi-python-client's end-to-end tests are): `case.yaml` says what the case is `about`, which
`base` tree it breaks (`hand-written`: the hand-written specs of specs/; or a small service of
tests/services: `pagedemo`, `demo`) and its `edits`, applied in order to a copy of that tree:

    - file: vod/GetAIImageJobs.yaml   # relative to the tree
      replace: "access: read"         # its first occurrence, which must be there
      with: "acess: read"
    - file: vod/Other.yaml
      move: vod/GetAIImageJobs.yaml   # or copy: FILE (then any replace applies to the copy)

`expected.txt` holds every diagnostic validation must report, exactly and in order, one per
line, with paths relative to the tree. One test runs every case: `pytest
tests/spec/test_validate.py -k unknown_key` runs one. After a deliberate change of a message
(or of a base tree's lines), `ACS_SPECGEN_UPDATE_CASES=1 pytest tests/spec/test_validate.py`
rewrites each expected.txt that differs, and fails those cases: read the diff, then run again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import SpecError, validate

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"
BASES = ("hand-written", "pagedemo", "demo")
EDIT_KEYS = {"file", "replace", "with", "copy", "move"}


def case_names() -> list[str]:
    return sorted(path.parent.name for path in CASES.glob("*/case.yaml"))


def apply(edits: list[dict[str, str]], specs: Path) -> None:
    """Apply a case's edits, in order, to the spec tree `specs`."""
    for edit in edits:
        assert set(edit) <= EDIT_KEYS and "file" in edit, f"not an edit: {edit}"
        assert ("replace" in edit) == ("with" in edit), f"replace needs with: {edit}"
        target = specs / edit["file"]
        if "copy" in edit:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(specs / edit["copy"], target)
        if "move" in edit:
            (specs / edit["move"]).rename(target)
        if "replace" in edit:
            text = target.read_text(encoding="utf-8")
            assert edit["replace"] in text, f"{edit['replace']!r} not in {edit['file']}"
            target.write_text(
                text.replace(edit["replace"], edit["with"], 1), encoding="utf-8"
            )


@pytest.fixture
def base_tree(
    hand_written: Path, service_specs: Callable[[str, Path], Path], tmp_path: Path
) -> Callable[[str], Path]:
    """A fresh copy of a base tree, to break."""

    def copy(base: str) -> Path:
        assert base in BASES, f"unknown base {base!r}; one of {BASES}"
        specs = tmp_path / "specs"
        if base == "hand-written":
            return Path(shutil.copytree(hand_written, specs))
        return service_specs(base, specs)

    return copy


def test_the_committed_specs_are_valid() -> None:
    services = {service.distribution: service for service in validate(ROOT / "specs")}
    assert sorted(services) == ["acs-oss", "acs-vod"]
    assert "GetAIImageJobs" in {op.name for op in services["acs-vod"].operations}


@pytest.mark.parametrize("base", BASES)
def test_each_base_tree_of_the_cases_is_valid_unbroken(
    base_tree: Callable[[str], Path], base: str
) -> None:
    assert validate(base_tree(base))


def test_every_case_has_its_expected_diagnostics() -> None:
    folders = sorted(path.name for path in CASES.iterdir() if path.is_dir())
    assert folders == case_names()
    assert all((CASES / name / "expected.txt").is_file() for name in folders)


@pytest.mark.parametrize("name", case_names())
def test_a_broken_spec_is_reported_exactly(
    base_tree: Callable[[str], Path], name: str
) -> None:
    folder = CASES / name
    case: dict[str, Any] = yaml.safe_load((folder / "case.yaml").read_text("utf-8"))
    specs = base_tree(case["base"])
    apply(case["edits"], specs)
    with pytest.raises(SpecError) as caught:
        validate(specs)
    found = "".join(
        str(d).replace(f"{specs}/", "") + "\n" for d in caught.value.diagnostics
    )
    expected = folder / "expected.txt"
    if os.environ.get("ACS_SPECGEN_UPDATE_CASES") and (
        not expected.is_file() or expected.read_text("utf-8") != found
    ):
        expected.write_text(found, encoding="utf-8")
        pytest.fail(f"{expected} rewritten: read its diff, then run again")
    assert found == expected.read_text("utf-8"), case["about"]
