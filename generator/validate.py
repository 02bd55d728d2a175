"""Stage 2, validate: loaded files -> Spec objects, or every problem at once.

First the meta-schema (JSON Schema 2020-12, shipped in `generator/schemas/`), then the checks a
meta-schema cannot express: names that collide once they are Python names, examples and golden
responses that break their own schema, limits that contradict each other.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from . import names
from .datacheck import iter_data_errors
from .diagnostics import Diagnostic, SpecError
from .load import SourceFile, load_json, load_yaml, pointer_join
from .spec import Batch, ErrorCode, Golden, Operation, Parameter, Schema, Service

SERVICE_FILE = "service.yaml"
_SCHEMA_DIR = Path(__file__).parent / "schemas"
_LIMIT_PAIRS = (
    ("minItems", "maxItems"),
    ("minLength", "maxLength"),
    ("minimum", "maximum"),
)
_SCALAR_TYPES = {"string", "integer", "number", "boolean"}


@cache
def _meta_validator(name: str) -> Draft202012Validator:
    schemas = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(_SCHEMA_DIR.glob("*.schema.json"))
    }
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return Draft202012Validator(schemas[name], registry=registry)


def _meta_errors(source: SourceFile, schema_name: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for error in _meta_validator(schema_name).iter_errors(source.data):
        # Report the deepest failure of a oneOf/anyOf, which is what the author got wrong.
        best = (
            min(error.context, key=lambda e: -len(e.absolute_path), default=error)
            if error.context
            else error
        )
        pointer = "".join(f"/{_escape(token)}" for token in best.absolute_path)
        if best.validator == "additionalProperties" and isinstance(best.instance, dict):
            found.extend(_unknown_keys(source, pointer, best.instance, best.schema))
        else:
            found.append(source.diagnostic(pointer, best.message))
    return found


def _unknown_keys(
    source: SourceFile, pointer: str, instance: dict[str, Any], schema: Schema
) -> Iterator[Diagnostic]:
    """A typo must never pass silently: name the key, where it is, and what was probably meant."""
    known = list(schema.get("properties", {}))
    for key in instance:
        if key in known:
            continue
        guess = difflib.get_close_matches(key, known, n=1)
        hint = (
            f" (did you mean {guess[0]!r}?)"
            if guess
            else f" (known keys: {', '.join(known)})"
        )
        yield source.diagnostic(
            pointer_join(pointer, key), f"unknown key {key!r}{hint}"
        )


def _escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def find_service_dirs(specs: Path) -> list[Path]:
    """Every folder under `specs` that holds a service file, in a stable order."""
    if (specs / SERVICE_FILE).is_file():
        return [specs]
    return sorted(path.parent for path in specs.rglob(SERVICE_FILE))


def load_specs(specs: Path) -> list[Service]:
    """Load and validate every service under `specs`; raise SpecError with all problems found."""
    if not specs.is_dir():
        raise SpecError([Diagnostic(specs, 1, 1, "", "no such spec folder")])
    directories = find_service_dirs(specs)
    if not directories:
        raise SpecError(
            [Diagnostic(specs, 1, 1, "", f"no {SERVICE_FILE} found in this folder")]
        )
    services: list[Service] = []
    problems: list[Diagnostic] = []
    for directory in directories:
        try:
            services.append(_load_service(directory))
        except SpecError as exc:
            problems.extend(exc.diagnostics)
    problems.extend(_cross_service_problems(services))
    if problems:
        raise SpecError(problems)
    return services


def _load_service(directory: Path) -> Service:
    problems: list[Diagnostic] = []
    service_source = _load_checked(
        directory / SERVICE_FILE, "service.schema.json", problems
    )
    operations: list[Operation] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == SERVICE_FILE:
            continue
        source = _load_checked(path, "operation.schema.json", problems)
        if source is not None:
            operations.append(_operation(source, directory, problems))
    if service_source is None:
        raise SpecError(problems)
    service = _service(service_source, directory, tuple(operations))
    problems.extend(_service_problems(service))
    if problems:
        raise SpecError(problems)
    return service


def _load_checked(
    path: Path, schema_name: str, problems: list[Diagnostic]
) -> SourceFile | None:
    try:
        source = load_yaml(path)
    except SpecError as exc:
        problems.extend(exc.diagnostics)
        return None
    errors = _meta_errors(source, schema_name)
    problems.extend(errors)
    return None if errors else source


def _error_codes(entries: list[dict[str, Any]]) -> tuple[ErrorCode, ...]:
    return tuple(
        ErrorCode(e["code"], e["status"], e.get("kind"), e.get("message"))
        for e in entries
    )


def _service(
    source: SourceFile, directory: Path, operations: tuple[Operation, ...]
) -> Service:
    data = source.data
    signing = data.get("signing", {"default": "v3", "supported": ["v3", "v2"]})
    return Service(
        code=data["service"],
        title=data["title"],
        description=data.get("description"),
        api_version=data["api_version"],
        style=data["style"],
        distribution=data["package"]["distribution"],
        import_name=data["package"]["import_name"],
        version=data["package"]["version"],
        signing_default=signing["default"],
        signing_supported=tuple(signing["supported"]),
        protocol=data.get("protocol", "https"),
        endpoints=tuple(data["endpoints"].items()),
        error_response=data["error_response"],
        errors=_error_codes(data.get("errors", [])),
        models=data.get("models", {}),
        # Ordered by module name: the order their imports must take in generated code.
        operations=tuple(
            sorted(operations, key=lambda op: (names.module_name(op.name), op.name))
        ),
        directory=directory,
        source=source,
    )


def _operation(
    source: SourceFile, directory: Path, problems: list[Diagnostic]
) -> Operation:
    data = source.data
    access = data["access"]
    return Operation(
        name=data["operation"],
        summary=data["summary"],
        description=data.get("description"),
        updated=data.get("updated"),
        deprecated=data.get("deprecated", False),
        access=access,
        idempotent=data.get("idempotent", access == "read"),
        methods=tuple(data.get("methods", ["POST"])),
        regions=tuple(data["regions"]) if "regions" in data else None,
        authorization=tuple(data.get("authorization", [])),
        prerequisites=tuple(data.get("prerequisites", [])),
        related=tuple(data.get("related", [])),
        parameters=tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                style=p.get("style"),
                required=p.get("required", False),
                deprecated=p.get("deprecated", False),
                description=p.get("description"),
                example=p.get("example"),
                schema=p["schema"],
            )
            for p in data["parameters"]
        ),
        response=data["response"],
        errors=_error_codes(data.get("errors", [])),
        golden=tuple(_goldens(source, directory, problems)),
        batch=Batch(**data["batch"]) if "batch" in data else None,
        emulator=data.get("emulator"),
        source=source,
    )


def _goldens(
    source: SourceFile, directory: Path, problems: list[Diagnostic]
) -> Iterator[Golden]:
    root = directory.resolve()
    for index, entry in enumerate(source.data.get("golden", [])):
        pointer = f"/golden/{index}/file"
        path = (directory / entry["file"]).resolve()
        if not path.is_relative_to(root):
            problems.append(
                source.diagnostic(
                    pointer, "golden file must lie inside the spec folder"
                )
            )
            continue
        if not path.is_file():
            problems.append(
                source.diagnostic(
                    pointer, f"golden file {entry['file']!r} does not exist"
                )
            )
            continue
        try:
            golden = load_json(path)
        except SpecError as exc:
            problems.extend(exc.diagnostics)
            continue
        text = path.read_text(encoding="utf-8")
        yield Golden(
            entry["name"],
            entry["status"],
            path,
            entry["file"],
            text,
            golden.data,
            entry.get("summary"),
        )


# --- semantic checks -------------------------------------------------------------------------


def _service_problems(service: Service) -> Iterator[Diagnostic]:
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
    for operation in service.operations:
        batch = operation.batch
        if batch is not None and (
            batch.method in method_names or batch.method in names.CLIENT_MEMBERS
        ):
            yield operation.source.diagnostic(
                "/batch/method", f"{batch.method!r} is already a method of the client"
            )
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
        [(f"/parameters/{i}/name", p.name) for i, p in enumerate(operation.parameters)],
    )
    for index, parameter in enumerate(operation.parameters):
        pointer = f"/parameters/{index}"
        yield from _schema_problems(
            source, f"{pointer}/schema", parameter.schema, service.models
        )
        yield from _style_problems(source, pointer, parameter)
        if parameter.example is not None:
            value = wire_example_value(parameter)
            for inner, message in iter_data_errors(
                value, parameter.schema, service.models
            ):
                yield source.diagnostic(
                    f"{pointer}/example", f"example{inner}: {message}"
                )
    yield from _schema_problems(source, "/response", operation.response, service.models)
    if operation.batch is not None:
        yield from _batch_problems(operation, operation.batch)
    if operation.emulator is not None:
        yield from _emulator_problems(operation, operation.emulator)
    if (
        operation.response.get("type", "object") != "object"
        and "$ref" not in operation.response
    ):
        yield source.diagnostic("/response/type", "a response must be an object")
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
    for golden in operation.golden:
        schema = operation.response if golden.status < 300 else service.error_response
        golden_source = load_json(golden.path)
        for pointer, message in iter_data_errors(golden.data, schema, service.models):
            yield golden_source.diagnostic(pointer, message)


def _batch_problems(operation: Operation, batch: Batch) -> Iterator[Diagnostic]:
    parameter = next(
        (p for p in operation.parameters if p.name == batch.parameter), None
    )
    if (
        parameter is None
        or parameter.schema.get("type") != "array"
        or "maxItems" not in parameter.schema
    ):
        yield operation.source.diagnostic(
            "/batch/parameter",
            f"{batch.parameter!r} is not an array parameter with maxItems",
        )
    results = operation.response.get("properties", {}).get(batch.results)
    if results is None or results.get("type") != "array":
        yield operation.source.diagnostic(
            "/batch/results", f"{batch.results!r} is not an array field of the response"
        )


def _emulator_problems(
    operation: Operation, rules: dict[str, Any]
) -> Iterator[Diagnostic]:
    """State rules may only name parameters and response fields that exist."""
    parameters = {p.name for p in operation.parameters}
    fields = operation.response.get("properties", {})
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
        if fields.get(select["results"], {}).get("type") != "array":
            yield operation.source.diagnostic(
                "/emulator/select/results",
                f"{select['results']!r} is not an array field of the response",
            )


def _style_problems(
    source: SourceFile, pointer: str, parameter: Parameter
) -> Iterator[Diagnostic]:
    kind = parameter.schema.get("type")
    if "$ref" in parameter.schema:
        kind = "object"
    style = parameter.style
    if style == "simple":
        if (
            kind != "array"
            or parameter.schema.get("items", {}).get("type") not in _SCALAR_TYPES
        ):
            yield source.diagnostic(
                f"{pointer}/style", "style 'simple' needs an array of plain values"
            )
    elif style == "repeatList" and kind != "array":
        yield source.diagnostic(f"{pointer}/style", "style 'repeatList' needs an array")
    elif style == "flat" and kind not in ("array", "object"):
        yield source.diagnostic(
            f"{pointer}/style", "style 'flat' needs an object or an array"
        )
    elif style is None and kind in ("array", "object"):
        yield source.diagnostic(
            f"{pointer}/style",
            f"an {kind} parameter needs a style: simple, repeatList, flat or json",
        )


def wire_example_value(parameter: Parameter) -> Any:
    """A parameter's example as the typed value it stands for (examples are written as sent)."""
    example = parameter.example
    if not isinstance(example, str):
        return example
    kind = parameter.schema.get("type")
    if parameter.style == "simple":
        return example.split(",")
    if parameter.style == "json":
        try:
            return json.loads(example)
        except ValueError:
            return example
    if kind == "integer" and re.fullmatch(r"-?[0-9]+", example):
        return int(example)
    if kind == "number":
        try:
            return float(example)
        except ValueError:
            return example
    if kind == "boolean" and example in ("true", "false"):
        return example == "true"
    return example


def _schema_problems(
    source: SourceFile, pointer: str, schema: Schema, models: dict[str, Schema]
) -> Iterator[Diagnostic]:
    """Limits that contradict each other, bad refs and patterns, name collisions, broken examples."""
    ref = schema.get("$ref")
    if ref is not None and ref.removeprefix("#/models/") not in models:
        yield source.diagnostic(
            f"{pointer}/$ref", f"{ref!r} names no model in {SERVICE_FILE}"
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
    properties: dict[str, Schema] = schema.get("properties", {})
    for index, required in enumerate(schema.get("required", [])):
        if required not in properties:
            yield source.diagnostic(
                f"{pointer}/required/{index}",
                f"required field {required!r} is not a property",
            )
    yield from _python_collisions(
        source,
        [(pointer_join(f"{pointer}/properties", name), name) for name in properties],
    )
    for index, example in enumerate(schema.get("examples", [])):
        for inner, message in iter_data_errors(example, schema, models):
            yield source.diagnostic(
                f"{pointer}/examples/{index}", f"example{inner}: {message}"
            )
    for name, child in properties.items():
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
    source: SourceFile, entries: list[tuple[str, str]]
) -> Iterator[Diagnostic]:
    """Two wire names that become one Python name would make one field silently shadow the other."""
    seen: dict[str, str] = {}
    for pointer, wire_name in entries:
        python_name = names.attribute_name(wire_name)
        if python_name in seen and seen[python_name] != wire_name:
            yield source.diagnostic(
                pointer,
                f"{wire_name!r} and {seen[python_name]!r} both become the Python name {python_name!r}",
            )
        seen.setdefault(python_name, wire_name)


def _cross_service_problems(services: list[Service]) -> Iterator[Diagnostic]:
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
