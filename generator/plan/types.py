"""How a data schema becomes Python: a type hint, and the classes it needs.

One function per schema kind; each returns a `TypeRef` that knows its own hint, so templates never
compute types. The hint is all the runtime needs: it derives each field's converter from the
annotation. Models and enums found on the way are collected in a `ModuleTypes`.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ..python import names
from ..python.layout import assignment, call
from ..python.literals import docstring, py_literal
from ..spec.model import Service
from ..spec.schema import (
    Schema,
    content_schema,
    is_base64,
    is_date_time,
    is_json_text,
    is_secret,
    items,
    model_name,
    properties,
    type_of,
)

SHARED_MODULE = "_shared"
_ENUM_DOC = '"""Known values; others are kept as pseudo-members (is_known is False)."""'
_MODEL_DOC = '"""A model of the response."""'


@dataclass(frozen=True)
class TypeRef:
    hint: str  # e.g. "list[AIImageJob]"


@dataclass(frozen=True)
class FieldView:
    python_name: names.PythonIdentifier
    wire_literal: str
    type: TypeRef
    doc: str | None
    wire_name: str = ""
    # The field's schema as written, for the reference docs (its limits, enum values, text).
    schema: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    header: bool = False  # OSS: read from a response header (`_m.header`)
    secret: bool = False  # a credential: left out of the model's repr

    @property
    def declaration(self) -> str:
        """`name: Hint | None = _m.wire("Wire")`, laid out as black would, at class level."""
        target = f"{self.python_name}: {self.type.hint} | None"
        declare = "_m.header(" if self.header else "_m.wire("
        arguments = [self.wire_literal] + (["secret=True"] if self.secret else [])
        return assignment(target, declare, arguments, ")", indent=4)


@dataclass(frozen=True)
class ModelView:
    class_name: names.ClassName
    doc: str
    fields: tuple[FieldView, ...]
    description: str | None = None  # as written, for the reference docs
    base: str = "_m.Model"  # `_m.BinaryResponse` for a response whose body is bytes

    @property
    def class_line(self) -> str:
        return call(f"class {self.class_name}(", [self.base], "):", indent=0)


@dataclass(frozen=True)
class EnumMember:
    name: names.PythonIdentifier
    value_literal: str


@dataclass(frozen=True)
class EnumView:
    class_name: names.ClassName
    doc: str
    members: tuple[EnumMember, ...]


# What a generated models module imports (`modules.module_imports` writes those lines): no model
# or enum of a module may take one of these names, or its class would shadow the import.
IMPORTED_NAMES = frozenset(
    {
        "Any",
        "AsyncIterable",
        "IO",
        "Iterable",
        "Mapping",
        "OperationInfo",
        "Pager",
        "Sequence",
        "Upload",
        "Waiter",
        "datetime",
    }
)


def imported_names(service: Service) -> frozenset[str]:
    """What the service's model modules may import: `IMPORTED_NAMES`, but `Upload` only where
    an operation has an upload (OSS's own `Upload` model keeps its name)."""
    if any(operation.upload is not None for operation in service.operations):
        return IMPORTED_NAMES
    return IMPORTED_NAMES - {"Upload"}


@dataclass
class ModuleTypes:
    """The models and enums of one generated module, in the order they were found."""

    models: dict[str, ModelView] = field(default_factory=dict)
    enums: dict[str, EnumView] = field(default_factory=dict)
    shared_used: set[str] = field(default_factory=set)
    uses_datetime: bool = False
    uses_json_text: bool = False
    # The class of each shared model (`$ref: '#/models/<name>'`): its name, unless taken.
    ref_classes: dict[str, names.ClassName] = field(default_factory=dict)
    # The names the module may import (see `imported_names`): no class of it may take one.
    imported: frozenset[str] = IMPORTED_NAMES
    _schemas: dict[str, int] = field(default_factory=dict)
    _reserved: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self._reserved.update(self.imported)

    def reserve(self, *class_names: str) -> None:
        self._reserved.update(class_names)

    def claim(
        self, wanted: str | Naming, schema: Schema
    ) -> tuple[names.ClassName, bool]:
        """A class name for `schema`, and whether it still needs defining (same schema, same class).

        The first of the naming's candidates that is free wins; if none is, the last one gets a
        number. The same schema always gets back the class it was given.
        """
        candidates: list[str] = [
            names.class_name(c)
            for c in (wanted.candidates if isinstance(wanted, Naming) else (wanted,))
        ]
        numbered = (f"{candidates[-1]}{n}" for n in itertools.count(2))
        for candidate in itertools.chain(candidates, numbered):
            owner = self._schemas.get(candidate)
            if owner == id(schema):
                return names.ClassName(candidate), False
            if owner is None and candidate not in self._reserved:
                self._schemas[candidate] = id(schema)
                return names.ClassName(candidate), True
        raise AssertionError("the numbered names never run out")


@dataclass(frozen=True)
class Naming:
    """How to name a model found inside another: after its property alone when that name is free
    in the module (`UsageData`), else qualified by where it sits (`DescribeXResponseUsageData`).
    """

    short: str
    qualified: str

    @property
    def candidates(self) -> tuple[str, ...]:
        return (self.short, self.qualified)

    def suffixed(self, suffix: str) -> Naming:
        return Naming(self.short + suffix, self.qualified + suffix)

    def __str__(self) -> str:
        return self.qualified


def type_for(
    schema: Schema, context: str | Naming, module: ModuleTypes, *, shared: bool = False
) -> TypeRef:
    """The Python type of values described by `schema`; `context` names anonymous models."""
    shared_model = model_name(schema)
    if shared_model is not None:
        model = module.ref_classes.get(shared_model) or names.class_name(shared_model)
        if not shared:
            module.shared_used.add(model)
        return TypeRef(model)
    kind = type_of(schema)
    if kind == "string":
        return _string_type(schema, context, module)
    if kind == "integer":
        return TypeRef("int")
    if kind == "number":
        return TypeRef("float")
    if kind == "boolean":
        return TypeRef("bool")
    if kind == "array":
        item = type_for(
            items(schema), _suffixed(context, "Item"), module, shared=shared
        )
        return TypeRef(f"list[{item.hint}]")
    if kind == "object" or "properties" in schema:
        if not properties(schema):
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                value = type_for(
                    extra, _suffixed(context, "Value"), module, shared=shared
                )
                return TypeRef(f"dict[str, {value.hint}]")
            return TypeRef("dict[str, Any]")
        model = model_for(schema, schema.get("title", context), module, shared=shared)
        return TypeRef(model)
    return TypeRef("Any")


def _suffixed(context: str | Naming, suffix: str) -> str | Naming:
    return context.suffixed(suffix) if isinstance(context, Naming) else context + suffix


def _string_type(schema: Schema, context: str | Naming, module: ModuleTypes) -> TypeRef:
    if is_json_text(schema):
        module.uses_json_text = True
        content = type_for(
            content_schema(schema), _suffixed(context, "Content"), module
        )
        kind = "Base64JsonText" if is_base64(schema) else "JsonText"
        return TypeRef(f"_m.{kind}[{content.hint}]")
    if is_date_time(schema):
        module.uses_datetime = True
        return TypeRef("datetime")
    values = schema.get("enum")
    if values and all(isinstance(value, str) for value in values):
        # Enums keep their qualified name: `Status` alone would say little.
        return TypeRef(enum_for(schema, schema.get("title", str(context)), module))
    return TypeRef("str")


def enum_for(schema: Schema, wanted: str, module: ModuleTypes) -> names.ClassName:
    class_name, new = module.claim(wanted, schema)
    if new:
        members: dict[str, EnumMember] = {}
        for value in schema["enum"]:
            member = names.constant_name(value)
            while member in members or member == "UNKNOWN":
                member = names.PythonIdentifier(f"{member}_")
            members[member] = EnumMember(member, py_literal(value))
        doc = docstring(schema.get("description")) or _ENUM_DOC
        module.enums[class_name] = EnumView(class_name, doc, tuple(members.values()))
    return class_name


def model_for(
    schema: Schema,
    wanted: str | Naming,
    module: ModuleTypes,
    *,
    shared: bool = False,
    headers: Collection[str] = (),
    base: str = "_m.Model",
) -> names.ClassName:
    """The class of an object schema; `headers` names the properties read from response
    headers (OSS), `base` the class it derives from."""
    class_name, new = module.claim(wanted, schema)
    if not new:
        return class_name
    if (
        not shared and model_name(schema) is not None
    ):  # a shared model: derive its class
        base = type_for(schema, class_name, module, shared=shared).hint
    module.models[class_name] = None  # type: ignore[assignment]  # keeps discovery order
    fields = []
    for wire_name, child in properties(schema).items():
        short = names.class_name(wire_name)
        child_context = child.get("title") or Naming(short, f"{class_name}{short}")
        fields.append(
            FieldView(
                python_name=names.attribute_name(wire_name, child.get("pythonName")),
                wire_literal=py_literal(wire_name),
                type=type_for(child, child_context, module, shared=shared),
                doc=docstring(child.get("description")),
                wire_name=wire_name,
                schema=child,
                header=wire_name in headers,
                secret=is_secret(child),
            )
        )
    module.models[class_name] = ModelView(
        class_name,
        docstring(schema.get("description")) or _MODEL_DOC,
        tuple(fields),
        schema.get("description"),
        base,
    )
    return class_name


def describes_model(schema: Schema) -> bool:
    """Whether `schema` is read into a model: a shared model, or an object."""
    return (
        model_name(schema) is not None
        or type_of(schema) == "object"
        or "properties" in schema
    )


_JSON_SCALARS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def json_hint(schema: Schema) -> str:
    """The type of the decoded JSON a schema without a model describes."""
    kind = type_of(schema)
    if kind in _JSON_SCALARS:
        return _JSON_SCALARS[kind]
    if kind == "array":
        return f"list[{json_hint(items(schema))}]"
    return "Any"
