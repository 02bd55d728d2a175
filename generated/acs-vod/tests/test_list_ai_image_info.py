"""ListAIImageInfo: every golden response satisfies the spec, parses and round-trips."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from acs_vod.models.list_ai_image_info import ListAIImageInfoResponse

OPERATION = "ListAIImageInfo"
SUCCESS_GOLDENS = [
    "page_sample",
    "several_images",
    "empty_list",
]
ERROR_GOLDENS = [
    "invalid_parameter",
]


@pytest.mark.parametrize("name", SUCCESS_GOLDENS)
def test_golden_response_satisfies_the_response_schema(
    name: str,
    golden: Callable[[str, str], Any],
    schema_errors: Callable[[str, str, Any], list[str]],
) -> None:
    assert schema_errors(OPERATION, "response", golden(OPERATION, name)) == []


@pytest.mark.parametrize("name", SUCCESS_GOLDENS)
def test_golden_response_round_trips_losslessly(
    name: str, golden: Callable[[str, str], Any]
) -> None:
    data = golden(OPERATION, name)
    again = ListAIImageInfoResponse.from_dict(data).to_dict()
    assert json.dumps(again) == json.dumps(data)


@pytest.mark.parametrize("name", ERROR_GOLDENS)
def test_golden_error_satisfies_the_error_schema(
    name: str,
    golden: Callable[[str, str], Any],
    schema_errors: Callable[[str, str, Any], list[str]],
) -> None:
    assert schema_errors(OPERATION, "error", golden(OPERATION, name)) == []
