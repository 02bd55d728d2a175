"""Plan an operation's upload method (`upload` in its spec): the runtime facts (`Upload`)
written into its `OPERATION`, and what the client method takes.

Specs name parameters and fields by wire names; the runtime reads arguments and parsed models,
so every name is turned into its Python name here, through the very models the module defines
(the address and the credentials are JSON text: their content models).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..python import names
from ..python.layout import call
from ..python.literals import py_literal
from ..spec.model import Operation, Service
from .types import FieldView, ModelView, ModuleTypes

_CONTENT = ("_m.JsonText[", "_m.Base64JsonText[")


@dataclass(frozen=True)
class UploadView:
    method_name: str
    fact: str  # `upload=Upload(...)`, an argument of OPERATION
    file_name: str  # the argument naming the file: optional in the method
    file_size: str | None  # the argument the method fills itself
    summary: str  # one line for docs: what the method does


def _field(model: ModelView, wire_name: str) -> FieldView:
    """A field of a model by its wire name (the checks have proved it is there)."""
    return next(f for f in model.fields if f.wire_literal == py_literal(wire_name))


def _content(field: FieldView, types: ModuleTypes, shared: ModuleTypes) -> ModelView:
    """The model a JSON-text field decodes to."""
    hint = field.type.hint
    for prefix in _CONTENT:
        hint = hint.removeprefix(prefix)
    hint = hint.removesuffix("]")
    found = types.models.get(hint) or shared.models.get(hint)
    assert found is not None, f"{field.wire_name}'s JSON text is not a model"
    return found


def upload_view(
    operation: Operation,
    service: Service,
    types: ModuleTypes,
    shared: ModuleTypes,
    response_class: str | None,
) -> UploadView | None:
    upload = operation.upload
    if upload is None or response_class is None:
        return None
    response = types.models[response_class]

    def argument(wire_name: str, op: Operation = operation) -> str:
        parameter = next(p for p in op.parameters if p.name == wire_name)
        return str(names.attribute_name(parameter.name, parameter.python_name))

    address = _field(response, upload.address.field)
    inside = _content(address, types, shared)
    facts = [f"file_name={py_literal(argument(upload.file_name))}"]
    file_size = argument(upload.file_size) if upload.file_size else None
    facts.append(f"file_size={py_literal(file_size)}")
    facts.append(f"address={py_literal(str(address.python_name))}")
    for role in ("endpoint", "bucket", "key"):
        inner = _field(inside, getattr(upload.address, role))
        facts.append(f"{role}={py_literal(str(inner.python_name))}")
    credentials = _field(response, upload.credentials.field)
    inside = _content(credentials, types, shared)
    facts.append(f"credentials={py_literal(str(credentials.python_name))}")
    for role in (
        "access_key_id",
        "access_key_secret",
        "security_token",
        "expires_at",
        "lifetime",
    ):
        wire_name = getattr(upload.credentials, role)
        if wire_name is not None:
            inner = _field(inside, wire_name)
            facts.append(f"{role}={py_literal(str(inner.python_name))}")
    summary = (
        f"Call {operation.name} for an upload address and temporary credentials, then "
        "upload the file to OSS with them (multipart and parallel when large)"
    )
    if upload.refresh_operation is not None:
        refresh = next(
            op for op in service.operations if op.name == upload.refresh_operation
        )
        facts.append(f"refresh={py_literal(str(names.module_name(refresh.name)))}")
        passed = {
            argument(wire_name, refresh): str(_field(response, field).python_name)
            for wire_name, field in upload.refresh_parameters
        }
        facts.append(f"refresh_arguments={py_literal(passed)}")
        summary += f", renewing them with {refresh.name} when they expire"
    return UploadView(
        method_name=upload.method,
        fact=call("upload=Upload(", facts, ")", indent=4),
        file_name=argument(upload.file_name),
        file_size=file_size,
        summary=summary + f"; return {operation.name}'s response.",
    )
