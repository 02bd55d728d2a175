"""Stage 2b, semantic checks of uploads and media: an operation's `upload` method and the
emulator's `find`, `grant` and `outputs` rules name parameters, response fields and the fields
inside JSON text that exist, of types they can use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..base.diagnostics import Diagnostic
from ..python import names
from .load import SourceFile
from .model import Operation, Service, UploadAddress, UploadCredentials
from .schema import (
    Schema,
    content_schema,
    dereference,
    is_date_time,
    is_json_text,
    items,
    properties,
    type_of,
)

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# The type each role of an address or credentials field may have inside its JSON text.
_ROLE_TYPES = {
    "endpoint": ("string",),
    "bucket": ("string",),
    "key": ("string",),
    "access_key_id": ("string",),
    "access_key_secret": ("string",),
    "security_token": ("string",),
    "expires_at": ("string",),
    "lifetime": ("integer", "number", "string"),
}


def upload_problems(operation: Operation, service: Service) -> Iterator[Diagnostic]:
    """An upload method's parameters, response fields and refresh operation exist."""
    upload = operation.upload
    if upload is None:
        return
    source, models = operation.source, service.models
    by_name = {p.name: p for p in operation.parameters}
    for role, allowed in (
        ("file_name", ("string",)),
        ("file_size", ("integer", "string")),
    ):
        wire_name: str | None = getattr(upload, role)
        if wire_name is None:
            continue
        parameter = by_name.get(wire_name)
        if parameter is None or parameter.location == "body":
            yield source.diagnostic(
                f"/upload/{role}",
                f"{wire_name!r} is not a parameter of {operation.name}",
            )
        elif type_of(parameter.schema) not in allowed:
            yield source.diagnostic(
                f"/upload/{role}",
                f"{wire_name!r} must be of type {' or '.join(allowed)}",
            )
    taken = {names.attribute_name(p.name, p.python_name) for p in operation.parameters}
    for own in (names.UPLOAD_SOURCE, *names.UPLOAD_OPTIONS):
        if own in taken:
            yield source.diagnostic(
                "/upload",
                f"{operation.name} has a parameter named {own!r}, which the upload "
                "method's own argument would shadow",
            )
    response = operation.response
    yield from _fields(source, "/upload/address", upload.address, response, models)
    yield from _fields(
        source, "/upload/credentials", upload.credentials, response, models
    )
    if upload.refresh_operation is None:
        return
    refresh = next(
        (op for op in service.operations if op.name == upload.refresh_operation), None
    )
    if refresh is None:
        yield source.diagnostic(
            "/upload/refresh/operation",
            f"{upload.refresh_operation!r} is no operation of {service.code}",
        )
        return
    fields = properties(dereference(response, models))
    wanted = {p.name for p in refresh.parameters}
    for wire_name, field in upload.refresh_parameters:
        pointer = f"/upload/refresh/parameters/{wire_name}"
        if wire_name not in wanted:
            yield source.diagnostic(
                pointer, f"{wire_name!r} is not a parameter of {refresh.name}"
            )
        if field not in fields:
            yield source.diagnostic(
                pointer, f"{field!r} is not a field of the response of {operation.name}"
            )
    for problem in _fields(
        source, "/upload/credentials", upload.credentials, refresh.response, models
    ):
        yield source.diagnostic(
            "/upload/refresh/operation",
            f"{refresh.name} must answer the credentials too: {problem.message}",
        )


def _fields(
    source: SourceFile,
    pointer: str,
    rule: UploadAddress | UploadCredentials,
    response: Schema,
    models: dict[str, Schema],
) -> Iterator[Diagnostic]:
    """`rule.field` is a JSON-text field of the response holding each role's field."""
    field = properties(dereference(response, models)).get(rule.field)
    if field is None or not is_json_text(field):
        yield source.diagnostic(
            f"{pointer}/field",
            f"{rule.field!r} is not a JSON-text field of the response "
            "(contentMediaType: application/json)",
        )
        return
    inside = properties(dereference(content_schema(field), models))
    for role, allowed in _ROLE_TYPES.items():
        name = getattr(rule, role, None)
        if name is None:
            continue
        found = inside.get(name)
        if found is None:
            yield source.diagnostic(
                f"{pointer}/{role}", f"{name!r} is not a field inside {rule.field}"
            )
        elif type_of(found) not in allowed or (
            role == "expires_at" and not is_date_time(found)
        ):
            kind = "a date-time" if role == "expires_at" else " or ".join(allowed)
            yield source.diagnostic(
                f"{pointer}/{role}", f"{name!r} inside {rule.field} must be {kind}"
            )


def emulator_media_problems(
    operation: Operation, rules: dict[str, Any], models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    """The emulator's find, grant and outputs rules name what exists."""
    source = operation.source
    find, grant, outputs = rules.get("find"), rules.get("grant"), rules.get("outputs")
    if find is not None and find["parameter"] not in {
        p.name for p in operation.parameters
    }:
        yield source.diagnostic(
            "/emulator/find/parameter",
            f"{find['parameter']!r} is not a parameter of {operation.name}",
        )
    if grant is not None:
        if "create" not in rules and find is None:
            yield source.diagnostic(
                "/emulator/grant", "a grant needs the record of `create` or `find`"
            )
        yield from _key_template(source, "/emulator/grant/key", grant["key"], ())
        for role, kind in (
            ("address", UploadAddress),
            ("credentials", UploadCredentials),
        ):
            yield from _fields(
                source,
                f"/emulator/grant/{role}",
                kind(**grant[role]),
                operation.response,
                models,
            )
    if outputs is not None:
        yield from _outputs_problems(operation, rules, outputs, models)


def _outputs_problems(
    operation: Operation,
    rules: dict[str, Any],
    outputs: dict[str, Any],
    models: dict[str, Schema],
) -> Iterator[Diagnostic]:
    source = operation.source
    select = rules.get("select")
    if select is None:
        yield source.diagnostic(
            "/emulator/outputs", "outputs are written into the items of `select`"
        )
        return
    yield from _key_template(
        source, "/emulator/outputs/key", outputs["key"], ("index",)
    )
    results = properties(dereference(operation.response, models)).get(
        select["results"], {}
    )
    item = properties(dereference(items(results), models))
    field = item.get(outputs["field"])
    if field is None or not is_json_text(field):
        yield source.diagnostic(
            "/emulator/outputs/field",
            f"{outputs['field']!r} is not a JSON-text field of the items of "
            f"{select['results']}",
        )
        return
    content = dereference(content_schema(field), models)
    listed = properties(dereference(items(content), models))
    if type_of(content) != "array" or outputs["url"] not in listed:
        yield source.diagnostic(
            "/emulator/outputs/url",
            f"the JSON text of {outputs['field']} must be a list of objects with a "
            f"field {outputs['url']!r}",
        )


def _key_template(
    source: SourceFile, pointer: str, template: str, own: tuple[str, ...]
) -> Iterator[Diagnostic]:
    """A key template's placeholders are record field names (or the rule's own)."""
    stray = _PLACEHOLDER.sub("", template)
    if "{" in stray or "}" in stray:
        yield source.diagnostic(pointer, "unbalanced braces in the key template")
    for found in _PLACEHOLDER.finditer(template):
        name = found.group(1)
        if name not in own and not _NAME.fullmatch(name):
            yield source.diagnostic(pointer, f"{{{name}}} is not a record field name")
