"""Every golden response satisfies its operation's schema, parses and round-trips losslessly.

The goldens are data: `golden/index.json` lists each operation's models module and, for each of
its golden responses (`golden/<Operation>/<name>.json`), its status and whether it conforms to the
schema: a recording that does not (a vendor demo that breaks its own schema) is only read and
written back, which must still be lossless.
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
    for name, golden in entry["goldens"].items()
    if golden["status"] < 300 and entry["parsed"]
]
CONFORMING = [
    (operation, name)
    for operation, name in SUCCESSES
    if INDEX[operation]["goldens"][name]["conforms"]
]
ERRORS = [
    (operation, name)
    for operation, entry in INDEX.items()
    for name, golden in entry["goldens"].items()
    if golden["status"] >= 300 and golden["conforms"]
]


def round_trip(operation: str, data: Any) -> Any:
    """The golden read into the operation's response model and written back."""
    module = importlib.import_module(f"{PACKAGE}.models.{INDEX[operation]['module']}")
    parsed = module.OPERATION.response.from_dict(data)
    if isinstance(parsed, list):  # an operation that answers a JSON array
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize(("operation", "name"), CONFORMING)
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
    again = round_trip(operation, data)
    assert json.dumps(again) == json.dumps(data)


@pytest.mark.parametrize(("operation", "name"), ERRORS)
def test_golden_error_satisfies_the_error_schema(
    operation: str,
    name: str,
    golden: Callable[[str, str], Any],
    schema_errors: Callable[[str, str, Any], list[str]],
) -> None:
    assert schema_errors(operation, "error", golden(operation, name)) == []
