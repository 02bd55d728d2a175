"""Marker pages (OSS's listings): each page answers the markers the next starts after, while it
says it is truncated; a service that repeats its markers, or truncates without any, raises.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from acs_core.errors import PaginationError
from acs_core.info import OperationInfo, Pager
from acs_core.pages import iterate

PAGER = Pager(
    "marker",
    ("result", "items"),
    markers=(
        ("key_marker", ("result", "next_key")),
        ("id_marker", ("result", "next_id")),
    ),
    truncated=("result", "truncated"),
)
INFO = OperationInfo("ListThings", None, None, pager=PAGER)


def page(items: list[str], truncated: Any, key: str | None, id_: str | None) -> Any:
    result = SimpleNamespace(
        items=items, truncated=truncated, next_key=key, next_id=id_
    )
    return SimpleNamespace(result=result)


def test_pages_follow_the_markers_while_truncated() -> None:
    pages = [
        page(["a"], True, "a", "1"),
        page(["b"], "true", "b", None),  # XML text counts too; a marker may be absent
        page(["c"], False, "c", "3"),
    ]
    calls: list[dict[str, Any]] = []

    def call(arguments: Any) -> Any:
        calls.append(dict(arguments))
        return pages[len(calls) - 1]

    assert list(iterate(INFO, {"prefix": "p", "key_marker": "start"}, call)) == [
        "a",
        "b",
        "c",
    ]
    assert calls == [
        {"prefix": "p", "key_marker": "start"},
        {"prefix": "p", "key_marker": "a", "id_marker": "1"},
        {"prefix": "p", "key_marker": "b"},
    ]


def test_a_page_without_the_truncated_flag_is_the_last() -> None:
    assert list(iterate(INFO, {}, lambda _: page(["x"], None, "x", "1"))) == ["x"]


def test_repeated_markers_raise() -> None:
    with pytest.raises(PaginationError, match="a second time"):
        list(iterate(INFO, {}, lambda _: page(["x"], True, "x", "1")))


def test_a_truncated_page_without_markers_raises() -> None:
    with pytest.raises(PaginationError, match="no marker"):
        list(iterate(INFO, {}, lambda _: page(["x"], True, None, "")))
