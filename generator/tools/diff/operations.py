"""Operations compared: removed, renamed or added (a rename is paired by shape and likeness),
then each one kept: its method and path, regions, retry facts, documentation, parameters,
response and error codes.
"""

from __future__ import annotations

from ...plan.views import OperationView
from ...spec.model import Operation, Service
from ...spec.schema import Schema, properties
from .errors import compare_errors
from .parameters import compare_parameters
from .python_names import compare_operation_names
from .renames import match, operation_shape
from .report import BREAKING, COMPATIBLE, DOCUMENTATION, Add, Changes
from .schemas import RESPONSE, compare_schema


def compare_operations(
    old: Service,
    new: Service,
    old_views: dict[str, OperationView],
    new_views: dict[str, OperationView],
    found: Changes,
) -> None:
    before = {op.name: op for op in old.operations}
    after = {op.name: op for op in new.operations}
    matched = match(before, after, operation_shape)
    renamed = matched.renamed
    for name in before:
        found.operation = name
        if name in renamed:
            found.add(
                BREAKING,
                "operation-renamed",
                f"operation {name}",
                f"renamed to {renamed[name]} (method {old_views[name].method_name} -> "
                f"{new_views[renamed[name]].method_name})",
            )
        elif name in matched.removed:
            found.add(
                BREAKING,
                "operation-removed",
                f"operation {name}",
                f"removed (method {old_views[name].method_name})",
            )
        else:
            _compare_operation(before[name], after[name], old, new, found.add)
            compare_operation_names(
                old_views[name], new_views[name], new.import_name, found.add
            )
    for name in after:
        if matched.is_new(name):
            found.operation = name
            found.add(
                COMPATIBLE,
                "operation-added",
                f"operation {name}",
                f"added (method {new_views[name].method_name})",
            )
    found.operation = None


def _compare_operation(
    old: Operation,
    new: Operation,
    old_service: Service,
    new_service: Service,
    add: Add,
) -> None:
    rest = new_service.style != "RPC" or old.path is not None or new.path is not None
    if old.methods[0] != new.methods[0]:
        effect = BREAKING if rest else COMPATIBLE
        add(
            effect,
            "method-changed",
            "HTTP method",
            f"{old.methods[0]} -> {new.methods[0]}",
        )
    if old.path != new.path:
        add(BREAKING, "path-changed", "path", f"{old.path or '/'} -> {new.path or '/'}")
    if (
        old.fixed_query != new.fixed_query
    ):  # OSS: another sub-resource, another operation
        add(BREAKING, "path-changed", "fixed query", f"{_query(old)} -> {_query(new)}")
    if old.regions is not None or new.regions is not None:
        before = old.regions or tuple(r for r, _ in old_service.endpoints)
        after = new.regions or tuple(r for r, _ in new_service.endpoints)
        for region in before:
            if region not in after:
                add(BREAKING, "region-removed", f"region {region}", "dropped")
        for region in after:
            if region not in before:
                add(COMPATIBLE, "region-added", f"region {region}", "added")
    for label, was, now in [
        ("access", old.access, new.access),
        ("idempotent", old.idempotent, new.idempotent),
    ]:
        if was != now:
            add(COMPATIBLE, "retry-behaviour-changed", label, f"{was} -> {now}")
    if old.deprecated != new.deprecated:
        add(
            DOCUMENTATION,
            "deprecated",
            "operation",
            "deprecated" if new.deprecated else "no longer deprecated",
        )
    for label, was_text, now_text in [
        ("summary", old.summary, new.summary),
        ("description", old.description, new.description),
        ("authorization", old.authorization, new.authorization),
        ("prerequisites", old.prerequisites, new.prerequisites),
        ("related operations", old.related, new.related),
    ]:
        if was_text != now_text:
            add(DOCUMENTATION, "documentation-changed", label, "changed")
    compare_parameters(old.parameters, new.parameters, add)
    if old.response_media != new.response_media:
        if new.response_media == "none":
            add(
                BREAKING,
                "response-removed",
                "response",
                "the operation answers no body",
            )
        else:
            add(
                COMPATIBLE, "response-added", "response", "the operation answers a body"
            )
    else:
        compare_schema(_answered(old), _answered(new), "response", RESPONSE, add)
    compare_errors(old.errors, new.errors, add)


def _query(operation: Operation) -> str:
    return "&".join(f"{k}={v}" if v else k for k, v in operation.fixed_query) or "none"


def _answered(operation: Operation) -> Schema:
    """The response's fields: the body's and, for OSS, the response headers' (the model has
    both, so a header removed or retyped breaks as a field would)."""
    if not operation.response_headers:
        return operation.response
    body = properties(operation.response) if operation.response_media == "xml" else {}
    return {
        **operation.response,
        "properties": {**body, **operation.response_headers},
    }
