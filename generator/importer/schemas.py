"""Vendor schema -> our data schema (the JSON Schema subset of `schema.schema.json`).

Each keyword is mapped on purpose; anything else the vendor writes (`docRequired`,
`enumValueTitles`, `readOnly`, ...) is dropped and counted, so the report can say what was lost.
Policies worth knowing (the README says the same):
- values written as strings (`"minimum": "1"`, `"example": "20"`) are coerced only when lossless;
- `example` becomes `examples: [value]`; `enumValueTitles` is prose for the docs, not an enum;
- a `required: true` on a property moves into its parent's `required` list on the request side,
  and is dropped on the response side: the vendor marks response fields inconsistently, and a
  response that lacks one must still be read, not rejected;
- `format` survives only when our enum knows it and it fits the type; a response string whose
  example is a full RFC 3339 timestamp gets `format: date-time` (`inferred` records where, so a
  golden response that disagrees can take it back);
- `title` survives only as a class name: a PascalCase identifier on an object or on a string enum.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .coerce import NotCoercible, to_count, to_number, to_type

Schema = dict[str, Any]
Side = Literal["request", "response"]

COMPONENT_PREFIX = "#/components/schemas/"
MODEL_PREFIX = "#/models/"
MODEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_TYPES = {"string", "integer", "number", "boolean", "object", "array"}
# Type names seen in other generators' metadata, mapped to what they mean.
_TYPE_ALIASES = {
    "int": "integer",
    "long": "integer",
    "double": "number",
    "float": "number",
    "bool": "boolean",
    "map": "object",
    "list": "array",
}
_FORMATS = {
    "integer": {"int32", "int64"},
    "number": {"float", "double"},
    "string": {"date-time", "byte", "binary", "uri", "email"},
}
_NUMERIC = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_COUNTS = {"string": ("minLength", "maxLength"), "array": ("minItems", "maxItems")}
_LIMIT_PAIRS = (
    ("minimum", "maximum"),
    ("minLength", "maxLength"),
    ("minItems", "maxItems"),
)
# Keywords read on purpose below; every other vendor keyword is counted as dropped.
_READ = {
    "$ref",
    "type",
    "format",
    "title",
    "description",
    "deprecated",
    "example",
    "default",
    "enum",
    "pattern",
    "uniqueItems",
    "properties",
    "items",
    "additionalProperties",
    "required",
    *_NUMERIC,
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
}


class Unsupported(Exception):
    """A schema the spec format cannot express: the operation that holds it is skipped."""


@dataclass
class Converter:
    """Converts the schemas of one document (an operation, or the service's models)."""

    components: Mapping[str, Any]
    where: str
    warnings: list[str]
    dropped: Counter[str] = field(default_factory=Counter)
    refs: set[str] = field(default_factory=set)
    inferred: list[Schema] = field(default_factory=list)

    def convert(
        self, vendor: Any, path: str, side: Side, *, keep_required: bool
    ) -> Schema:
        if not isinstance(vendor, dict):
            raise Unsupported(
                f"{path}: a schema must be an object, not {type(vendor).__name__}"
            )
        if "$ref" in vendor:
            return self._ref(vendor, path)
        kind = self._type(vendor, path)
        out: Schema = {}
        if kind is not None:
            out["type"] = kind
        self._annotations(vendor, kind, out)
        self._values(vendor, kind, path, side, out)
        self._limits(vendor, kind, path, out)
        if kind in (None, "object"):
            self._object(vendor, path, side, keep_required, out)
        if kind in (None, "array") and isinstance(vendor.get("items"), dict):
            out["items"] = self.convert(
                vendor["items"], f"{path}[]", side, keep_required=keep_required
            )
        self.dropped.update(key for key in vendor if key not in _READ)
        return out

    def _ref(self, vendor: Schema, path: str) -> Schema:
        ref = vendor["$ref"]
        name = ref.removeprefix(COMPONENT_PREFIX) if isinstance(ref, str) else ""
        if (
            not (isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX))
            or name not in self.components
        ):
            raise Unsupported(
                f"{path}: $ref {ref!r} names no shared model of this product"
            )
        if not MODEL_NAME.fullmatch(name):
            raise Unsupported(
                f"{path}: shared model name {name!r} is not an identifier"
            )
        self.refs.add(name)
        out: Schema = {"$ref": MODEL_PREFIX + name}
        description = clean_text(vendor.get("description"))
        if description:
            out["description"] = description
        if vendor.get("deprecated") is True:
            out["deprecated"] = True
        # `required` belongs to the parent (or the parameter), which reads it.
        kept = ("$ref", "description", "deprecated", "required")
        self.dropped.update(key for key in vendor if key not in kept)
        return out

    def _type(self, vendor: Schema, path: str) -> str | None:
        kind = vendor.get("type")
        if kind is None or kind == "any":
            # No type but properties or items: the vendor left out the obvious.
            if "properties" in vendor:
                return "object"
            return "array" if "items" in vendor else None
        if not isinstance(kind, str):
            raise Unsupported(f"{path}: type {kind!r} is not supported")
        if kind in _TYPE_ALIASES:
            self.warnings.append(
                f"{self.where}: {path}: type {kind!r} read as {_TYPE_ALIASES[kind]!r}"
            )
            return _TYPE_ALIASES[kind]
        if kind not in _TYPES:
            raise Unsupported(f"{path}: type {kind!r} is not supported")
        return kind

    def _annotations(self, vendor: Schema, kind: str | None, out: Schema) -> None:
        title = vendor.get("title")
        names_class = kind == "object" or (kind == "string" and "enum" in vendor)
        if names_class and isinstance(title, str) and _CLASS_NAME.fullmatch(title):
            out["title"] = title
        description = clean_text(vendor.get("description"))
        if description:
            out["description"] = description
        if vendor.get("deprecated") is True:
            out["deprecated"] = True
        fmt = vendor.get("format")
        if kind is not None and fmt in _FORMATS.get(kind, ()):
            out["format"] = fmt
        elif fmt is not None:
            self.dropped[f"format={fmt}"] += 1

    def _values(
        self, vendor: Schema, kind: str | None, path: str, side: Side, out: Schema
    ) -> None:
        enum = vendor.get("enum")
        if isinstance(enum, list) and enum:
            try:
                values = [to_type(value, kind) for value in enum]
            except NotCoercible as exc:
                self.warnings.append(f"{self.where}: {path}: enum dropped ({exc})")
            else:
                unique = [v for i, v in enumerate(values) if v not in values[:i]]
                if all(isinstance(v, (str, int, float, bool)) for v in unique):
                    out["enum"] = unique
        if "default" in vendor:
            try:
                out["default"] = to_type(vendor["default"], kind)
            except NotCoercible:
                self.dropped["default (not of its type)"] += 1
        if vendor.get("example") not in (None, ""):
            try:
                example = to_type(vendor["example"], kind)
            except NotCoercible:
                self.dropped["example (not of its type)"] += 1
            else:
                out["examples"] = [example]
                if (
                    side == "response"
                    and kind == "string"
                    and "format" not in out
                    and "enum" not in out
                    and _RFC3339.fullmatch(example)
                ):
                    out["format"] = "date-time"
                    self.inferred.append(out)

    def _limits(self, vendor: Schema, kind: str | None, path: str, out: Schema) -> None:
        if kind in (None, "integer", "number"):
            for key in _NUMERIC:
                value = vendor.get(key)
                if isinstance(
                    value, bool
                ):  # OpenAPI 3.0 spelling: a flag beside minimum/maximum
                    continue
                if value is not None:
                    try:
                        out[key] = to_number(value)
                    except NotCoercible:
                        self.dropped[f"{key} (not a number)"] += 1
            for flag, bound in (
                ("exclusiveMinimum", "minimum"),
                ("exclusiveMaximum", "maximum"),
            ):
                if vendor.get(flag) is True and bound in out:
                    out[flag] = out.pop(bound)
        for key in _COUNTS.get(kind or "", ()):
            if key in vendor:
                try:
                    out[key] = to_count(vendor[key])
                except NotCoercible:
                    self.dropped[f"{key} (not a count)"] += 1
        if kind == "string" and isinstance(vendor.get("pattern"), str):
            try:
                re.compile(vendor["pattern"])
                out["pattern"] = vendor["pattern"]
            except re.error:
                self.dropped["pattern (not a regular expression)"] += 1
        if kind == "array" and isinstance(vendor.get("uniqueItems"), bool):
            out["uniqueItems"] = vendor["uniqueItems"]
        for low, high in _LIMIT_PAIRS:
            if low in out and high in out and out[low] > out[high]:
                self.warnings.append(
                    f"{self.where}: {path}: {low} {out[low]} > {high} {out[high]}: both dropped"
                )
                del out[low], out[high]

    def _object(
        self, vendor: Schema, path: str, side: Side, keep_required: bool, out: Schema
    ) -> None:
        properties = vendor.get("properties")
        if isinstance(properties, dict) and properties:
            converted: Schema = {}
            required: list[str] = []
            for name, child in properties.items():
                if not isinstance(name, str) or not name:
                    raise Unsupported(f"{path}: a property has no name")
                converted[name] = self.convert(
                    child, f"{path}.{name}", side, keep_required=keep_required
                )
                if (
                    keep_required
                    and isinstance(child, dict)
                    and child.get("required") is True
                ):
                    required.append(name)
            out["properties"] = converted
            if required:
                out["required"] = required
        extra = vendor.get("additionalProperties")
        if isinstance(extra, bool):
            out["additionalProperties"] = extra
        elif isinstance(extra, dict):
            out["additionalProperties"] = self.convert(
                extra, f"{path}{{}}", side, keep_required=keep_required
            )


def clean_text(value: Any) -> str | None:
    """Prose as it reads: line ends normalised (a bare CR would end a comment in generated code)."""
    if not isinstance(value, str):
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None
