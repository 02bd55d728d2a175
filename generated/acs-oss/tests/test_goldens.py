"""Every golden response satisfies its operation's schema (its JSON-text fields decode to their
typed values), parses and round-trips losslessly.

The goldens are data (`golden/index.json`, `golden/<Operation>/<name>.json`, `schemas/`); the
checks are `acs_core.testing.Goldens`'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from acs_core.testing.goldens import Goldens

GOLDENS = Goldens("acs_oss", Path(__file__).parent)


@pytest.mark.parametrize(("operation", "name"), GOLDENS.conforming)
def test_golden_response_satisfies_the_response_schema(
    operation: str, name: str
) -> None:
    data = GOLDENS.load(operation, name)
    assert GOLDENS.schema_errors(operation, "response", data) == []
    assert GOLDENS.json_text_errors(operation, data) == []


@pytest.mark.parametrize(("operation", "name"), GOLDENS.successes)
def test_golden_response_round_trips_losslessly(operation: str, name: str) -> None:
    data = GOLDENS.load(operation, name)
    again = GOLDENS.round_trip(operation, data)
    assert json.dumps(again) == json.dumps(data)
