"""Plan an operation's page iterator and waiters: the runtime facts (`Pager`, `Waiter`) written
into its `OPERATION`, and what the client methods say and take.

Specs name response fields by wire names; the runtime reads parsed models, so every path is
turned into attribute names here, through the very models the module defines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..python import names
from ..python.layout import call, collection, fits
from ..python.literals import py_literal
from ..spec.model import Operation, Pagination, Waiter
from ..spec.schema import EACH, response_path, type_of
from .types import ModelView, ModuleTypes
from .views import PagerView, WaiterView

PAGE_STYLES = {
    "page_number": "pages numbered from 1",
    "next_token": "each page naming the next",
    "marker": "each page answering the markers of the next",
}


@dataclass(frozen=True)
class _Step:
    python_path: tuple[str, ...]
    hint: str  # the type at the end of the path


def _walk(
    types: ModuleTypes, shared: ModuleTypes, response_class: str, wire_path: str
) -> _Step:
    """A response path of wire names as attribute names, and the type it ends at.

    The checks have proved the path against the schema, so every step is a model's field.
    """
    model: ModelView | None = types.models[response_class]
    python_path: list[str] = []
    hint = response_class
    for step in response_path(wire_path):
        if step == EACH:
            hint = hint.removeprefix("list[").removesuffix("]")
            python_path.append(EACH)
        else:
            assert model is not None, f"{wire_path}: {step} is not inside a model"
            field = next(f for f in model.fields if f.wire_literal == py_literal(step))
            python_path.append(str(field.python_name))
            hint = field.type.hint
        model = types.models.get(hint) or shared.models.get(hint)
    return _Step(tuple(python_path), hint)


def _argument(operation: Operation, wire_name: str | None) -> str | None:
    if wire_name is None:
        return None
    parameter = next(p for p in operation.parameters if p.name == wire_name)
    return str(names.attribute_name(parameter.name, parameter.python_name))


def pager_view(
    operation: Operation,
    types: ModuleTypes,
    shared: ModuleTypes,
    response_class: str | None,
) -> PagerView | None:
    pagination = operation.pagination
    if pagination is None or response_class is None:
        return None
    items = _walk(types, shared, response_class, pagination.items)
    facts = [py_literal(pagination.style), _tuple_literal(items.python_path)]
    for role in ("page", "page_size", "token"):
        argument = _argument(operation, getattr(pagination, role))
        if argument is not None:
            facts.append(f"{role}={py_literal(argument)}")
    for role in ("total", "next_token"):
        wire_path = getattr(pagination, role)
        if wire_path is not None:
            path = _walk(types, shared, response_class, wire_path).python_path
            facts.append(f"{role}={py_literal(path)}")
    page = next((p for p in operation.parameters if p.name == pagination.page), None)
    if page is not None and type_of(page.schema) == "string":
        facts.append("page_as_text=True")
    if pagination.markers:
        markers = [
            (_argument(operation, name), _walk(types, shared, response_class, path))
            for name, path in pagination.markers.items()
        ]
        pairs = tuple((argument, step.python_path) for argument, step in markers)
        facts.append(_tuple_literal(pairs, "markers="))
    if pagination.truncated is not None:
        path = _walk(types, shared, response_class, pagination.truncated).python_path
        facts.append(_tuple_literal(path, "truncated="))
    # The argument the iterator sets itself (markers start where the caller says).
    skipped = _argument(operation, pagination.page or pagination.token) or ""
    return PagerView(
        method_name=names.iterator_method(operation.name),
        item_hint=items.hint.removeprefix("list[").removesuffix("]"),
        fact=call("pager=Pager(", facts, ")", indent=4),
        skipped=skipped,
        summary=_pager_summary(pagination),
        guard={
            "next_token": "a page token the service answers twice raises `PaginationError`",
            "marker": "markers the service answers twice raise `PaginationError`",
        }.get(
            pagination.style,
            "a page that repeats the one before it raises `PaginationError`",
        ),
    )


def _tuple_literal(value: Any, head: str = "", indent: int = 8) -> str:
    """Nested tuples of literals as black lays out an argument of `Pager(...)`: on one line
    when it fits (with the comma after it), else one item per line, each laid out alike.
    """
    if not isinstance(value, tuple):
        return head + py_literal(value)
    items = [_tuple_literal(item, "", indent + 4) for item in value]
    single = "," if len(items) == 1 else ""
    one_line = f"{head}({', '.join(items)}{single})"
    if "\n" not in one_line and fits(one_line + ",", indent):
        return one_line
    pad = " " * (indent + 4)
    lines = "".join(f"{pad}{item},\n" for item in items)
    return f"{head}(\n{lines}{' ' * indent})"


def _pager_summary(pagination: Pagination) -> str:
    style = PAGE_STYLES[pagination.style]
    if pagination.style == "marker":
        by = ", ".join(pagination.markers or {})
        end = (
            f"while {pagination.truncated} is true"
            if pagination.truncated
            else "until a page answers no marker"
        )
    elif pagination.style == "next_token":
        end = f"until a page answers no {pagination.next_token}"
        by = f"{pagination.token}"
    else:
        end = "until a page is empty"
        if pagination.total:
            end += f" or {pagination.total} items have come"
        by = f"{pagination.page}"
    return f"The items of {pagination.items} on every page ({style}, by {by}), {end}."


def waiter_views(
    operation: Operation,
    types: ModuleTypes,
    shared: ModuleTypes,
    response_class: str | None,
) -> tuple[WaiterView, ...]:
    if response_class is None:
        return ()
    return tuple(
        _waiter_view(waiter, operation, types, shared, response_class)
        for waiter in operation.waiters
    )


def _waiter_view(
    waiter: Waiter,
    operation: Operation,
    types: ModuleTypes,
    shared: ModuleTypes,
    response_class: str,
) -> WaiterView:
    status = _walk(types, shared, response_class, waiter.status).python_path
    facts = [
        py_literal(status),
        py_literal(waiter.success),
        py_literal(waiter.failure),
        f"delay={py_literal(waiter.delay)}",
        f"max_delay={py_literal(waiter.max_delay)}",
        f"timeout={py_literal(waiter.timeout)}",
    ]
    success = " or ".join(repr(value) for value in waiter.success)
    failure = " or ".join(repr(value) for value in waiter.failure) or "nothing"
    summary = (
        f"Poll {operation.name} until {waiter.status} is {success} "
        f"(failing on {failure}; first delay {waiter.delay:g}s, at most "
        f"{waiter.max_delay:g}s apart, {waiter.timeout:g}s in all)."
    )
    return WaiterView(
        name=waiter.name,
        method_name=names.waiter_method(waiter.name),
        description=waiter.description,
        fact=call(f"{py_literal(waiter.name)}: Waiter(", facts, ")", indent=8),
        summary=summary,
    )


def operation_facts(
    pager: PagerView | None, waiters: tuple[WaiterView, ...]
) -> list[str]:
    """OPERATION's `pager=` and `waiters=` arguments, laid out."""
    facts = [pager.fact] if pager else []
    if waiters:
        items = [waiter.fact for waiter in waiters]
        facts.append(collection("waiters={", items, "}", indent=4))
    return facts


def iterator_example(
    operation: Operation, pager: PagerView | None, region: str
) -> dict[str, Any] | None:
    """How the generated tests run an operation's page iterator against the emulator: with
    the spec's examples for its required arguments, in `region`, expecting the first success golden's
    items (the emulator answers it as the first page and later pages empty).

    None when there is nothing to run it with: no golden to expect, a required argument
    without an example, or a required body.
    """
    pagination = operation.pagination
    golden = next((g for g in operation.golden if g.status < 300), None)
    if pagination is None or pager is None or golden is None:
        return None
    if pagination.style == "marker":
        return (
            None  # OSS's listings: the emulator's store answers them, not the goldens
        )
    skipped = {pagination.page, pagination.token}
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        if not parameter.required or parameter.name in skipped:
            continue
        if parameter.example is None or parameter.location == "body":
            return None
        python_name = names.attribute_name(parameter.name, parameter.python_name)
        arguments[python_name] = parameter.typed_example()
    return {
        "method": pager.method_name,
        "arguments": arguments,
        "golden": golden.name,
        "items": pagination.items.split("."),
        **{
            role: path.split(".")
            for role, path in (
                ("total", pagination.total),
                ("next_token", pagination.next_token),
            )
            if path is not None
        },
        "region": region,
    }
