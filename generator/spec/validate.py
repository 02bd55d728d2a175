"""Stage 2, validate: loaded files -> Spec objects, or every problem at once.

First the meta-schemas (JSON Schema 2020-12, shipped in `metaschemas/` beside this module), then
the semantic checks of `checks.py`. Every problem of every file is collected before anything is
raised.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from ..base.cache import Markers, digest
from ..base.diagnostics import Diagnostic, SpecError
from ..python import names
from .checks import SERVICE_FILE, cross_service_problems, service_problems
from .load import (
    SourceFile,
    escape_pointer_token,
    load_json,
    load_yaml,
    pointer_join,
)
from .model import (
    Batch,
    ErrorCode,
    Golden,
    Operation,
    Pagination,
    Parameter,
    Service,
    Upload,
    UploadAddress,
    UploadCredentials,
    Waiter,
)

# The meta-schemas ship inside the package, beside this module.
METASCHEMA_DIR = Path(__file__).parent / "metaschemas"


@cache
def _meta_validator(name: str) -> Draft202012Validator:
    schemas = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(METASCHEMA_DIR.glob("*.schema.json"))
    }
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return Draft202012Validator(schemas[name], registry=registry)


@cache
def _meta_digest() -> str:
    """Identifies the meta-schemas: a file that passed them passes them again until they change."""
    return digest(
        *(p.read_bytes() for p in sorted(METASCHEMA_DIR.glob("*.schema.json")))
    )


def _meta_errors(source: SourceFile, schema_name: str) -> list[Diagnostic]:
    key = digest(_meta_digest(), schema_name, source.digest)
    passed = Markers("meta-schema")
    if source.digest and passed.has(key):
        return []
    found: list[Diagnostic] = []
    for error in _meta_validator(schema_name).iter_errors(source.data):
        # Report the deepest failure of a oneOf/anyOf, which is what the author got wrong.
        best = (
            min(error.context, key=lambda e: -len(e.absolute_path), default=error)
            if error.context
            else error
        )
        pointer = "".join(
            f"/{escape_pointer_token(token)}" for token in best.absolute_path
        )
        if best.validator == "additionalProperties" and isinstance(best.instance, dict):
            found.extend(_unknown_keys(source, pointer, best.instance, best.schema))
        else:
            found.append(source.diagnostic(pointer, best.message))
    if not found and source.digest:
        passed.add(key)
    return found


def _unknown_keys(
    source: SourceFile, pointer: str, instance: dict[str, Any], schema: dict[str, Any]
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
    problems.extend(cross_service_problems(services))
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
    problems.extend(service_problems(service))
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
    signing = data.get(
        "signing",
        (
            {"default": "v4", "supported": ["v4", "v1"]}
            if data["style"] == "OSS"
            else {"default": "v3", "supported": ["v3", "v2"]}
        ),
    )
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
        host_prefix=data.get("host_prefix"),
        host_endpoint=data.get("host_endpoint"),
    )


_AUTH_ORDER = ("access_key", "bearer", "anonymous")
_IDEMPOTENT_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
# A waiter's defaults (seconds), as the meta-schema documents them.
WAITER_DELAY, WAITER_MAX_DELAY, WAITER_TIMEOUT = 2.0, 30.0, 600.0


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
        # HTTP says a PUT or a DELETE may be repeated (RFC 9110); a POST only if the spec says so.
        idempotent=data.get(
            "idempotent",
            access == "read" or data.get("methods", ["POST"])[0] in _IDEMPOTENT_METHODS,
        ),
        methods=tuple(data.get("methods", ["POST"])),
        path=data.get("path"),
        response_media=data.get("response_media", "json"),
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
                python_name=p.get("python_name"),
            )
            for p in data["parameters"]
        ),
        response=data["response"],
        errors=_error_codes(data.get("errors", [])),
        golden=tuple(_goldens(source, directory, problems)),
        batch=Batch(**data["batch"]) if "batch" in data else None,
        pagination=Pagination(**data["pagination"]) if "pagination" in data else None,
        waiters=tuple(_waiter(entry) for entry in data.get("waiters", [])),
        upload=_upload(data["upload"]) if "upload" in data else None,
        emulator=data.get("emulator"),
        source=source,
        fixed_query=tuple(data.get("fixed_query", {}).items()),
        response_headers=data.get("response_headers", {}),
        # In one order whatever the spec's, so that the output is too.
        auth=tuple(a for a in _AUTH_ORDER if a in data.get("auth", ["access_key"])),
    )


def _waiter(data: dict[str, Any]) -> Waiter:
    return Waiter(
        name=data["name"],
        description=data.get("description"),
        status=data["status"],
        success=tuple(data["success"]),
        failure=tuple(data.get("failure", [])),
        delay=float(data.get("delay", WAITER_DELAY)),
        max_delay=float(data.get("max_delay", WAITER_MAX_DELAY)),
        timeout=float(data.get("timeout", WAITER_TIMEOUT)),
    )


def _upload(data: dict[str, Any]) -> Upload:
    refresh = data.get("refresh", {})
    return Upload(
        method=data["method"],
        file_name=data["file_name"],
        file_size=data.get("file_size"),
        address=UploadAddress(**data["address"]),
        credentials=UploadCredentials(**data["credentials"]),
        refresh_operation=refresh.get("operation"),
        refresh_parameters=tuple(refresh.get("parameters", {}).items()),
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
            entry.get("conforms", True),
        )
