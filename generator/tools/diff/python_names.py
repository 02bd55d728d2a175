"""The Python names consumers type, compared: the client method, the models module, request and
response classes, batch methods, arguments, model and enum classes with their attributes and
members.
"""

from __future__ import annotations

import json

from ...plan.types import ModuleTypes
from ...plan.views import OperationView
from .renames import renames
from .report import BREAKING, COMPATIBLE, Add


def compare_operation_names(
    old: OperationView, new: OperationView, package: str, add: Add
) -> None:
    """Names consumers type: the client method, the models module, classes, attributes."""
    for label, was, now in [
        ("client method", old.method_name, new.method_name),
        ("models module", old.module_name, new.module_name),
        ("request class", old.request_class, new.request_class),
        ("response class", old.response_class, new.response_class),
        ("batch method", _batch_name(old), _batch_name(new)),
    ]:
        if was == now:
            continue
        if now is None:
            add(BREAKING, "python-name-removed", label, f"{was} removed")
        elif was is None:
            add(COMPATIBLE, "python-name-added", label, f"{now} added")
        else:
            add(BREAKING, "python-name-changed", label, f"{was} renamed to {now}")
    after = {p.wire_name: p for p in new.params}
    for param in old.params:
        now_param = after.get(param.wire_name)
        if now_param is not None and now_param.python_name != param.python_name:
            add(
                BREAKING,
                "python-name-changed",
                f"parameter {param.wire_name}",
                f"argument {param.python_name} renamed to {now_param.python_name}",
            )
    compare_classes(old.types, new.types, f"{package}.models.{new.module_name}", add)


def _batch_name(view: OperationView) -> str | None:
    return None if view.batch is None else str(view.batch.method_name)


def compare_classes(old: ModuleTypes, new: ModuleTypes, module: str, add: Add) -> None:
    """Model and enum classes a models module exports, their attributes and members."""
    removed = {
        name: _class_shape(old, name)
        for name in [*old.models, *old.enums]
        if name not in new.models and name not in new.enums
    }
    added = {
        name: _class_shape(new, name)
        for name in [*new.models, *new.enums]
        if name not in old.models and name not in old.enums
    }
    renamed = renames(removed, added, similar=False)
    for name in removed:
        if name in renamed:
            add(
                BREAKING,
                "python-name-changed",
                f"class {name}",
                f"renamed to {renamed[name]} in {module}",
            )
        else:
            add(BREAKING, "python-name-removed", f"class {name}", f"gone from {module}")
    for name, model in old.models.items():
        if name in new.models:
            _renamed_inside(
                name,
                "attribute",
                [(f.wire_literal, f.python_name) for f in model.fields],
                [(f.wire_literal, f.python_name) for f in new.models[name].fields],
                add,
            )
    for name, enum in old.enums.items():
        if name in new.enums:
            _renamed_inside(
                name,
                "member",
                [(m.value_literal, m.name) for m in enum.members],
                [(m.value_literal, m.name) for m in new.enums[name].members],
                add,
            )


def _renamed_inside(
    name: str,
    what: str,
    before: list[tuple[str, str]],
    after: list[tuple[str, str]],
    add: Add,
) -> None:
    """Attributes (or members) of class `name` whose wire name (or value) is kept and whose
    Python name is not: (wire, Python name) pairs on each side."""
    now_by_wire = dict(after)
    for wire, was in before:
        now = now_by_wire.get(wire)
        if now is not None and now != was:
            add(
                BREAKING,
                "python-name-changed",
                f"class {name}",
                f"{what} {was} renamed to {now}",
            )


def _class_shape(types: ModuleTypes, name: str) -> str:
    if name in types.models:
        return json.dumps([f.wire_literal for f in types.models[name].fields])
    return json.dumps(["enum", *(m.value_literal for m in types.enums[name].members)])
