"""Requests check the spec's limits before anything is sent, naming the parameter."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from acs_core import RequestValidationError
from acs_core import params as _p


class ListRequest(_p.Request):
    job_ids: Sequence[str] = _p.param(
        "JobIds", style="simple", min_items=1, max_items=3, items=_p.Rule(min_length=1)
    )
    note: str | None = _p.param("Note", default=None, max_bytes=4)


def test_a_list_over_its_limit_is_refused_naming_both_names() -> None:
    with pytest.raises(RequestValidationError) as caught:
        ListRequest(job_ids=["a", "b", "c", "d"])
    assert (caught.value.parameter, caught.value.argument) == ("JobIds", "job_ids")
    assert "at most 3" in str(caught.value)


def test_a_simple_list_item_may_not_hold_its_separator() -> None:
    with pytest.raises(RequestValidationError) as caught:
        ListRequest(job_ids=["a,b"])
    assert caught.value.argument == "job_ids[0]"


def test_bytes_are_counted_in_utf8() -> None:
    with pytest.raises(RequestValidationError):
        ListRequest(job_ids=["a"], note="ééé")


def test_the_wire_form_joins_a_simple_list_and_reads_back() -> None:
    request = ListRequest(job_ids=["a", "b"], note="x")
    wire = request.to_wire()
    assert wire.query == [("JobIds", "a,b"), ("Note", "x")]
    assert ListRequest.from_wire(dict(wire.query)) == request
