"""Every golden response satisfies its operation's schema, parses and round-trips losslessly.

The goldens are data: `golden/index.json` lists each operation's models module and the status of
each of its golden responses (`golden/<Operation>/<name>.json`).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

PACKAGE = "acs_vod"
INDEX: dict[str, Any] = json.loads(
    (Path(__file__).parent / "golden" / "index.json").read_text(encoding="utf-8")
)
SUCCESSES = [
    (operation, name)
    for operation, entry in INDEX.items()
    for name, status in entry["goldens"].items()
    if status < 300
]
ERRORS = [
    (operation, name)
    for operation, entry in INDEX.items()
    for name, status in entry["goldens"].items()
    if status >= 300
]


def response_class(operation: str) -> Any:
    module = importlib.import_module(f"{PACKAGE}.models.{INDEX[operation]['module']}")
    return module.OPERATION.response


@pytest.mark.parametrize(("operation", "name"), SUCCESSES)
def test_golden_response_satisfies_the_response_schema(
    operation: str,
    name: str,
    golden: Callable[[str, str], Any],
    schema_errors: Callable[[str, str, Any], list[str]],
) -> None:
    assert schema_errors(operation, "response", golden(operation, name)) == []


@pytest.mark.parametrize(("operation", "name"), SUCCESSES)
def test_golden_response_round_trips_losslessly(
    operation: str, name: str, golden: Callable[[str, str], Any]
) -> None:
    data = golden(operation, name)
    again = response_class(operation).from_dict(data).to_dict()
    assert json.dumps(again) == json.dumps(data)


@pytest.mark.parametrize(("operation", "name"), ERRORS)
def test_golden_error_satisfies_the_error_schema(
    operation: str,
    name: str,
    golden: Callable[[str, str], Any],
    schema_errors: Callable[[str, str, Any], list[str]],
) -> None:
    assert schema_errors(operation, "error", golden(operation, name)) == []
