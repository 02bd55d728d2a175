"""Stage 2b, semantic checks of the clients' convenience methods: batches, page iterators and
waiters name parameters and response fields that exist, of types they can use, and their
methods (`iter_<x>`, `wait_<name>`, an upload's) collide with nothing else on the client.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..base.diagnostics import Diagnostic
from ..python import names
from .load import pointer_join
from .model import Batch, Operation, Pagination, Service, Waiter
from .schema import Schema, properties, resolve, response_path, type_of


def status_text(value: Any) -> str:
    """A status value as a waiter spec writes it, and as the runtime compares it (`_waiters`):
    booleans as `true`/`false`, anything else as its text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def service_convenience_problems(service: Service) -> Iterator[Diagnostic]:
    """Every method of a client is named once: operations, batches, iterators and waiters."""
    owners: dict[str, str] = {
        names.method_name(operation.name): f"the method of {operation.name}"
        for operation in service.operations
    }
    for operation in service.operations:
        added: list[tuple[str, str, str]] = []
        if operation.batch is not None:
            added.append(("/batch/method", operation.batch.method, "the batch method"))
        if operation.pagination is not None:
            method = names.iterator_method(operation.name)
            added.append(("/pagination", method, "the page iterator"))
        added += [
            (f"/waiters/{index}/name", names.waiter_method(waiter.name), "a waiter")
            for index, waiter in enumerate(operation.waiters)
        ]
        if operation.upload is not None:
            added.append(("/upload/method", operation.upload.method, "the upload"))
        for pointer, method, role in added:
            if method in names.CLIENT_MEMBERS or method in owners:
                owner = owners.get(method, "one of the client's own")
                yield operation.source.diagnostic(
                    pointer, f"{method!r} is already a method of the client: {owner}"
                )
            owners.setdefault(method, f"{role} of {operation.name}")


def operation_convenience_problems(
    operation: Operation, models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    if operation.batch is not None:
        yield from _batch_problems(operation, operation.batch)
    if operation.pagination is not None:
        yield from _pagination_problems(operation, operation.pagination, models)
    for index, waiter in enumerate(operation.waiters):
        yield from _waiter_problems(operation, f"/waiters/{index}", waiter, models)


def _batch_problems(operation: Operation, batch: Batch) -> Iterator[Diagnostic]:
    parameter = next(
        (p for p in operation.parameters if p.name == batch.parameter), None
    )
    if (
        parameter is None
        or type_of(parameter.schema) != "array"
        or "maxItems" not in parameter.schema
    ):
        yield operation.source.diagnostic(
            "/batch/parameter",
            f"{batch.parameter!r} is not an array parameter with maxItems",
        )
    results = properties(operation.response).get(batch.results)
    if results is None or type_of(results) != "array":
        yield operation.source.diagnostic(
            "/batch/results", f"{batch.results!r} is not an array field of the response"
        )


# What each role of a page iterator may be typed as.
_PARAMETER_TYPES = {
    "page": ("integer", "string"),
    "page_size": ("integer", "string"),
    "token": ("string",),
}
_FIELD_TYPES = {
    "items": ("array",),
    "total": ("integer", "number", "string"),
    "next_token": ("string",),
    "truncated": ("boolean", "string"),
}
_MARKER_TYPES = ("string", "integer")


def _pagination_problems(
    operation: Operation, pagination: Pagination, models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    source = operation.source
    if operation.response_media not in ("json", "xml") or (
        type_of(operation.response) == "array"
    ):
        yield source.diagnostic(
            "/pagination", "a paginated operation must answer a JSON (or XML) object"
        )
        return
    by_name = {p.name: p for p in operation.parameters}
    markers = pagination.markers or {}
    wanted = [
        (f"/pagination/{role}", getattr(pagination, role), allowed)
        for role, allowed in _PARAMETER_TYPES.items()
    ]
    wanted += [
        (pointer_join("/pagination/markers", name), name, _MARKER_TYPES)
        for name in markers
    ]
    for pointer, wire_name, allowed in wanted:
        if wire_name is None:
            continue
        parameter = by_name.get(wire_name)
        if parameter is None or parameter.location == "body":
            yield source.diagnostic(
                pointer, f"{wire_name!r} is not a parameter of {operation.name}"
            )
        elif type_of(parameter.schema) not in allowed:
            yield source.diagnostic(
                pointer, f"{wire_name!r} must be of type {' or '.join(allowed)}"
            )
    fields = [
        (f"/pagination/{role}", getattr(pagination, role), allowed)
        for role, allowed in _FIELD_TYPES.items()
    ]
    fields += [
        (pointer_join("/pagination/markers", name), path, _MARKER_TYPES)
        for name, path in markers.items()
    ]
    for pointer, path, allowed in fields:
        if path is None:
            continue
        found = resolve(operation.response, response_path(path), models)
        if isinstance(found, str):
            yield source.diagnostic(pointer, found)
        elif type_of(found) not in allowed:
            yield source.diagnostic(
                pointer, f"{path!r} must be a field of type {' or '.join(allowed)}"
            )


def _waiter_problems(
    operation: Operation, pointer: str, waiter: Waiter, models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    source = operation.source
    if operation.response_media != "json" or type_of(operation.response) == "array":
        yield source.diagnostic(
            pointer, "a waiter polls an operation that answers a JSON object"
        )
        return
    taken = {names.attribute_name(p.name, p.python_name) for p in operation.parameters}
    for option in names.WAITER_OPTIONS:
        if option in taken:
            yield source.diagnostic(
                pointer,
                f"{operation.name} has a parameter named {option!r}, "
                "which the waiter's own option would shadow",
            )
    found: Any = resolve(operation.response, response_path(waiter.status), models)
    if isinstance(found, str):
        yield source.diagnostic(f"{pointer}/status", found)
    elif type_of(found) not in ("string", "integer", "boolean"):
        yield source.diagnostic(
            f"{pointer}/status", f"{waiter.status!r} must be a plain value"
        )
    else:
        known = [status_text(value) for value in found.get("enum", [])]
        for key in ("success", "failure"):
            for index, value in enumerate(getattr(waiter, key)):
                if known and value not in known:
                    yield source.diagnostic(
                        f"{pointer}/{key}/{index}",
                        f"{value!r} is not one of the status values {known}",
                    )
    for index, value in enumerate(waiter.failure):
        if value in waiter.success:
            yield source.diagnostic(
                f"{pointer}/failure/{index}", f"{value!r} is also a success value"
            )
    if waiter.delay > waiter.max_delay:
        yield source.diagnostic(
            f"{pointer}/delay", "the first delay is longer than max_delay"
        )
