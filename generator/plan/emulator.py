"""Plan a package's emulator: its modules, and `emulator/operations.json`, the golden responses,
state rules, pages and error codes it answers with, as data.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from ..python.literals import docstring, py_literal
from ..spec.model import Pagination, Service
from ..spec.schema import Schema, content_schema, is_base64, properties, type_of
from .files import PlannedFile
from .views import OperationView

_ERROR_FIELDS = {
    "request_id": ("RequestId", "requestId", "request_id"),
    "host_id": ("HostId", "hostId", "host_id"),
    "code": ("Code", "code", "errorCode"),  # errorCode, errorMessage: SLS's
    "message": ("Message", "message", "errorMessage"),
    "recommend": ("Recommend", "recommend"),
}


def _error_fields(service: Service) -> dict[str, str]:
    """How the service's error bodies name their fields, from its error schema."""
    declared = list(properties(service.error_response))
    fields = {}
    for field, spellings in _ERROR_FIELDS.items():
        spelling = next((name for name in declared if name in spellings), None)
        if spelling is not None:  # the spelling the schema declares first
            fields[field] = spelling
        elif field in ("code", "message", "request_id"):  # an error always says these
            fields[field] = spellings[0]
    return fields


def _emulator_pager(pagination: Pagination) -> dict[str, Any]:
    """What the emulator needs to answer later pages: wire names, response paths as lists."""
    pager: dict[str, Any] = {
        "style": pagination.style,
        "items": pagination.items.split("."),
    }
    if pagination.page is not None:
        pager["page"] = pagination.page
    if pagination.token is not None and pagination.next_token is not None:
        pager["token"] = pagination.token
        pager["next_token"] = pagination.next_token.split(".")
    if pagination.markers:  # OSS: a later page is asked for with markers
        pager["markers"] = list(pagination.markers)
    if pagination.truncated is not None:
        pager["truncated"] = pagination.truncated.split(".")
    return pager


def _emulator_state(rules: dict[str, Any], response: Schema) -> dict[str, Any]:
    """The spec's rules, and what a grant must know of its fields' encoding: base64 or not
    (`base64`), and which of the fields inside are text (`text`: a lifetime of "3000").
    """
    grant = rules.get("grant")
    if grant is None:
        return rules
    fields = properties(response)
    encoded = {}
    for role in ("address", "credentials"):
        rule = dict(grant[role])
        schema = fields.get(rule["field"], {})
        if is_base64(schema):
            rule["base64"] = True
        inside = properties(content_schema(schema))
        text = [
            name
            for key, name in rule.items()
            if key not in ("field", "base64")
            and type_of(inside.get(name, {})) == "string"
        ]
        if text:
            rule["text"] = text
        encoded[role] = rule
    return dict(rules, grant=dict(grant, **encoded))


def _emulator_data(service: Service, operations: list[OperationView]) -> str:
    """`emulator/operations.json`: golden responses, state rules and error codes, as data."""
    entries = []
    for op, spec_op in zip(operations, service.operations, strict=True):
        goldens = sorted(
            spec_op.golden, key=lambda g: g.status >= 300
        )  # successes first
        entry: dict[str, Any] = {
            "name": op.name,
            "module": str(op.module_name),
            "goldens": [[g.status, g.text] for g in goldens],
        }
        if spec_op.path is not None:
            entry["method"], entry["path"] = spec_op.methods[0], spec_op.path
        host = next((p for p in spec_op.parameters if p.location == "host"), None)
        if host is not None and service.style == "ROA":  # SLS's project: a Host label
            entry["host"] = host.name
        if spec_op.fixed_query:  # OSS's sub-resource, SLS's `?type=log`: tells apart
            entry["query"] = dict(spec_op.fixed_query)
        if spec_op.auth != ("access_key",):  # bearer tokens, unsigned calls (PDS)
            entry["auth"] = list(spec_op.auth)
        # xml, binary (goldens: the body's text), none
        if spec_op.response_media != "json":
            entry["media"] = spec_op.response_media
        if spec_op.emulator is not None:
            entry["state"] = _emulator_state(spec_op.emulator, spec_op.response)
        if spec_op.pagination is not None:
            entry["pager"] = _emulator_pager(spec_op.pagination)
        entries.append(entry)
    errors = {e.code: [e.status, e.message or ""] for e in service.all_errors}
    document = {
        "operations": entries,
        "errors": errors,
        "error_fields": _error_fields(service),
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def plan_emulator_files(
    service: Service, context: dict[str, Any], src: PurePosixPath
) -> list[PlannedFile]:
    """The `emulator` subpackage: `__init__`, `__main__` and its data."""
    emulator = dict(context)
    emulator["emulator_prog"] = py_literal(f"python -m {context['package']}.emulator")
    emulator["emulator_doc"] = docstring(
        f"An emulator of {service.title} ({service.api_version}) for tests: a real HTTP server on 127.0.0.1.",
        indent=0,
    )
    return [
        PlannedFile(
            src / "emulator" / "__init__.py",
            "emulator_init.py.jinja",
            emulator,
            python=True,
        ),
        PlannedFile(
            src / "emulator" / "__main__.py",
            "emulator_main.py.jinja",
            emulator,
            python=True,
        ),
        PlannedFile(
            src / "emulator" / "operations.json",
            "json.jinja",
            {"text": _emulator_data(service, context["operations"])},
        ),
    ]
