"""Paging inferred on import: what the metadata settles gets an iterator, the rest is reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.importer import import_product
from generator.importer.paging import infer


def document(parameters: list[tuple[str, str]], response: dict[str, Any]) -> Any:
    return {
        "parameters": [
            {"name": name, "in": "query", "schema": {"type": kind}}
            for name, kind in parameters
        ],
        "response": {"type": "object", "properties": response},
    }


ITEMS = {"type": "array", "items": {"type": "object"}}


def test_a_page_number_and_size_with_a_total_page_by_number() -> None:
    found = infer(
        document(
            [("PageNo", "integer"), ("PageSize", "integer")],
            {
                "Total": {"type": "integer"},
                "VideoList": {"type": "object", "properties": {"Video": ITEMS}},
            },
        )
    )
    assert found.pagination == {
        "style": "page_number",
        "items": "VideoList.Video",
        "page": "PageNo",
        "page_size": "PageSize",
        "total": "Total",
    }


def test_a_nested_total_count_is_found_in_snake_case_products() -> None:
    found = infer(
        document(
            [("page_number", "integer"), ("page_size", "integer")],
            {
                "clusters": ITEMS,
                "page_info": {
                    "type": "object",
                    "properties": {"total_count": {"type": "integer"}},
                },
            },
        )
    )
    assert found.pagination is not None
    assert found.pagination["total"] == "page_info.total_count"


def test_a_token_in_and_out_pages_by_token() -> None:
    found = infer(
        document(
            [("NextToken", "string"), ("MaxResults", "integer")],
            {"NextToken": {"type": "string"}, "Projects": ITEMS},
        )
    )
    assert found.pagination == {
        "style": "next_token",
        "items": "Projects",
        "page_size": "MaxResults",
        "token": "NextToken",
        "next_token": "NextToken",
    }


def test_a_token_the_response_does_not_answer_is_no_paging() -> None:
    found = infer(document([("NextToken", "string")], {"Projects": ITEMS}))
    assert (found.pagination, found.ambiguity) == (None, None)


def test_both_styles_at_once_are_ambiguous() -> None:
    found = infer(
        document(
            [("PageNo", "integer"), ("PageSize", "integer"), ("ScrollToken", "string")],
            {"ScrollToken": {"type": "string"}, "MediaList": ITEMS},
        )
    )
    assert found.pagination is None
    assert found.ambiguity == "both a page number (PageNo) and a token (ScrollToken)"


def test_two_lists_in_the_response_are_ambiguous() -> None:
    found = infer(
        document(
            [("NextToken", "string")],
            {"NextToken": {"type": "string"}, "Files": ITEMS, "Aggregations": ITEMS},
        )
    )
    assert found.ambiguity == "2 lists (Files, Aggregations) in the response"


def test_a_page_number_without_a_list_is_ambiguous() -> None:
    found = infer(document([("PageNo", "integer")], {"Data": {"type": "string"}}))
    assert found.ambiguity == "no list in the response"


def test_a_page_number_with_neither_size_nor_total_is_ambiguous() -> None:
    found = infer(document([("PageNo", "integer")], {"Items": ITEMS}))
    assert found.ambiguity == "a page number (PageNo) but no page size and no total"


def test_no_paging_parameters_mean_no_paging_and_no_report() -> None:
    found = infer(document([("VideoId", "string")], {"Items": ITEMS}))
    assert (found.pagination, found.ambiguity) == (None, None)


def test_the_overlay_settles_an_ambiguous_operation(
    tmp_path: Path, helpers: Any
) -> None:
    report = import_product(
        helpers.api_docs("vod-2017-03-21"),
        tmp_path,
        operations=["SearchMedia", "GetVideoList"],
        overlay=helpers.vod_overlay,
    )
    spec = yaml.safe_load((tmp_path / "SearchMedia.yaml").read_text("utf-8"))
    assert spec["pagination"]["style"] == "page_number"
    assert report.paginated == {
        "SearchMedia": "page_number",
        "GetVideoList": "page_number",
    }
    assert report.paging_ambiguous == {}
    assert "page iterators: 2 (2 page_number); 0 ambiguous" in report.summary()
    assert helpers.generator_errors(tmp_path) == []


def test_without_the_overlay_the_ambiguity_is_reported(
    tmp_path: Path, helpers: Any
) -> None:
    report = import_product(
        helpers.api_docs("vod-2017-03-21"), tmp_path, operations=["SearchMedia"]
    )
    spec = yaml.safe_load((tmp_path / "SearchMedia.yaml").read_text("utf-8"))
    assert "pagination" not in spec
    assert report.paging_ambiguous == {
        "SearchMedia": "both a page number (PageNo) and a token (ScrollToken)"
    }
    assert "paging ambiguous: SearchMedia: both a page number" in report.summary()


def test_an_overlay_null_takes_an_inferred_iterator_away(
    tmp_path: Path, helpers: Any
) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("operations:\n  GetVideoList:\n    pagination: null\n")
    report = import_product(
        helpers.api_docs("vod-2017-03-21"),
        tmp_path / "specs",
        operations=["GetVideoList"],
        overlay=overlay,
    )
    spec = yaml.safe_load((tmp_path / "specs" / "GetVideoList.yaml").read_text("utf-8"))
    assert "pagination" not in spec and report.paginated == {}
