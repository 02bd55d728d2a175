"""Plan an operation's request parameters: each one's type hint, its `_p.param(...)` field with
the spec's limits, its method argument, and an example value for READMEs and tests.
"""

from __future__ import annotations

from typing import Any

from ..python import names
from ..python.layout import assignment
from ..python.literals import docstring, py_literal
from ..spec.model import Operation, Parameter
from ..spec.schema import (
    Schema,
    is_base64,
    is_binary,
    is_json_text,
    is_reference,
    items,
    properties,
    type_of,
)
from .types import ModuleTypes, model_for
from .views import ParamView

_SCALAR_HINTS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def _request_hint(schema: Schema) -> str:
    kind = type_of(schema)
    if kind in _SCALAR_HINTS:
        return _SCALAR_HINTS[kind]
    if kind == "array":
        return f"Sequence[{_request_hint(items(schema))}]"
    if kind == "object" or is_reference(schema):
        return "Mapping[str, Any]"
    return "Any"


def _body_hint(
    parameter: Parameter, operation: Operation, types: ModuleTypes, oss: bool
) -> str:
    """A body's type: bytes or a binary file (OSS: or an iterator of bytes), text, or data (a
    typed model, or a mapping)."""
    schema = parameter.schema
    if type_of(schema) == "string" and is_binary(schema) and oss:
        return "bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]"
    if type_of(schema) == "string":
        return "bytes | IO[bytes]" if is_binary(schema) else "str"
    if properties(schema):
        model = model_for(schema, f"{operation.name}Body", types)
        return f"{model} | Mapping[str, Any]"
    return _request_hint(schema)


_LIMITS = {
    "enum": "enum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "maxBytes": "max_bytes",
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _limit_arguments(schema: Schema) -> list[str]:
    """`_p.param` keyword arguments for a schema's limits (types come from the annotation)."""
    arguments = []
    for key, argument in _LIMITS.items():
        if key in schema:
            value = tuple(schema[key]) if key == "enum" else schema[key]
            arguments.append(f"{argument}={py_literal(value)}")
    if is_json_text(schema) and not is_base64(schema):  # base64 is not checked
        arguments.append("json_text=True")
    if type_of(schema) == "array" and "items" in schema:
        item_limits = _limit_arguments(schema["items"])
        if item_limits:
            arguments.append(f"items=_p.Rule({', '.join(item_limits)})")
    return arguments


def _param_declaration(
    parameter: Parameter, python_name: str, hint: str, style: str | None
) -> str:
    """`name: hint = _p.param("Wire", ...)`, laid out as black would, at class level."""
    arguments = [py_literal(parameter.name)]
    if not parameter.required:
        hint = f"{hint} | None"
        arguments.append("default=None")
    if parameter.location != "query":
        arguments.append(f"location={py_literal(parameter.location)}")
    if style is not None:
        arguments.append(f"style={py_literal(style)}")
    arguments += _limit_arguments(parameter.schema)
    return assignment(f"{python_name}: {hint}", "_p.param(", arguments, ")", indent=4)


def param_view(
    parameter: Parameter, operation: Operation, types: ModuleTypes, *, oss: bool = False
) -> ParamView:
    """`oss`: an OSS operation's (its object key, header maps, XML and streamed bodies)."""
    python_name = names.attribute_name(parameter.name, parameter.python_name)
    style = parameter.style
    if parameter.location == "body":
        hint, style = _body_hint(parameter, operation, types, oss), None
        if oss and is_binary(parameter.schema):
            style = "stream"  # bytes, a file or an iterator of bytes
        elif oss:
            style = parameter.style  # xml, or a text body
    elif parameter.name.endswith("*"):
        hint = "Mapping[str, str]"  # a header map: one header per entry
    else:
        hint = _request_hint(parameter.schema)
    if operation.path and "{+" + parameter.name + "}" in operation.path:
        style = "key" if oss else "tail"  # a path tail: may hold `/`
    example = parameter.typed_example() if parameter.example is not None else None
    return ParamView(
        python_name=python_name,
        wire_name=parameter.name,
        hint=hint,
        required=parameter.required,
        doc=docstring(parameter.description, indent=4),
        declaration=_param_declaration(parameter, python_name, hint, style),
        argument=(
            f"{python_name}: {hint}"
            if parameter.required
            else f"{python_name}: {hint} | None = None"
        ),
        example_literal=py_literal(
            example if example is not None else _placeholder(parameter)
        ),
    )


def _placeholder(parameter: Parameter) -> Any:
    """A stand-in value for a README example when the spec gives none."""
    schema = parameter.schema
    kind = type_of(schema)
    if schema.get("enum"):
        return schema["enum"][0]
    if parameter.location == "host":  # OSS: a bucket, named as OSS's examples name it
        return "examplebucket"
    if parameter.style == "xml":  # OSS: an XML body, at least its root element
        return {next(iter(properties(schema))): {}}
    stand_ins = {"integer": 1, "number": 1.0, "boolean": True, "object": {}}
    if kind == "array":
        item_kind = type_of(items(schema), "string")
        return [stand_ins.get(item_kind or "string", f"<{parameter.name}>")]
    return stand_ins.get(kind or "string", f"<{parameter.name}>")
