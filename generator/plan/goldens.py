"""The data of a package's generated tests: which golden tests have cases, the golden index,
and the schemas the tests check golden responses against.
"""

from __future__ import annotations

import json
from typing import Any

from ..spec.model import Operation, Service
from .views import OperationView


def golden_tests(service: Service, operations: list[OperationView]) -> set[str]:
    """Which of the generated golden tests have cases: a test with none is left out, as
    pytest would only report it skipped."""
    pairs = list(zip(service.operations, operations, strict=True))
    # Every success golden is checked: read into its model, answered as its JSON or its
    # bytes, or (an operation that answers no body) holding nothing a read would drop.
    successes = [
        golden
        for operation, _ in pairs
        for golden in operation.golden
        if golden.status < 300
    ]
    tests = set()
    if successes:
        tests.add("round_trip")
    if any(golden.conforms for golden in successes):
        tests.add("schema")
    if any(g.status >= 300 and g.conforms for o, _ in pairs for g in o.golden):
        tests.add("errors")
    if any(view.iterator_test for view in operations):
        tests.add("iterators")
    return tests


def golden_index(service: Service, operations: list[OperationView]) -> str:
    """`tests/golden/index.json`: each operation's models module and its goldens' statuses."""
    index: dict[str, dict[str, Any]] = {}
    for operation, view in zip(service.operations, operations, strict=True):
        entry: dict[str, Any] = {
            "module": str(view.module_name),
            # What the client answers: a model, the decoded JSON or the bytes (parsed), or
            # nothing at all (media "none": a golden must hold nothing to be read losslessly).
            "parsed": operation.response_media != "none",
        }
        if operation.response_media != "json":
            entry["media"] = operation.response_media
        entry["goldens"] = {
            golden.name: {"status": golden.status, "conforms": golden.conforms}
            for golden in operation.golden
        }
        if view.iterator_test is not None:
            entry["iterator"] = view.iterator_test
        index[operation.name] = entry
    return json.dumps(index, indent=1, ensure_ascii=False) + "\n"


def schema_json(operation: Operation, service: Service) -> str:
    """The schemas the generated tests check golden responses against, with shared models."""
    document = {
        "response": operation.response,
        "error": service.error_response,
        "models": service.models,
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
