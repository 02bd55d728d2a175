"""Schemas compared, request or response side: the type that decides the Python type, limits
(tightened or loosened), enum values, documentation, items, JSON content and properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...spec.schema import (
    Schema,
    content_schema,
    is_base64,
    is_json_text,
    is_reference,
    items,
    model_name,
    properties,
)
from .renames import match, schema_shape
from .report import BREAKING, COMPATIBLE, DOCUMENTATION, Add


@dataclass(frozen=True)
class Direction:
    """Which way values travel: a request's limits bind the consumer, a response's do not."""

    request: bool


REQUEST, RESPONSE = Direction(True), Direction(False)
SHARED = REQUEST  # shared models may travel either way: judged as strictly as a request

# Limit keywords, and whether a higher value narrows what is allowed.
_UPPER_LIMITS = ("maxLength", "maxBytes", "maximum", "exclusiveMaximum", "maxItems")
_LOWER_LIMITS = ("minLength", "minimum", "exclusiveMinimum", "minItems")
_PYTHON_FORMATS = ("date-time", "binary")  # formats that change the Python type


def compare_schema(
    old: Schema, new: Schema, where: str, direction: Direction, add: Add
) -> None:
    before, after = _type_label(old), _type_label(new)
    if before != after:
        add(BREAKING, "type-changed", where, f"type {before} -> {after}")
        return  # what lies beneath a different type says little more
    if is_reference(old):
        return  # compared once, under the service's models
    _compare_limits(old, new, where, direction, add)
    _compare_enum(old, new, where, direction, add)
    for key in ("description", "examples"):
        if old.get(key) != new.get(key):
            add(DOCUMENTATION, "documentation-changed", where, f"{key} changed")
    if "items" in old or "items" in new:
        compare_schema(items(old), items(new), f"{where}[]", direction, add)
    if "contentSchema" in old or "contentSchema" in new:
        compare_schema(
            content_schema(old),
            content_schema(new),
            f"{where}(JSON)",
            direction,
            add,
        )
    old_extra = old.get("additionalProperties")
    new_extra = new.get("additionalProperties")
    if isinstance(old_extra, dict) and isinstance(new_extra, dict):
        compare_schema(old_extra, new_extra, f"{where}{{}}", direction, add)
    _compare_properties(old, new, where, direction, add)


def _type_label(schema: Schema) -> str:
    """What decides the Python type: the JSON type, and the few formats that change it."""
    if is_reference(schema):
        return f"model {model_name(schema)}"
    kind = schema.get("type", "object" if "properties" in schema else "any")
    label = "|".join(kind) if isinstance(kind, list) else str(kind)
    if is_json_text(schema):
        encoded = "base64 of " if is_base64(schema) else ""
        return f"{encoded}JSON text ({label})"
    if schema.get("format") in _PYTHON_FORMATS:
        return f"{label} ({schema['format']})"
    return label


def _compare_limits(
    old: Schema, new: Schema, where: str, direction: Direction, add: Add
) -> None:
    def report(tightened: bool, text: str) -> None:
        if tightened and direction.request:
            add(BREAKING, "limit-tightened", where, text)
        else:
            add(
                COMPATIBLE,
                "limit-tightened" if tightened else "limit-loosened",
                where,
                text,
            )

    for key in (*_UPPER_LIMITS, *_LOWER_LIMITS):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        upper = key in _UPPER_LIMITS
        if was is None:
            report(True, f"{key} {now} added")
        elif now is None:
            report(False, f"{key} {was} removed")
        elif (now < was) == upper:
            report(
                True, f"{key} {'lowered' if upper else 'raised'} from {was} to {now}"
            )
        else:
            report(
                False, f"{key} {'raised' if upper else 'lowered'} from {was} to {now}"
            )
    for key in ("pattern", "multipleOf"):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        if was is None:
            report(True, f"{key} {now!r} added")
        elif now is None:
            report(False, f"{key} {was!r} removed")
        else:
            report(True, f"{key} changed from {was!r} to {now!r}")
    if not old.get("uniqueItems") and new.get("uniqueItems"):
        report(True, "items must now be unique")
    elif old.get("uniqueItems") and not new.get("uniqueItems"):
        report(False, "items need no longer be unique")


def _compare_enum(
    old: Schema, new: Schema, where: str, direction: Direction, add: Add
) -> None:
    was, now = old.get("enum"), new.get("enum")
    if was == now:
        return
    if was is None:
        # A request now limited to a list; a response now read into an enum (a str subclass).
        effect = BREAKING if direction.request else COMPATIBLE
        add(effect, "limit-tightened", where, f"now limited to {_values(now or [])}")
        return
    if now is None:
        # A response's enum class disappears with its members.
        effect = COMPATIBLE if direction.request else BREAKING
        add(effect, "limit-loosened", where, f"no longer limited to {_values(was)}")
        return
    for value in was:
        if value not in now:
            add(BREAKING, "enum-value-removed", where, f"enum value {value!r} removed")
    for value in now:
        if value not in was:
            add(COMPATIBLE, "enum-value-added", where, f"enum value {value!r} added")


def _values(values: list[Any]) -> str:
    return "[" + ", ".join(repr(v) for v in values) + "]"


def _compare_properties(
    old: Schema, new: Schema, where: str, direction: Direction, add: Add
) -> None:
    before: Mapping[str, Schema] = properties(old)
    after: Mapping[str, Schema] = properties(new)
    matched = match(before, after, schema_shape)
    renamed = matched.renamed
    for name, schema in before.items():
        subject = f"{where}.{name}"
        if name in renamed:
            add(BREAKING, "field-renamed", subject, f"renamed to {renamed[name]}")
        elif name in matched.removed:
            add(BREAKING, "field-removed", subject, "removed")
        else:
            compare_schema(schema, after[name], subject, direction, add)
    for name in after:
        if matched.is_new(name):
            add(COMPATIBLE, "field-added", f"{where}.{name}", "added")
    was_required = set(old.get("required", []))
    now_required = set(new.get("required", []))
    for name in sorted(now_required - was_required):
        effect = BREAKING if direction.request else DOCUMENTATION
        add(effect, "property-required", f"{where}.{name}", "now required")
    for name in sorted(was_required - now_required):
        effect = COMPATIBLE if direction.request else DOCUMENTATION
        add(effect, "property-optional", f"{where}.{name}", "now optional")
