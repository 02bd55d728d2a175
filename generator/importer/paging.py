"""How an imported operation pages, inferred from its parameters and its response schema.

The vendor's metadata says nothing about paging; its names do. An operation pages by number
when it takes a page number (PageNumber, PageNo, page, ...) and a page size or answers a total,
and by token when it takes a NextToken and answers one. Its items are the one list in its
response. Anything less clear-cut (both styles at once, no list or several, types that do not
fit) is reported as ambiguous and left without an iterator: an overlay's `pagination` decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

PAGE_NAMES = ("pagenumber", "pageno", "pageindex", "currentpage", "page")
SIZE_NAMES = ("pagesize", "maxresults", "size", "limit")
TOKEN_NAMES = ("nexttoken", "scrolltoken")
TOTAL_NAMES = ("totalcount", "total", "totalnum", "totalrecordcount")
_PLAIN = ("string", "integer", "number", "boolean")
_PATH_STEP = re.compile(
    r"[A-Za-z_][A-Za-z0-9_\-]*"
)  # what a spec's response path may name


@dataclass(frozen=True)
class Inference:
    pagination: dict[str, Any] | None  # the spec's `pagination`, or None
    ambiguity: str | None = (
        None  # why none was inferred although the names hint at paging
    )


def _normal(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def _fields(
    schema: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every field reachable through objects (not through lists), with its path."""
    if not isinstance(schema, dict):
        return
    for name, field in (schema.get("properties") or {}).items():
        if not isinstance(field, dict):
            continue
        yield (*path, name), field
        if field.get("type", "object") == "object" and "properties" in field:
            yield from _fields(field, (*path, name))


def _parameter(
    parameters: list[dict[str, Any]], wanted: tuple[str, ...]
) -> dict[str, Any] | None:
    """The first top-level parameter (not the body) whose name is one of `wanted`."""
    by_name = {_normal(p["name"]): p for p in parameters if p.get("in") != "body"}
    return next((by_name[name] for name in wanted if name in by_name), None)


def infer(document: dict[str, Any]) -> Inference:
    parameters: list[dict[str, Any]] = document.get("parameters", [])
    response = document.get("response", {})
    if document.get("response_media") == "none" or response.get("type") == "array":
        return Inference(None)
    page = _parameter(parameters, PAGE_NAMES)
    token = _parameter(parameters, TOKEN_NAMES)
    fields = list(_fields(response))
    answered = None
    if token is not None:
        answered = next(
            (
                path
                for path, field in fields
                if _normal(path[-1]) == _normal(token["name"])
                and field.get("type") == "string"
            ),
            None,
        )
        if answered is None:
            token = None  # a token in, none out: a cursor this style cannot follow
    if page is None and token is None:
        return Inference(None)
    if page is not None and token is not None:
        return Inference(
            None, f"both a page number ({page['name']}) and a token ({token['name']})"
        )
    lists = [".".join(path) for path, field in fields if field.get("type") == "array"]
    if len(lists) != 1:
        found = f"{len(lists)} lists ({', '.join(lists)})" if lists else "no list"
        return Inference(None, f"{found} in the response")
    if not all(_PATH_STEP.fullmatch(step) for step in lists[0].split(".")):
        return Inference(None, f"the list {lists[0]!r} has a name a path cannot spell")
    size = _parameter(parameters, SIZE_NAMES)
    if size is not None and size["schema"].get("type") not in ("integer", "string"):
        size = None
    pagination: dict[str, Any] = {"style": "", "items": lists[0]}
    if token is not None:
        assert answered is not None
        if token["schema"].get("type") != "string":
            return Inference(None, f"the token {token['name']} is not a string")
        pagination.update(style="next_token", token=token["name"])
        pagination["next_token"] = ".".join(answered)
    else:
        assert page is not None
        if page["schema"].get("type") not in ("integer", "string"):
            return Inference(None, f"the page number {page['name']} is not a number")
        pagination.update(style="page_number", page=page["name"])
        total = _total(fields)
        if size is None and total is None:
            return Inference(
                None, f"a page number ({page['name']}) but no page size and no total"
            )
        if total is not None:
            pagination["total"] = total
    if size is not None:
        pagination["page_size"] = size["name"]
    return Inference(_ordered(pagination))


def _total(fields: list[tuple[tuple[str, ...], Any]]) -> str | None:
    """The shallowest field named like a total count that holds a number."""
    counts = [
        (len(path), TOTAL_NAMES.index(_normal(path[-1])), ".".join(path))
        for path, field in fields
        if _normal(path[-1]) in TOTAL_NAMES and field.get("type") in _PLAIN[:3]
    ]
    return min(counts)[2] if counts else None


def _ordered(pagination: dict[str, Any]) -> dict[str, Any]:
    """The keys in the order the format documents them, so that emitted specs read alike."""
    order = ("style", "items", "page", "page_size", "total", "token", "next_token")
    return {key: pagination[key] for key in order if key in pagination}
