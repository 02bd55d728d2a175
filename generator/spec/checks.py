"""Stage 2b, semantic checks: what a meta-schema cannot say about a spec.

Names that collide once they are Python names, examples and golden responses that break their
own schema, limits that contradict each other, references to things that do not exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..base.diagnostics import Diagnostic
from ..python import names
from .checks_auth import auth_problems
from .checks_conveniences import (
    operation_convenience_problems,
    service_convenience_problems,
)
from .checks_media import emulator_media_problems, upload_problems
from .checks_oss import oss_operation_problems, oss_service_problems
from .datacheck import iter_data_errors
from .load import SourceFile, load_json, pointer_join
from .model import Operation, Parameter, Service
from .schema import (
    Schema,
    is_reference,
    items,
    model_name,
    properties,
    type_of,
)

SERVICE_FILE = "service.yaml"
_LIMIT_PAIRS = (
    ("minItems", "maxItems"),
    ("minLength", "maxLength"),
    ("minimum", "maximum"),
)
_SCALAR_TYPES = {"string", "integer", "number", "boolean"}


def service_problems(service: Service) -> Iterator[Diagnostic]:
    source = service.source
    yield from _duplicates(
        source,
        [(f"/errors/{i}/code", e.code) for i, e in enumerate(service.errors)],
        "error code",
    )
    regions = {region for region, _ in service.endpoints}
    if service.signing_default not in service.signing_supported:
        yield source.diagnostic(
            "/signing/default", "the default signature version is not supported"
        )
    yield from _schema_problems(
        source, "/error_response", service.error_response, service.models
    )
    for name, model in service.models.items():
        yield from _schema_problems(
            source, pointer_join("/models", name), model, service.models
        )
    operation_names: dict[str, Operation] = {}
    method_names: dict[str, Operation] = {}
    for operation in service.operations:
        op_source = operation.source
        if op_source.path.stem != operation.name:
            yield op_source.diagnostic(
                "/operation",
                f"operation {operation.name!r} must live in {operation.name}.yaml",
            )
        if operation.name in operation_names:
            other = operation_names[operation.name].source.path.name
            yield op_source.diagnostic(
                "/operation", f"operation {operation.name!r} is also defined in {other}"
            )
        operation_names[operation.name] = operation
        method = names.method_name(operation.name)
        if method in method_names and method_names[method].name != operation.name:
            yield op_source.diagnostic(
                "/operation",
                f"operation {operation.name!r} and {method_names[method].name!r} "
                f"both become the Python name {method!r}",
            )
        method_names[method] = operation
    yield from service_convenience_problems(service)
    yield from oss_service_problems(service)
    for operation in service.operations:
        for index, region in enumerate(operation.regions or ()):
            if region not in regions:
                yield operation.source.diagnostic(
                    f"/regions/{index}",
                    f"region {region!r} has no endpoint in {SERVICE_FILE}",
                )
        yield from _operation_problems(operation, service)


def _operation_problems(operation: Operation, service: Service) -> Iterator[Diagnostic]:
    source = operation.source
    yield from _duplicates(
        source,
        [(f"/parameters/{i}/name", p.name) for i, p in enumerate(operation.parameters)],
        "parameter",
    )
    yield from _python_collisions(
        source,
        [
            (f"/parameters/{i}/name", p.name, p.python_name)
            for i, p in enumerate(operation.parameters)
        ],
    )
    for index, parameter in enumerate(operation.parameters):
        pointer = f"/parameters/{index}"
        yield from _schema_problems(
            source, f"{pointer}/schema", parameter.schema, service.models
        )
        yield from _style_problems(source, pointer, parameter)
        if parameter.example is not None:
            value = parameter.typed_example()
            for inner, message in iter_data_errors(
                value, parameter.schema, service.models
            ):
                yield source.diagnostic(
                    f"{pointer}/example", f"example{inner}: {message}"
                )
    yield from _schema_problems(source, "/response", operation.response, service.models)
    yield from operation_convenience_problems(operation, service.models)
    yield from upload_problems(operation, service)
    if operation.emulator is not None:
        yield from _emulator_problems(operation, operation.emulator)
        yield from emulator_media_problems(
            operation, operation.emulator, service.models
        )
    yield from _rest_problems(operation, service)
    yield from oss_operation_problems(operation, service)
    yield from auth_problems(operation, service)
    yield from _duplicates(
        source,
        [(f"/errors/{i}/code", e.code) for i, e in enumerate(operation.errors)],
        "error code",
    )
    yield from _duplicates(
        source,
        [(f"/golden/{i}/name", g.name) for i, g in enumerate(operation.golden)],
        "golden response",
    )
    if service.style != "OSS":  # OSS: a model of the headers, the bytes beside them
        yield from _binary_problems(operation)
    for golden in operation.golden:
        if not golden.conforms:
            continue  # a recording kept for the lossless-read tests, not a schema check
        schema = operation.response if golden.status < 300 else service.error_response
        golden_source = load_json(golden.path)
        for pointer, message in iter_data_errors(golden.data, schema, service.models):
            yield golden_source.diagnostic(pointer, message)


_PATH_NAME = re.compile(r"\{(\+?)([^{}]*)\}")
_PATH_STYLES = ("ROA", "OSS")  # the styles whose operations have a path
# Headers the client sets itself when it signs a request: a parameter may not set them.
SIGNER_SET_HEADERS = frozenset(
    {
        "authorization",
        "content-length",
        "content-type",
        "date",
        "host",
        "x-acs-accesskey-id",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-security-token",
        "x-acs-signature-method",
        "x-acs-signature-nonce",
        "x-acs-signature-version",
        "x-acs-version",
    }
)
_BODY_KINDS = ("object", "array", "string", None)  # None: any JSON the caller gives


def _rest_problems(operation: Operation, service: Service) -> Iterator[Diagnostic]:
    """A path template and its parameters agree; one body at most; headers are headers."""
    source = operation.source
    located = list(enumerate(operation.parameters))
    in_path = {p.name: i for i, p in located if p.location == "path"}
    if operation.path is None:
        if service.style in _PATH_STYLES:
            which = "a REST-style" if service.style == "ROA" else "an OSS"
            yield source.diagnostic("/operation", f"{which} operation needs a path")
        for name, index in in_path.items():
            yield source.diagnostic(
                f"/parameters/{index}/in",
                f"path parameter {name!r} needs a path template (`path:`)",
            )
    else:
        if service.style not in _PATH_STYLES:
            yield source.diagnostic(
                "/path", f"a {service.style}-style operation is sent to /: no path"
            )
        seen: set[str] = set()
        for match in _PATH_NAME.finditer(operation.path):
            name = match.group(2)
            if name in seen:
                yield source.diagnostic(
                    "/path", f"{{{name}}} appears twice in the path"
                )
            seen.add(name)
            if name not in in_path:
                yield source.diagnostic(
                    "/path", f"{{{name}}} in the path is not a path parameter"
                )
        stray = _PATH_NAME.sub("", operation.path)
        if "{" in stray or "}" in stray:
            yield source.diagnostic("/path", "unbalanced braces in the path")
        for name, index in in_path.items():
            if name not in seen:
                yield source.diagnostic(
                    f"/parameters/{index}/name",
                    f"path parameter {name!r} does not appear in the path",
                )
    for index, parameter in located:
        pointer = f"/parameters/{index}"
        kind = type_of(
            parameter.schema, "object" if is_reference(parameter.schema) else None
        )
        if parameter.location == "path":
            if not parameter.required:
                yield source.diagnostic(
                    f"{pointer}/required", "a path parameter must be required"
                )
            if kind not in _SCALAR_TYPES:
                yield source.diagnostic(
                    f"{pointer}/schema", "a path parameter must be a plain value"
                )
        elif parameter.location == "header":
            # The meta-schema's name pattern keeps names to header-token characters.
            if parameter.name.lower() in SIGNER_SET_HEADERS:
                yield source.diagnostic(
                    f"{pointer}/name",
                    f"header {parameter.name!r} is set by the client when it signs",
                )
        elif parameter.location == "body" and kind not in _BODY_KINDS:
            yield source.diagnostic(
                f"{pointer}/schema",
                "a body parameter is an object or array (JSON), a string (bytes with "
                "format: binary, text otherwise), or untyped (any JSON)",
            )
    bodies = [index for index, p in located if p.location == "body"]
    for index in bodies[1:]:
        yield source.diagnostic(
            f"/parameters/{index}/in", "an operation has at most one body parameter"
        )
    forms = [index for index, p in located if p.location == "formData"]
    if bodies and forms:
        yield source.diagnostic(
            f"/parameters/{forms[0]}/in",
            "a form field and a body parameter cannot share the request body",
        )
    if (bodies or forms) and operation.methods[0] in ("GET", "HEAD"):
        first = (bodies or forms)[0]
        yield source.diagnostic(
            f"/parameters/{first}/in",
            f"a {operation.methods[0]} request carries no body",
        )


def _binary_problems(operation: Operation) -> Iterator[Diagnostic]:
    """A binary response is a string of bytes; its goldens are that text (a JSON string)."""
    if operation.response_media != "binary":
        return
    source = operation.source
    if type_of(operation.response) != "string":
        yield source.diagnostic(
            "/response", "a binary response (response_media: binary) is a string"
        )
    for index, golden in enumerate(operation.golden):
        if golden.status < 300 and not isinstance(golden.data, str):
            yield source.diagnostic(
                f"/golden/{index}/file",
                "a golden of a binary response is the body's text, as a JSON string",
            )


def _emulator_problems(
    operation: Operation, rules: dict[str, Any]
) -> Iterator[Diagnostic]:
    """State rules may only name parameters and response fields that exist."""
    parameters = {p.name for p in operation.parameters}
    fields = properties(operation.response)
    create, select = rules.get("create"), rules.get("select")
    if create is not None:
        if create["key"] not in fields:
            yield operation.source.diagnostic(
                "/emulator/create/key",
                f"{create['key']!r} is not a field of the response",
            )
        for record_field, parameter in create.get("fields", {}).items():
            if parameter not in parameters:
                pointer = pointer_join("/emulator/create/fields", record_field)
                yield operation.source.diagnostic(
                    pointer, f"{parameter!r} is not a parameter of {operation.name}"
                )
    if select is not None:
        if select["parameter"] not in parameters:
            yield operation.source.diagnostic(
                "/emulator/select/parameter",
                f"{select['parameter']!r} is not a parameter of {operation.name}",
            )
        if type_of(fields.get(select["results"], {})) != "array":
            yield operation.source.diagnostic(
                "/emulator/select/results",
                f"{select['results']!r} is not an array field of the response",
            )


def _style_problems(
    source: SourceFile, pointer: str, parameter: Parameter
) -> Iterator[Diagnostic]:
    kind = type_of(parameter.schema)
    if is_reference(parameter.schema):
        kind = "object"
    style = parameter.style
    if style == "simple":
        if kind != "array" or type_of(items(parameter.schema)) not in _SCALAR_TYPES:
            yield source.diagnostic(
                f"{pointer}/style", "style 'simple' needs an array of plain values"
            )
    elif style == "repeatList" and kind != "array":
        yield source.diagnostic(f"{pointer}/style", "style 'repeatList' needs an array")
    elif style == "flat" and kind not in ("array", "object"):
        yield source.diagnostic(
            f"{pointer}/style", "style 'flat' needs an object or an array"
        )
    elif (
        style is None
        and kind in ("array", "object")
        and parameter.location != "body"
        and not parameter.name.endswith(
            "*"
        )  # a header map: its name says how it travels
    ):
        yield source.diagnostic(
            f"{pointer}/style",
            f"an {kind} parameter needs a style: simple, repeatList, flat or json",
        )


def _schema_problems(
    source: SourceFile, pointer: str, schema: Schema, models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    """Limits that contradict each other, bad refs and patterns, name collisions, broken examples."""
    model = model_name(schema)
    if model is not None and model not in models:
        yield source.diagnostic(
            f"{pointer}/$ref", f"{schema['$ref']!r} names no model in {SERVICE_FILE}"
        )
    for low, high in _LIMIT_PAIRS:
        if low in schema and high in schema and schema[low] > schema[high]:
            yield source.diagnostic(
                f"{pointer}/{low}",
                f"{low} ({schema[low]}) is greater than {high} ({schema[high]})",
            )
    if "pattern" in schema:
        try:
            re.compile(schema["pattern"])
        except re.error as exc:
            yield source.diagnostic(
                f"{pointer}/pattern", f"not a valid regular expression: {exc}"
            )
    fields = properties(schema)
    for index, required in enumerate(schema.get("required", [])):
        if required not in fields:
            yield source.diagnostic(
                f"{pointer}/required/{index}",
                f"required field {required!r} is not a property",
            )
    yield from _python_collisions(
        source,
        [
            (pointer_join(f"{pointer}/properties", name), name, child.get("pythonName"))
            for name, child in fields.items()
        ],
    )
    for index, example in enumerate(schema.get("examples", [])):
        for inner, message in iter_data_errors(example, schema, models):
            yield source.diagnostic(
                f"{pointer}/examples/{index}", f"example{inner}: {message}"
            )
    for name, child in fields.items():
        yield from _schema_problems(
            source, pointer_join(f"{pointer}/properties", name), child, models
        )
    for key in ("items", "contentSchema"):
        if isinstance(schema.get(key), dict):
            yield from _schema_problems(source, f"{pointer}/{key}", schema[key], models)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _schema_problems(
            source,
            f"{pointer}/additionalProperties",
            schema["additionalProperties"],
            models,
        )


def _duplicates(
    source: SourceFile, entries: list[tuple[str, str]], what: str
) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for pointer, name in entries:
        if name in seen:
            yield source.diagnostic(pointer, f"duplicate {what} {name!r}")
        seen.add(name)


def _python_collisions(
    source: SourceFile, entries: list[tuple[str, str, str | None]]
) -> Iterator[Diagnostic]:
    """Two wire names that become one Python name would make one field silently shadow the other
    (a `python_name` / `pythonName` tells them apart)."""
    seen: dict[str, str] = {}
    for pointer, wire_name, chosen in entries:
        python_name = names.attribute_name(wire_name, chosen)
        if python_name in seen and seen[python_name] != wire_name:
            yield source.diagnostic(
                pointer,
                f"{wire_name!r} and {seen[python_name]!r} both become the Python name {python_name!r}",
            )
        seen.setdefault(python_name, wire_name)


def cross_service_problems(services: list[Service]) -> Iterator[Diagnostic]:
    """Two services may not write the same distribution or import package."""
    for attribute in ("distribution", "import_name"):
        seen: dict[str, Service] = {}
        for service in services:
            key = getattr(service, attribute).lower()
            if key in seen:
                yield service.source.diagnostic(
                    "/package/" + attribute,
                    f"{attribute} {key!r} is also used by {seen[key].source.path}",
                )
            seen[key] = service
