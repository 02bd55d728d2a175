"""Request parameters compared by wire name: removed, renamed (compatible when only the wire
name changed), added, made required or optional, moved, and their schemas.
"""

from __future__ import annotations

from ...python import names
from ...spec.model import Parameter
from .renames import match, parameter_shape
from .report import BREAKING, COMPATIBLE, DOCUMENTATION, Add
from .schemas import REQUEST, compare_schema


def compare_parameters(
    old: tuple[Parameter, ...], new: tuple[Parameter, ...], add: Add
) -> None:
    before, after = {p.name: p for p in old}, {p.name: p for p in new}
    matched = match(before, after, parameter_shape)
    renamed = matched.renamed
    for name, param in before.items():
        subject = f"parameter {name}"
        if name in renamed:
            was, now = _argument(param), _argument(after[renamed[name]])
            if was == now:  # consumers pass the same argument: only the wire changed
                detail = f"sent as {renamed[name]} (the argument stays {was})"
                add(COMPATIBLE, "parameter-renamed", subject, detail)
            else:
                detail = f"renamed to {renamed[name]} (argument {was} -> {now})"
                add(BREAKING, "parameter-renamed", subject, detail)
        elif name in matched.removed:
            add(BREAKING, "parameter-removed", subject, "removed")
        else:
            _compare_parameter(param, after[name], subject, add)
    for name, param in after.items():
        if matched.is_new(name):
            if param.required:
                add(
                    BREAKING,
                    "parameter-added",
                    f"parameter {name}",
                    "added, required",
                )
            else:
                add(
                    COMPATIBLE,
                    "parameter-added",
                    f"parameter {name}",
                    "added, optional",
                )


def _compare_parameter(old: Parameter, new: Parameter, subject: str, add: Add) -> None:
    if not old.required and new.required:
        add(BREAKING, "parameter-required", subject, "now required")
    elif old.required and not new.required:
        add(COMPATIBLE, "parameter-optional", subject, "now optional")
    if (old.location, old.style) != (new.location, new.style):
        add(
            COMPATIBLE,
            "parameter-location-changed",
            subject,
            f"sent in {_placement(old)} -> {_placement(new)}",
        )
    if old.deprecated != new.deprecated:
        detail = "deprecated" if new.deprecated else "no longer deprecated"
        add(DOCUMENTATION, "deprecated", subject, detail)
    if old.description != new.description:
        add(DOCUMENTATION, "documentation-changed", subject, "description changed")
    if old.example != new.example:
        add(DOCUMENTATION, "documentation-changed", subject, "example changed")
    compare_schema(old.schema, new.schema, subject, REQUEST, add)


def _argument(parameter: Parameter) -> str:
    return names.attribute_name(parameter.name, parameter.python_name)


def _placement(parameter: Parameter) -> str:
    style = f" ({parameter.style})" if parameter.style else ""
    return f"{parameter.location}{style}"
