"""Page iterators: `Client.iter_<method>(...)` walks an operation's pages and yields their items.

An operation pages in one of three styles (its spec says which, see `info.Pager`):

* page_number: pages 1, 2, 3, ... until a page brings no items, or as many items as the
  response's total count have been yielded;
* next_token: the first page is asked for without a token, each later one with the token the
  page before it answered, until a page answers no token (absent or empty); an empty page that
  names a next one is followed, as a filtered scan may answer one;
* marker (OSS's listings): the first page is asked for with the arguments given, each later one
  with the markers the page before it answered (`NextMarker`, `NextKeyMarker` and
  `NextUploadIdMarker`, ...), while the page says it is truncated (`IsTruncated`).

A service that repeats itself would make iterating endless: a token or markers seen before, or
a page number answered with the very page before it, raises `PaginationError` instead; so does a
truncated page that names no marker to go on from.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

from .errors import PaginationError
from .info import OperationInfo, Pager


def follow(model: Any, path: tuple[str, ...]) -> Any:
    """The value at an attribute path of a parsed model (None where a step is missing)."""
    for step in path:
        if model is None:
            return None
        model = getattr(model, step, None)
    return model


class PageWalk:
    """Which request comes next, decided from the pages seen so far (sync and async alike)."""

    def __init__(self, info: OperationInfo, arguments: Mapping[str, Any]) -> None:
        assert info.pager is not None, f"{info.name} does not page"
        self.operation = info.name
        self.pager: Pager = info.pager
        self.arguments = dict(arguments)
        self.page = 1
        self.yielded = 0
        self.tokens: set[str] = set()
        self.markers: set[tuple[str, ...]] = set()
        self.previous: list[Any] | None = None

    def first(self) -> dict[str, Any]:
        if self.pager.style == "page_number":
            return self._with_page()
        return dict(self.arguments)

    def items(self, response: Any) -> list[Any]:
        """A page's items; a numbered page that repeats the one before raises, before any of
        its items is yielded a second time."""
        items = list(follow(response, self.pager.items) or ())
        if self.pager.style == "page_number" and items and items == self.previous:
            raise PaginationError(
                self.operation,
                f"page {self.page} repeats page {self.page - 1}: "
                "the service seems to ignore the page number",
            )
        self.previous = items
        self.yielded += len(items)
        return items

    def next(self, response: Any, items: list[Any]) -> dict[str, Any] | None:
        """The arguments of the next page's request; None when this page was the last."""
        if self.pager.style == "next_token":
            # An empty page may still name the next (a filtered scan): the token decides.
            return self._after_token(response)
        if self.pager.style == "marker":
            return self._after_markers(response)
        if not items or self._total_reached(response):
            return None
        self.page += 1
        return self._with_page()

    def _with_page(self) -> dict[str, Any]:
        assert self.pager.page is not None
        page: Any = str(self.page) if self.pager.page_as_text else self.page
        return {**self.arguments, self.pager.page: page}

    def _total_reached(self, response: Any) -> bool:
        if self.pager.total is None:
            return False
        total = follow(response, self.pager.total)
        try:
            return total is not None and self.yielded >= int(total)
        except (TypeError, ValueError):  # a total that is no number says nothing
            return False

    def _after_token(self, response: Any) -> dict[str, Any] | None:
        assert self.pager.token is not None and self.pager.next_token is not None
        token = follow(response, self.pager.next_token)
        if token is None or str(token) == "":
            return None
        token = str(token)
        if token in self.tokens:
            raise PaginationError(
                self.operation,
                f"the service answered the page token {token!r} a second time",
            )
        self.tokens.add(token)
        return {**self.arguments, self.pager.token: token}

    def _after_markers(self, response: Any) -> dict[str, Any] | None:
        truncated = self.pager.truncated
        if truncated is not None and not _is_true(follow(response, truncated)):
            return None
        found = {
            argument: value
            for argument, path in self.pager.markers
            if (value := follow(response, path)) is not None and str(value) != ""
        }
        if not found:
            if truncated is None:
                return None
            raise PaginationError(
                self.operation, "a truncated page named no marker to go on from"
            )
        seen = tuple(f"{name}={found.get(name, '')}" for name, _ in self.pager.markers)
        if seen in self.markers:
            raise PaginationError(
                self.operation,
                f"the service answered the markers {', '.join(seen)} a second time",
            )
        self.markers.add(seen)
        return {**self.arguments, **found}


def _is_true(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def iterate(
    info: OperationInfo,
    arguments: Mapping[str, Any],
    call: Callable[[Mapping[str, Any]], Any],
) -> Iterator[Any]:
    """The items of every page, in order; `call` sends one request with these arguments."""
    walk = PageWalk(info, arguments)
    request: dict[str, Any] | None = walk.first()
    while request is not None:
        response = call(request)
        items = walk.items(response)
        yield from items
        request = walk.next(response, items)


async def iterate_async(
    info: OperationInfo,
    arguments: Mapping[str, Any],
    call: Callable[[Mapping[str, Any]], Awaitable[Any]],
) -> AsyncIterator[Any]:
    """`iterate` for the async client: an async iterator of the items of every page."""
    walk = PageWalk(info, arguments)
    request: dict[str, Any] | None = walk.first()
    while request is not None:
        response = await call(request)
        items = walk.items(response)
        for item in items:
            yield item
        request = walk.next(response, items)
