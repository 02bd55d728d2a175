"""Every golden response satisfies its operation's schema (its JSON-text fields decode to their
typed values), parses and round-trips losslessly.
Every page iterator that the specs' examples can call walks the emulator's pages: the first
success golden, then an empty page (or none, once its total has come), and yields the golden's
items.

The goldens are data (`golden/index.json`, `golden/<Operation>/<name>.json`, `schemas/`); the
checks are `acs_core.testing.Goldens`'.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from acs_core.testing.goldens import Goldens

GOLDENS = Goldens("acs_vod", Path(__file__).parent)


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


@pytest.mark.parametrize(("operation", "name"), GOLDENS.errors)
def test_golden_error_satisfies_the_error_schema(operation: str, name: str) -> None:
    data = GOLDENS.load(operation, name)
    assert GOLDENS.schema_errors(operation, "error", data) == []


@pytest.mark.parametrize(
    ("operation", "iterator"),
    GOLDENS.iterators,
    ids=[operation for operation, _ in GOLDENS.iterators],
)
def test_page_iterator_yields_the_golden_page_then_stops(
    operation: str, iterator: dict[str, Any]
) -> None:
    page = GOLDENS.load(operation, iterator["golden"])
    assert GOLDENS.walk(iterator) == GOLDENS.expected_walk(page, iterator)
