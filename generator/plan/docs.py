"""Plan the reference docs of a package: `docs/index.md` and one Markdown page per operation.

Every cell, link and code block is computed here, escaped for Markdown; the templates only lay
the rows out. Each page costs time linear in its operation's parameters, fields and errors: a
model is described once per page however often it is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ..python.names import CLASS_NAMES
from ..spec.model import ErrorCode, Operation, Parameter, Service
from ..spec.schema import Schema, is_base64, is_date_time, is_json_text, type_of
from .authorization import Authorization, authorization_of
from .files import PlannedFile
from .markdown import anchor, cell, code, prose
from .types import FieldView, ModelView, ModuleTypes
from .views import OperationView

DOCS_DIR = "docs"
# What the runtime raises for each kind of error (`errors.ERROR_CLASSES`; a test compares them).
ERROR_CLASSES = {
    "validation": "InvalidRequestError",
    "authentication": "AuthenticationError",
    "permission": "PermissionDeniedError",
    "not_found": "NotFoundError",
    "conflict": "ConflictError",
    "throttling": "ThrottlingError",
    "server": "ServerError",
}
_STATUS_KINDS = {
    401: "authentication",
    403: "permission",
    404: "not_found",
    409: "conflict",
    429: "throttling",
}


@dataclass(frozen=True)
class ModelSection:
    heading: str  # the class name
    doc: str
    rows: tuple[tuple[str, ...], ...]  # field, wire name, type, description


@dataclass(frozen=True)
class OperationPage:
    name: str
    file_name: str
    summary: str
    description: str
    facts: tuple[tuple[str, str], ...]
    parameters: tuple[tuple[str, ...], ...]
    body_tree: tuple[str, ...]
    body_models: tuple[ModelSection, ...]
    response_hint: str
    response_tree: tuple[str, ...]  # Markdown list lines: the models, nested where met
    response_models: tuple[ModelSection, ...]
    errors: tuple[tuple[str, ...], ...]
    example: str
    batch: str


@dataclass(frozen=True)
class IndexGroup:
    title: str
    rows: tuple[tuple[str, ...], ...]


def error_kind(error: ErrorCode, kinds: dict[str, str]) -> str:
    """The kind the client reads an error code as: the spec's, else judged as the runtime does."""
    known = kinds.get(error.code)
    if known:
        return known
    if error.code.startswith("Throttling"):
        return "throttling"
    return (
        "server"
        if error.status >= 500
        else _STATUS_KINDS.get(error.status, "validation")
    )


def _error_row(
    error: ErrorCode, kinds: dict[str, str], scope: str | None
) -> tuple[str, ...]:
    """Code, status, kind, exception class, [where it is documented,] message."""
    kind = error_kind(error, kinds)
    where = () if scope is None else (scope,)
    return (
        code(error.code),
        str(error.status),
        kind,
        code(ERROR_CLASSES.get(kind, "APIError")),
        *where,
        cell(error.message),
    )


def _limits(schema: Schema) -> list[str]:
    """A schema's limits in words."""
    found: list[str] = []

    def span(low: Any, high: Any, unit: str) -> None:
        def units(count: Any) -> str:
            return unit if count == 1 else f"{unit}s"

        if low is not None and high is not None:
            found.append(f"{low} to {high} {units(high)}")
        elif low is not None:
            found.append(f"at least {low} {units(low)}")
        elif high is not None:
            found.append(f"at most {high} {units(high)}")

    span(schema.get("minItems"), schema.get("maxItems"), "item")
    span(schema.get("minLength"), schema.get("maxLength"), "character")
    if "maxBytes" in schema:
        found.append(f"at most {schema['maxBytes']} bytes (UTF-8)")
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        found.append(f"{low} to {high}")
    elif low is not None:
        found.append(f"≥ {low}")
    elif high is not None:
        found.append(f"≤ {high}")
    if "enum" in schema:
        found.append("one of " + ", ".join(code(str(v)) for v in schema["enum"]))
    if "pattern" in schema:
        found.append(f"matches {code(schema['pattern'])}")
    if is_date_time(schema):
        found.append("ISO 8601 date-time")
    if is_json_text(schema):
        found.append("base64 of JSON text" if is_base64(schema) else "JSON text")
    items = schema.get("items")
    if type_of(schema) == "array" and isinstance(items, dict):
        inner = _limits(items)
        if inner:
            found.append("each item: " + ", ".join(inner))
    return found


def _limits_cell(schema: Schema) -> str:
    return "; ".join(_limits(schema))


def _hint(hint: str) -> str:
    return hint.replace("_m.", "")


class _ModelWalk:
    """The models met from a root type, depth first, each described once."""

    def __init__(self, *modules: ModuleTypes) -> None:
        self._models: dict[str, ModelView] = {}
        for module in modules:
            self._models.update(module.models)
        self.seen: dict[str, None] = {}
        self.tree: list[str] = []
        self.sections: list[ModelSection] = []

    def nested(self, hint: str) -> list[str]:
        return [n for n in CLASS_NAMES.findall(hint) if n in self._models]

    def visit(self, hint: str, depth: int, where: str) -> None:
        for name in self.nested(hint):
            pad = "  " * depth
            link = f"[{name}](#{anchor(name)})"
            if name in self.seen:
                self.tree.append(f"{pad}- {link}{where} (described above)")
                continue
            self.seen[name] = None
            self.tree.append(f"{pad}- {link}{where}")
            model = self._models[name]
            self.sections.append(self._section(model))
            for field in self._fields(model):
                self.visit(field.type.hint, depth + 1, f" in {code(field.python_name)}")

    def _fields(self, model: ModelView) -> tuple[FieldView, ...]:
        """A model's fields, those of the shared model it derives from first."""
        base = self._models.get(model.base)
        return (self._fields(base) if base else ()) + model.fields

    def _section(self, model: ModelView) -> ModelSection:
        return ModelSection(
            heading=model.class_name,
            doc=cell(model.description),
            rows=tuple(self._field_row(field) for field in self._fields(model)),
        )

    def _field_row(self, field: FieldView) -> tuple[str, ...]:
        # The limits are Markdown already (their values in code spans).
        words, limits = cell(field.schema.get("description")), _limits_cell(
            field.schema
        )
        if limits:
            words = f"{words} ({limits})" if words else limits
        links = ", ".join(f"[{n}](#{anchor(n)})" for n in self.nested(field.type.hint))
        type_cell = code(f"{_hint(field.type.hint)} | None")
        return (
            code(field.python_name),
            code(field.wire_name),
            f"{type_cell} {links}".strip(),
            words,
        )


def _walk(
    walk: _ModelWalk, hint: str
) -> tuple[tuple[str, ...], tuple[ModelSection, ...]]:
    """The tree and the sections of the models met from `hint` that `walk` has not described."""
    walk.tree, walk.sections = [], []
    walk.visit(hint, 0, "")
    return tuple(walk.tree), tuple(walk.sections)


def _parameter_row(
    parameter: Parameter, view_hint: str, python_name: str, location: str
) -> tuple[str, ...]:
    return (
        code(python_name),
        code(parameter.name),
        location,
        code(_hint(view_hint)),
        "yes" if parameter.required else "no",
        _limits_cell(parameter.schema),
        cell(parameter.description or parameter.schema.get("description")),
    )


def _regions(operation: Operation, service: Service) -> str:
    if operation.regions:
        return ", ".join(operation.regions)
    return "all regions of the service: " + ", ".join(r for r, _ in service.endpoints)


def _access(operation: Operation, authorization: Authorization) -> str:
    python_side = (
        "read only (`read_only`): retried on ambiguous failures"
        if operation.access == "read"
        else "a write: retried only when the request surely was not processed"
    )
    return f"{authorization.access_level} (RAM); {python_side}"


# How an operation authenticates, in its reference page (the default, an AccessKey, says nothing).
_AUTH_DOCS = {
    ("anonymous",): "anonymous: sent unsigned, no credentials needed",
    ("bearer",): "a bearer token only (`Client(bearer_token=...)`)",
    (
        "access_key",
        "bearer",
    ): "the bearer token when the client has one, else the AccessKey",
}


def _facts(
    operation: Operation, view: OperationView, service: Service
) -> tuple[tuple[str, str], ...]:
    authorization = authorization_of(operation, service)
    actions = ", ".join(code(a) for a in authorization.actions)
    if not authorization.curated:
        actions += " (derived from the product code and the operation name: the spec states none)"
    resources = sorted({r for g in authorization.grants for r in g.resources})
    facts = [
        (
            "Python",
            f"{code(f'client.{view.method_name}(...)')}, returns {code(_hint(view.response_hint))}",
        ),
        ("HTTP", f"{', '.join(operation.methods)} {code(operation.path or '/')}"),
        ("Regions", _regions(operation, service)),
        ("RAM action", actions),
        ("RAM resources", ", ".join(code(r) for r in resources)),
        ("Access level", _access(operation, authorization)),
        (
            "Condition keys",
            ", ".join(code(k) for k in authorization.condition_keys) or "none",
        ),
        ("Idempotent", "yes" if operation.idempotent else "no"),
        ("Deprecated", "yes" if operation.deprecated else "no"),
    ]
    if operation.auth != ("access_key",):
        facts.append(
            (
                "Authentication",
                _AUTH_DOCS.get(operation.auth, ", ".join(operation.auth)),
            )
        )
    if view.pager is not None:
        iterator = code(f"client.{view.pager.method_name}(...)")
        facts.append(("Page iterator", f"{iterator}: {cell(view.pager.summary)}"))
    for waiter in view.waiters:
        method = code(f"client.{waiter.method_name}(...)")
        facts.append(("Waiter", f"{method}: {cell(waiter.summary)}"))
    if view.upload is not None:
        method = code(f"client.{view.upload.method_name}(source, ...)")
        facts.append(("Upload", f"{method}: {cell(view.upload.summary)}"))
    if operation.updated:
        facts.append(("Updated", operation.updated))
    return tuple(facts)


def _oss_setup(operation: Operation, view: OperationView) -> list[str]:
    """OSS: the bucket (and the object) an example names, made in the emulator's store first."""
    examples = {p.wire_name: p.example_literal for p in view.params}
    host = next((p for p in operation.parameters if p.location == "host"), None)
    creates = operation.path == "/" and not operation.fixed_query
    if host is None or (creates and operation.methods[0] == "PUT"):  # PutBucket
        return []
    bucket = examples[host.name]
    lines = [f"emulator.oss.create_bucket({bucket})"]
    if operation.path is not None and "{+key}" in operation.path:
        lines.append(f'emulator.oss.put_object({bucket}, {examples["key"]}, b"hello")')
    return lines


def _example(view: OperationView, package: str, setup: list[str] | None = None) -> str:
    """A sync call against the emulator, runnable as it stands (OSS: once `setup` made the
    bucket and the object it names)."""
    if view.response_class is None:
        show = [f"client.{view.example_call}"]
    elif view.response_hint.startswith("list["):
        show = [
            f"for item in client.{view.example_call}:",
            "    print(item.to_dict())",
        ]
    else:
        show = [f"response = client.{view.example_call}", "print(response.to_dict())"]
    lines = [
        f"from {package} import Client",
        f"from {package}.emulator import Emulator",
        "",
        "# The emulator answers on 127.0.0.1. To call the service itself, leave out the emulator",
        "# and `endpoint`, and pass your credentials or set ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET.",
        'with Emulator(credentials={"testid": "testsecret"}) as emulator:',
        *(f"    {line}" for line in setup or ()),
        "    with Client(",
        f'        region="{view.example_region}",',
        '        access_key_id="testid",',
        '        access_key_secret="testsecret",',
        "        endpoint=emulator.endpoint,",
        "    ) as client:",
        *(f"        {line}" for line in show),
    ]
    return "\n".join(lines)


def _location(parameter: Parameter, operation: Operation) -> str:
    """Where a parameter travels, and how a list or object is laid out there."""
    style = parameter.style
    if operation.path and "{+" + parameter.name + "}" in operation.path:
        style = "tail"  # a path tail: may hold `/`
    return f"{parameter.location} ({style})" if style else parameter.location


@dataclass(frozen=True)
class _ServiceDocs:
    """What every page of a service shares, computed once."""

    service: Service
    shared: ModuleTypes
    package: str
    kinds: dict[str, str]  # error code -> kind, as the client reads them
    common_errors: tuple[tuple[str, tuple[str, ...]], ...]  # (code, row), service-wide

    @classmethod
    def of(cls, service: Service, shared: ModuleTypes, package: str) -> _ServiceDocs:
        kinds = {e.code: e.kind for e in service.all_errors if e.kind}
        common = tuple(
            (e.code, _error_row(e, kinds, "every operation")) for e in service.errors
        )
        return cls(service, shared, package, kinds, common)


def operation_page(
    operation: Operation, view: OperationView, docs: _ServiceDocs
) -> OperationPage:
    service, shared = docs.service, docs.shared
    own = {e.code for e in operation.errors}
    errors = [_error_row(e, docs.kinds, "this operation") for e in operation.errors]
    errors += [row for code, row in docs.common_errors if code not in own]
    parameters = tuple(
        _parameter_row(p, v.hint, v.python_name, _location(p, operation))
        for p, v in zip(operation.parameters, view.params, strict=True)
    )
    # One walk for the body and the response: a model both use is described once.
    walk = _ModelWalk(view.types, shared)
    body_tree, body_models = _walk(walk, " ".join(v.hint for v in view.params))
    response_tree, response_models = _walk(walk, view.response_hint)
    batch = ""
    if view.batch is not None:
        batch = (
            f"`client.{view.batch.method_name}(...)` takes any number of "
            f"`{view.batch.param}` and calls {operation.name} with at most "
            f"{view.batch.size} at a time, yielding the results in order."
        )
    return OperationPage(
        name=operation.name,
        file_name=f"{operation.name}.md",
        summary=prose(operation.summary),
        description=prose(operation.description),
        facts=_facts(operation, view, service),
        parameters=parameters,
        body_tree=body_tree,
        body_models=body_models,
        response_hint=code(_hint(view.response_hint)),
        response_tree=response_tree,
        response_models=response_models,
        errors=tuple(errors),
        example=_example(view, docs.package, _oss_setup(operation, view)),
        batch=batch,
    )


def _name_key(name: str) -> tuple[str, str]:
    return name.lower(), name


def index_groups(
    operations: Iterable[Operation], service: Service
) -> tuple[IndexGroup, ...]:
    """Reads, then writes, each sorted by name: a link, the summary and the RAM action."""
    groups = []
    for access, title in (("read", "Reads"), ("write", "Writes")):
        chosen = sorted(
            (o for o in operations if o.access == access),
            key=lambda o: _name_key(o.name),
        )
        rows = tuple(
            (
                f"[{o.name}]({o.name}.md)",
                cell(o.summary),
                ", ".join(code(a) for a in authorization_of(o, service).actions),
            )
            for o in chosen
        )
        if rows:
            groups.append(IndexGroup(title, rows))
    return tuple(groups)


def plan_docs(
    service: Service,
    views: list[OperationView],
    shared: ModuleTypes,
    context: dict[str, Any],
    root: PurePosixPath,
) -> list[PlannedFile]:
    """`docs/index.md` and `docs/<Operation>.md` for every operation."""
    package = str(context["package"])
    docs = _ServiceDocs.of(service, shared, package)
    pages = [
        operation_page(operation, view, docs)
        for operation, view in zip(service.operations, views, strict=True)
    ]
    index = {
        "service": context["service"],
        "package": package,
        "count": len(pages),
        "regions": ", ".join(r for r, _ in service.endpoints),
        "groups": index_groups(service.operations, service),
        "errors": tuple(_error_row(e, docs.kinds, None) for e in service.errors),
    }
    files = [PlannedFile(root / DOCS_DIR / "index.md", "docs_index.md.jinja", index)]
    files += [
        PlannedFile(
            root / DOCS_DIR / page.file_name,
            "docs_operation.md.jinja",
            {"page": page, "package": package, "service": context["service"]},
        )
        for page in pages
    ]
    return files
