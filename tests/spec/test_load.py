"""Load: YAML into a positions-aware tree, every pointer mapped to its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import SpecError
from generator.spec.load import load_yaml


def test_load_maps_every_pointer_to_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  b:\n    - 1\n    - {c: 2}\n")
    source = load_yaml(path)
    assert source.data == {"a": {"b": [1, {"c": 2}]}}
    assert source.locate("/a/b/1/c") == (4, 11)
    assert source.locate("/a/b/7") == (3, 5)  # nearest ancestor: the list


def test_load_keeps_dates_as_text(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("updated: 2024-12-19\n")
    assert load_yaml(path).data == {"updated": "2024-12-19"}


def test_load_reports_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("")
    with pytest.raises(SpecError, match="the file is empty"):
        load_yaml(path)


def test_load_reports_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a: \xff\n")
    with pytest.raises(SpecError, match="not UTF-8 text"):
        load_yaml(path)


def test_deeply_nested_yaml_is_reported_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(
        SpecError, match="nest"
    ):  # libyaml caps depth; pure PyYAML recurses
        load_yaml(path)
