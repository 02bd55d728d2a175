"""Page iterators: `iter_<method>` walks an operation's pages over the wire, and stops.

One small RPC service, tests/services/pagedemo: ListThings pages by number (PageNumber,
PageSize, TotalCount, items at Things.Thing), ListEntries by token (NextToken, MaxResults), and
ListLabels by a page number declared as text. The emulator answers queued pages exactly, and
without them its golden response as page 1 and later pages empty. The same specs broken in each
way the checks must catch are data: tests/spec/cases/pagination_*.
"""

from __future__ import annotations

import collections.abc
import importlib
import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import generate

CREDENTIALS = {"testid": "testsecret"}


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, service_specs: Callable[[str, Path], Path]
) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("pagedemo")
    generate(service_specs("pagedemo", root / "specs"), root / "out")
    sys.path.insert(0, str(root / "out" / "acs-pagedemo"))
    yield importlib.import_module("acs_pagedemo")
    sys.path.remove(str(root / "out" / "acs-pagedemo"))


@pytest.fixture
def emu(demo: Any) -> Iterator[Any]:
    emulator = importlib.import_module("acs_pagedemo.emulator")
    with emulator.Emulator(credentials=CREDENTIALS) as running:
        yield running


@pytest.fixture
def client(demo: Any, emu: Any) -> Iterator[Any]:
    with demo.Client(
        region="cn-hangzhou",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as api:
        yield api


@pytest.fixture
async def aclient(demo: Any, emu: Any) -> AsyncIterator[Any]:
    async with demo.AsyncClient(
        region="cn-hangzhou",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as api:
        yield api


def things_page(ids: list[str], total: int | None = 100) -> dict[str, Any]:
    body: dict[str, Any] = {
        "RequestId": "R",
        "Things": {"Thing": [{"Id": i, "Name": f"name {i}"} for i in ids]},
    }
    if total is not None:
        body["TotalCount"] = total
    return body


def entries_page(keys: list[str], token: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"RequestId": "R", "Entries": [{"Key": k} for k in keys]}
    if token is not None:
        body["NextToken"] = token
    return body


def queue(emu: Any, operation: str, *bodies: dict[str, Any]) -> None:
    for body in bodies:
        emu.queue_response(operation, body)


def sent(emu: Any, wire_name: str) -> list[str | None]:
    """The value of one parameter on the wire, in each request received, oldest first."""
    return [received.query.get(wire_name) for received in emu.requests]


# --- page_number ---------------------------------------------------------------------------


def test_pages_are_asked_for_as_1_2_3_and_their_items_come_in_order(
    client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a", "b"]),
        things_page(["c", "d"]),
        things_page(["e"]),
        things_page([]),
    )
    items = [thing.id_ for thing in client.iter_list_things(category="tools")]
    assert items == ["a", "b", "c", "d", "e"]
    assert sent(emu, "PageNumber") == ["1", "2", "3", "4"]
    assert [r.params["page_number"] for r in emu.requests] == [1, 2, 3, 4]
    assert {r.operation for r in emu.requests} == {"ListThings"}


async def test_the_async_iterator_asks_for_pages_1_2_3_in_order(
    aclient: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a", "b"]),
        things_page(["c"]),
        things_page(["d"]),
        things_page([]),
    )
    items = [thing.id_ async for thing in aclient.iter_list_things(category="tools")]
    assert items == ["a", "b", "c", "d"]
    assert sent(emu, "PageNumber") == ["1", "2", "3", "4"]


def test_page_numbers_stop_at_the_first_empty_page(client: Any, emu: Any) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a"]),
        things_page([]),
        things_page(["never asked for"]),
    )
    items = [thing.id_ for thing in client.iter_list_things(category="tools")]
    assert items == ["a"]
    assert sent(emu, "PageNumber") == ["1", "2"]


def test_page_numbers_stop_once_the_total_has_come_without_another_request(
    client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a", "b"], total=4),
        things_page(["c", "d"], total=4),
        things_page(["never asked for"], total=4),
    )
    items = [thing.id_ for thing in client.iter_list_things(category="tools")]
    assert items == ["a", "b", "c", "d"]
    assert sent(emu, "PageNumber") == ["1", "2"]


def test_without_a_total_pages_are_walked_until_an_empty_one(
    client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a"], total=None),
        things_page(["b"], total=None),
        things_page([], total=None),
    )
    items = [thing.id_ for thing in client.iter_list_things(category="tools")]
    assert items == ["a", "b"]
    assert sent(emu, "PageNumber") == ["1", "2", "3"]


def test_a_page_answered_again_for_the_next_number_raises_pagination_error(
    demo: Any, client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListThings",
        things_page(["a", "b"]),
        things_page(["a", "b"]),
        things_page(["c"]),
    )
    seen: list[str] = []
    with pytest.raises(demo.PaginationError) as caught:
        for thing in client.iter_list_things(category="tools"):
            seen.append(thing.id_)
    assert caught.value.operation == "ListThings"
    assert "page 2 repeats page 1" in str(caught.value)
    assert sent(emu, "PageNumber") == ["1", "2"]
    # The repeat is noticed before any of its items is yielded a second time.
    assert seen == ["a", "b"]


async def test_the_async_iterator_raises_pagination_error_on_a_repeated_page(
    demo: Any, aclient: Any, emu: Any
) -> None:
    queue(emu, "ListThings", things_page(["a"]), things_page(["a"]))
    with pytest.raises(demo.PaginationError):
        async for _ in aclient.iter_list_things(category="tools"):
            pass
    assert sent(emu, "PageNumber") == ["1", "2"]


def test_a_page_number_declared_as_text_travels_as_text(client: Any, emu: Any) -> None:
    emu.queue_response("ListLabels", {"RequestId": "R", "Labels": ["x", "y"]})
    emu.queue_response("ListLabels", {"RequestId": "R", "Labels": ["z"]})
    assert list(client.iter_list_labels()) == ["x", "y", "z"]
    # Page 3 is the emulator's golden-backed later page: empty, so the walk ends there.
    assert sent(emu, "PageNo") == ["1", "2", "3"]
    assert [r.params["page_no"] for r in emu.requests] == ["1", "2", "3"]


# --- next_token ----------------------------------------------------------------------------


def test_the_first_page_is_asked_for_without_a_token_then_each_with_the_last_token(
    client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListEntries",
        entries_page(["a"], "t1"),
        entries_page(["b", "c"], "t2"),
        entries_page(["d"], ""),
        entries_page(["never asked for"], "t3"),
    )
    keys = [entry.key for entry in client.iter_list_entries()]
    assert keys == ["a", "b", "c", "d"]
    assert sent(emu, "NextToken") == [None, "t1", "t2"]
    assert "NextToken" not in emu.requests[0].query


async def test_the_async_iterator_follows_the_tokens(aclient: Any, emu: Any) -> None:
    queue(
        emu,
        "ListEntries",
        entries_page(["a"], "t1"),
        entries_page(["b"], "t2"),
        entries_page(["c"], ""),
    )
    keys = [entry.key async for entry in aclient.iter_list_entries()]
    assert keys == ["a", "b", "c"]
    assert sent(emu, "NextToken") == [None, "t1", "t2"]


def test_tokens_stop_at_a_page_without_a_token(client: Any, emu: Any) -> None:
    queue(
        emu,
        "ListEntries",
        entries_page(["a"], "t1"),
        entries_page(["b"], None),
        entries_page(["never asked for"], "t2"),
    )
    assert [entry.key for entry in client.iter_list_entries()] == ["a", "b"]
    assert sent(emu, "NextToken") == [None, "t1"]


def test_an_empty_page_with_a_token_does_not_stop_the_token_walk(
    client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListEntries",
        entries_page([], "t1"),
        entries_page(["a"], ""),
    )
    assert [entry.key for entry in client.iter_list_entries()] == ["a"]
    assert sent(emu, "NextToken") == [None, "t1"]


def test_a_token_answered_twice_raises_pagination_error_after_that_page(
    demo: Any, client: Any, emu: Any
) -> None:
    queue(
        emu,
        "ListEntries",
        entries_page(["a"], "t1"),
        entries_page(["b"], "t2"),
        entries_page(["c"], "t1"),
        entries_page(["never asked for"], ""),
    )
    seen: list[str] = []
    with pytest.raises(demo.PaginationError) as caught:
        for entry in client.iter_list_entries():
            seen.append(entry.key)
    assert caught.value.operation == "ListEntries"
    assert "'t1' a second time" in str(caught.value)
    assert len(emu.requests) == 3
    assert sent(emu, "NextToken") == [None, "t1", "t2"]
    assert seen == ["a", "b", "c"]


async def test_the_async_iterator_raises_pagination_error_on_a_repeated_token(
    demo: Any, aclient: Any, emu: Any
) -> None:
    queue(emu, "ListEntries", entries_page(["a"], "t1"), entries_page(["b"], "t1"))
    with pytest.raises(demo.PaginationError):
        async for _ in aclient.iter_list_entries():
            pass
    assert len(emu.requests) == 2


# --- arguments -----------------------------------------------------------------------------


def test_the_other_arguments_travel_on_every_page(client: Any, emu: Any) -> None:
    queue(emu, "ListThings", things_page(["a"]), things_page(["b"]), things_page([]))
    list(client.iter_list_things(category="tools"))
    queue(emu, "ListEntries", entries_page(["a"], "t1"), entries_page(["b"], ""))
    list(client.iter_list_entries(prefix="pre/"))
    assert sent(emu, "Category") == ["tools", "tools", "tools", None, None]
    assert sent(emu, "Prefix") == [None, None, None, "pre/", "pre/"]


def test_page_size_travels_on_every_page_and_only_when_given(
    client: Any, emu: Any
) -> None:
    queue(emu, "ListThings", things_page(["a"]), things_page([]))
    list(client.iter_list_things(category="tools", page_size=7))
    queue(emu, "ListThings", things_page(["a"]), things_page([]))
    list(client.iter_list_things(category="tools"))
    queue(emu, "ListEntries", entries_page(["a"], "t1"), entries_page([], ""))
    list(client.iter_list_entries(max_results=3))
    assert sent(emu, "PageSize") == ["7", "7", None, None, None, None]
    assert sent(emu, "MaxResults") == [None, None, None, None, "3", "3"]


@pytest.mark.parametrize("kind", ["Client", "AsyncClient"])
def test_the_iterators_take_the_operation_s_arguments_but_no_page_or_token(
    demo: Any, kind: str
) -> None:
    cls = getattr(demo, kind)
    things = inspect.signature(cls.iter_list_things).parameters
    entries = inspect.signature(cls.iter_list_entries).parameters
    labels = inspect.signature(cls.iter_list_labels).parameters
    assert list(things) == ["self", "category", "page_size"]
    assert list(entries) == ["self", "prefix", "max_results"]
    assert list(labels) == ["self"]
    keyword_only = inspect.Parameter.KEYWORD_ONLY
    assert all(things[n].kind is keyword_only for n in ("category", "page_size"))
    assert all(entries[n].kind is keyword_only for n in ("prefix", "max_results"))
    assert things["category"].default is inspect.Parameter.empty
    assert things["page_size"].default is None


def test_passing_a_page_number_to_the_iterator_is_a_type_error(
    client: Any, emu: Any
) -> None:
    with pytest.raises(TypeError):
        client.iter_list_things(category="tools", page_number=2)
    with pytest.raises(TypeError):
        client.iter_list_entries(next_token="t1")
    assert len(emu.requests) == 0


def test_an_invalid_argument_is_refused_before_any_page_is_asked_for(
    demo: Any, client: Any, emu: Any
) -> None:
    with pytest.raises(demo.RequestValidationError):
        list(client.iter_list_things(category="tools", page_size=1000))
    assert len(emu.requests) == 0


def test_nothing_is_sent_until_the_iterator_is_iterated(client: Any, emu: Any) -> None:
    pages = client.iter_list_things(category="tools")
    assert len(emu.requests) == 0
    assert next(pages).id_ == "t-1"
    assert len(emu.requests) == 1


def test_an_error_answering_a_later_page_propagates_after_the_earlier_items(
    demo: Any, client: Any, emu: Any
) -> None:
    emu.queue_response("ListThings", things_page(["a"]))
    emu.queue_response(
        "ListThings",
        {"RequestId": "R", "Code": "InvalidParameter", "Message": "bad page"},
        status=400,
    )
    seen: list[str] = []
    with pytest.raises(demo.InvalidRequestError):
        for thing in client.iter_list_things(category="tools"):
            seen.append(thing.id_)
    assert seen == ["a"]
    assert sent(emu, "PageNumber") == ["1", "2"]


# --- the emulator's golden-backed pages ------------------------------------------------------


def test_without_queued_pages_the_page_number_iterator_yields_the_golden_s_items(
    client: Any, emu: Any
) -> None:
    things = list(client.iter_list_things(category="tools"))
    assert [(t.id_, t.name) for t in things] == [("t-1", "one"), ("t-2", "two")]
    # The golden counts 5 in all; page 2 is answered empty, which ends the walk.
    assert sent(emu, "PageNumber") == ["1", "2"]


def test_without_queued_pages_the_token_iterator_yields_the_golden_s_items(
    client: Any, emu: Any
) -> None:
    assert [entry.key for entry in client.iter_list_entries()] == ["a", "b"]
    assert sent(emu, "NextToken") == [None, "tok-1"]


async def test_the_async_iterator_is_an_async_iterator_of_the_golden_s_items(
    aclient: Any, emu: Any
) -> None:
    pages = aclient.iter_list_entries(prefix="p")
    assert isinstance(pages, collections.abc.AsyncIterator)
    assert not inspect.isawaitable(pages)
    assert [entry.key async for entry in pages] == ["a", "b"]
    assert sent(emu, "NextToken") == [None, "tok-1"]
    assert sent(emu, "Prefix") == ["p", "p"]
