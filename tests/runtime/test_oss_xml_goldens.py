"""Every XML golden of the generated OSS product, written as OSS's XML and read back the way
the client reads an answer (lists from the model's declarations, empty elements as the objects
the model expects), gives the same typed model as the golden itself: nothing the JSON rendering
shows is lost in the XML. An empty list has no XML form (no element at all), so a golden that
holds one reads it as absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from acs_core.client.call import operation
from acs_core.oss import xml
from acs_core.oss.client.prepare import arrays_of, parse

TESTS = Path(__file__).resolve().parents[2] / "generated" / "acs-oss" / "tests"
INDEX = json.loads((TESTS / "golden" / "index.json").read_text(encoding="utf-8"))


def _has_empty_list(value: Any) -> bool:
    if isinstance(value, list):
        return not value or any(_has_empty_list(item) for item in value)
    if isinstance(value, dict):
        return any(_has_empty_list(item) for item in value.values())
    return False


def _load(name: str, golden: str) -> Any:
    return json.loads((TESTS / "golden" / name / f"{golden}.json").read_text("utf-8"))


def _without_empty_lists(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_empty_lists(item) for item in value]
    if isinstance(value, dict):
        return {
            key: _without_empty_lists(item) for key, item in value.items() if item != []
        }
    return value


XML_GOLDENS = [
    (name, golden)
    for name, entry in INDEX.items()
    if operation("acs_oss", entry["module"]).media == "xml"
    for golden, facts in entry["goldens"].items()
    if facts["status"] == 200
]
CASES = [case for case in XML_GOLDENS if not _has_empty_list(_load(*case))]
WITH_EMPTY_LISTS = [case for case in XML_GOLDENS if _has_empty_list(_load(*case))]


def test_there_are_xml_goldens() -> None:
    assert len(CASES) > 60


@pytest.mark.parametrize(("name", "golden"), CASES)
def test_a_golden_read_back_from_its_xml_is_the_same_model(
    name: str, golden: str
) -> None:
    info = operation("acs_oss", INDEX[name]["module"])
    data = _load(name, golden)
    body = xml.encode(data)
    assert xml.decode(body, arrays_of(info.response)) is not None
    parsed = parse(info, httpx.Headers(), body)
    assert parsed == info.response.from_dict(data)


@pytest.mark.parametrize(("name", "golden"), WITH_EMPTY_LISTS)
def test_an_empty_list_of_a_golden_reads_back_from_its_xml_as_absent(
    name: str, golden: str
) -> None:
    info = operation("acs_oss", INDEX[name]["module"])
    data = _load(name, golden)
    parsed = parse(info, httpx.Headers(), xml.encode(data))
    assert parsed == info.response.from_dict(_without_empty_lists(data))
