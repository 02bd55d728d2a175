"""The view model of an operation, as the templates and the other planners read it.

Every name, hint and laid-out line is computed when a view is made (`operation.py`,
`parameters.py`, `conveniences.py`); a view only holds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..python import names
from .types import ModuleTypes
from .uploads import UploadView


@dataclass(frozen=True)
class ParamView:
    python_name: names.PythonIdentifier
    wire_name: str
    hint: str
    required: bool
    doc: str | None
    declaration: str  # the request class's field: `job_ids: ... = _p.param(...)`
    argument: str  # a method's: `job_ids: Sequence[str]`, or `name: str | None = None`
    example_literal: str  # a typed example value, for READMEs and tests


@dataclass(frozen=True)
class BatchView:
    method_name: names.PythonIdentifier
    param: names.PythonIdentifier
    size: int
    results: names.PythonIdentifier
    item_hint: str  # the type of one result


@dataclass(frozen=True)
class PagerView:
    method_name: str  # iter_<method>
    item_hint: str  # the type of one item
    fact: str  # `pager=Pager(...)`, an argument of OPERATION
    skipped: str  # the argument the iterator sets itself (the page number or the token)
    summary: str  # one line for docs: how it pages and where it stops
    guard: str  # what it does when the service repeats itself


@dataclass(frozen=True)
class WaiterView:
    name: str
    method_name: str  # wait_<name>
    description: str | None
    fact: str  # `"name": Waiter(...)`, an item of OPERATION's waiters
    summary: str  # what it waits for, in one line


@dataclass(frozen=True)
class OperationView:
    name: str
    name_literal: str
    method_name: names.PythonIdentifier
    module_name: names.PythonIdentifier
    request_class: names.ClassName
    response_class: names.ClassName | None  # None: the operation answers no body
    response_hint: str  # what its client method returns
    summary: str
    doc: str | None
    params: tuple[ParamView, ...]  # in the spec's order (the wire order)
    fields_in_order: tuple[
        ParamView, ...
    ]  # required first: the order of keyword arguments
    types: ModuleTypes
    operation_line: str  # `OPERATION = OperationInfo(...)`, the last line of its module
    example_region: str
    example_call: str  # e.g. get_ai_image_jobs(job_ids=['cf08...'])
    iterator_call: str | None  # its page iterator's, e.g. iter_get_video_list()
    waiter_calls: tuple[str, ...]  # its waiters', in the order of `waiters`
    # How the generated tests run its page iterator against the emulator (None: they do not).
    iterator_test: dict[str, Any] | None
    facts: str  # one README line: access, regions, deprecation
    access: str
    batch: BatchView | None
    pager: PagerView | None
    waiters: tuple[WaiterView, ...]
    upload: UploadView | None = None
    streams: bool = (
        False  # OSS: the body is bytes, read whole or (`stream=True`) streamed
    )

    @property
    def example_result(self) -> str | None:
        """What the README's example prints of the call's answer; None: it answers nothing."""
        if self.response_hint == "None":
            return None
        if self.response_class and not self.response_hint.startswith("list["):
            return "response.to_dict()"
        return "response"
