"""Stage 3, plan: validated specs -> the files to write, each with a view model for its template.

Every name, type, literal and decision lives here; templates only lay them out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .plan_client import plan_client_files
from .plan_conveniences import (
    PagerView,
    WaiterView,
    iterator_example,
    operation_facts,
    pager_view,
    waiter_views,
)
from .plan_core import core_error_names, core_range, core_requirement
from .plan_docs import plan_docs
from .plan_files import PlannedFile
from .policy import grants_table
from .python import names
from .python.layout import assignment, call, collection, import_from
from .python.literals import docstring, one_line, py_literal, toml_string
from .pytypes import SHARED_MODULE, ModelView, ModuleTypes, TypeRef, model_for
from .spec.model import Operation, Parameter, Service
from .spec.schema import (
    Schema,
    is_binary,
    is_json_text,
    is_reference,
    items,
    properties,
    type_of,
)


@dataclass(frozen=True)
class ParamView:
    python_name: names.PythonIdentifier
    wire_name: str
    hint: str
    required: bool
    doc: str | None
    declaration: str  # the request class's field: `job_ids: ... = _p.param(...)`
    argument: str  # a method's: `job_ids: Sequence[str]`, or `name: str | None = None`
    example_literal: str  # a typed example value, for READMEs and tests


@dataclass(frozen=True)
class BatchView:
    method_name: names.PythonIdentifier
    param: names.PythonIdentifier
    size: int
    results: names.PythonIdentifier
    item_hint: str  # the type of one result


@dataclass(frozen=True)
class OperationView:
    name: str
    name_literal: str
    method_name: names.PythonIdentifier
    module_name: names.PythonIdentifier
    request_class: names.ClassName
    response_class: names.ClassName | None  # None: the operation answers no body
    response_hint: str  # what its client method returns
    summary: str
    doc: str | None
    params: tuple[ParamView, ...]  # in the spec's order (the wire order)
    fields_in_order: tuple[
        ParamView, ...
    ]  # required first: the order of keyword arguments
    types: ModuleTypes
    operation_line: str  # `OPERATION = OperationInfo(...)`, the last line of its module
    example_region: str
    example_call: str  # e.g. get_ai_image_jobs(job_ids=['cf08...'])
    iterator_call: str | None  # its page iterator's, e.g. iter_get_video_list()
    waiter_calls: tuple[str, ...]  # its waiters', in the order of `waiters`
    # How the generated tests run its page iterator against the emulator (None: they do not).
    iterator_test: dict[str, Any] | None
    facts: str  # one README line: access, regions, deprecation
    access: str
    batch: BatchView | None
    pager: PagerView | None
    waiters: tuple[WaiterView, ...]


def python_views(service: Service) -> tuple[ModuleTypes, list[OperationView]]:
    """The Python names and types a service's package exposes: its shared models, then each
    operation's view, exactly as `plan_service` computes them (the breaking-change report
    compares these)."""
    shared = _shared_types(service)
    return shared, [_operation_view(op, service, shared) for op in service.operations]


def plan_service(service: Service) -> list[PlannedFile]:
    """Every file of the generated project for one service, paths relative to its folder."""
    package = names.PythonIdentifier(service.import_name)
    root = PurePosixPath(service.distribution)
    src = root / package
    shared = _shared_types(service)
    operations = [
        _operation_view(operation, service, shared) for operation in service.operations
    ]
    context = {
        "service": _service_context(service),
        "package": package,
        "operations": operations,
        "shared": shared,
        "init": _init_lines(operations),
        "emulator_region": (
            operations[0].example_region if operations else service.endpoints[0][0]
        ),
        "emulator_call": operations[0].example_call if operations else "",
        # The README's examples of a page iterator and a waiter: the first the package has.
        "readme_iterator": next((o for o in operations if o.pager), None),
        "readme_waiter": next((o for o in operations if o.waiters), None),
    }
    files = [
        PlannedFile(root / "pyproject.toml", "pyproject.toml.jinja", context),
        PlannedFile(root / "README.md", "README.md.jinja", context),
        PlannedFile(src / "__init__.py", "package_init.py.jinja", context, python=True),
        PlannedFile(
            src / "_runtime.py",
            "runtime_check.py.jinja",
            dict(context, runtime=_runtime_check(service)),
            python=True,
        ),
        PlannedFile(src / "py.typed", "py.typed.jinja", context),
        PlannedFile(
            root / "testing" / "constraints-lowest.txt",
            "constraints_lowest.txt.jinja",
            {
                "core_lowest": f"{core_range()[0]}.0",
                "constraints_path": "testing/constraints-lowest.txt",
            },
        ),
        PlannedFile(src / "_service.py", "service.py.jinja", context, python=True),
        PlannedFile(
            src / "_authorization.json", "json.jinja", {"text": grants_table(service)}
        ),
        PlannedFile(
            src / "models" / "__init__.py", "models_init.py.jinja", context, python=True
        ),
    ]
    files += [
        PlannedFile(
            root / "tests" / "test_goldens.py",
            "test_goldens.py.jinja",
            dict(
                context,
                package_literal=py_literal(str(package)),
                golden_tests=_golden_tests(service, operations),
            ),
            python=True,
        ),
        PlannedFile(
            root / "tests" / "golden" / "index.json",
            "json.jinja",
            {"text": _golden_index(service, operations)},
        ),
    ]
    files += plan_client_files(service, context, src)
    files += plan_docs(service, operations, shared, context, root)
    if shared.models or shared.enums:
        files.append(
            PlannedFile(
                src / "models" / f"{SHARED_MODULE}.py",
                "models.py.jinja",
                dict(
                    context,
                    types=shared,
                    operation=None,
                    imports=_module_imports(shared, None),
                    all_line=_all_line(
                        names.export_order([*shared.models, *shared.enums])
                    ),
                ),
                python=True,
            )
        )
    for operation, view in zip(service.operations, operations, strict=True):
        op_context = dict(
            context,
            operation=view,
            types=view.types,
            imports=_module_imports(view.types, view),
            all_line=_all_line(
                names.export_order(
                    [view.request_class, *view.types.models, *view.types.enums]
                )
            ),
        )
        files.append(
            PlannedFile(
                src / "models" / f"{view.module_name}.py",
                "models.py.jinja",
                op_context,
                python=True,
            )
        )
        files.append(
            PlannedFile(
                root / "tests" / "schemas" / f"{operation.name}.json",
                "json.jinja",
                {"text": _schema_json(operation, service)},
            )
        )
        for golden in operation.golden:
            files.append(
                PlannedFile(
                    root / "tests" / "golden" / operation.name / f"{golden.name}.json",
                    "json.jinja",
                    {"text": golden.text},
                )
            )
    return files


def _module_imports(types: ModuleTypes, operation: OperationView | None) -> list[str]:
    """The import lines a models module needs, and no more (ruff checks the output).

    The runtime reads the annotations, so every name a hint uses must be importable here.
    """
    hints = [f.type.hint for model in types.models.values() for f in model.fields]
    if operation is not None:
        hints += [p.hint for p in operation.params]
    abc = {
        name for name in ("Mapping", "Sequence") if any(f"{name}[" in h for h in hints)
    }
    lines = []
    if abc:
        lines.append(import_from("collections.abc", names.import_order(abc)))
    if types.uses_datetime:
        lines.append("from datetime import datetime")
    typing = [
        name
        for name in ("IO", "Any")
        if any(re.search(rf"\b{name}\b", hint) for hint in hints)
    ]
    if typing:
        lines.append(import_from("typing", names.import_order(typing)))
    if lines:
        lines.append("")
    if types.models or types.enums:
        lines.append("from acs_core import model as _m")
    if operation is not None:
        lines.append("from acs_core import params as _p")
        info = ["OperationInfo"]
        info += ["Pager"] if operation.pager else []
        info += ["Waiter"] if operation.waiters else []
        lines.append(import_from("acs_core.info", names.import_order(info)))
    if types.shared_used:
        lines.append("")
        lines.append(import_from("._shared", names.import_order(types.shared_used)))
    return lines


def _all_line(exports: list[str]) -> str:
    """`__all__ = [...]`, laid out as black would."""
    return collection("__all__ = [", [py_literal(n) for n in exports], "]", indent=0)


def _init_lines(operations: list[OperationView]) -> dict[str, Any]:
    """The package `__init__`'s imports and tables, each laid out as black would."""
    lazy = [("AsyncClient", "_async_client"), ("Client", "_client")]
    lazy.append(("ram_policy", "_service"))
    lazy += [
        (name, f"models.{view.module_name}")
        for view in operations
        for name in (view.request_class, view.response_class)
        if name is not None
    ]
    errors = core_error_names()
    exports = names.export_order(
        [
            *errors,
            "AsyncClient",
            "Client",
            "ram_policy",
            *(v.request_class for v in operations),
            *(v.response_class for v in operations if v.response_class),
        ]
    )
    return {
        "errors_import": import_from("acs_core.errors", names.import_order(errors)),
        "type_imports": [
            import_from(module, [name], indent=4)
            for name, module in [
                ("AsyncClient", "._async_client"),
                ("Client", "._client"),
                ("ram_policy", "._service"),
            ]
        ]
        + [
            import_from(
                f".models.{v.module_name}",
                names.import_order(
                    [n for n in (v.request_class, v.response_class) if n]
                ),
                indent=4,
            )
            for v in sorted(operations, key=lambda v: _module_sort_key(v.module_name))
        ],
        "lazy": collection(
            "_LAZY = {",
            [f"{py_literal(n)}: {py_literal(m)}" for n, m in lazy],
            "}",
            indent=0,
        ),
        "all": _all_line(exports),
    }


def _module_sort_key(module: str) -> tuple[str, str]:
    """How ruff's isort orders `from .models.<module>` lines: by module, case-insensitively."""
    return module.lower(), module


def _golden_tests(service: Service, operations: list[OperationView]) -> set[str]:
    """Which of the generated golden tests have cases: a test with none is left out, as
    pytest would only report it skipped."""
    pairs = list(zip(service.operations, operations, strict=True))
    successes = [
        golden
        for operation, view in pairs
        if view.response_class is not None
        for golden in operation.golden
        if golden.status < 300
    ]
    tests = set()
    if successes:
        tests.add("round_trip")
    if any(golden.conforms for golden in successes):
        tests.add("schema")
    if any(g.status >= 300 and g.conforms for o, _ in pairs for g in o.golden):
        tests.add("errors")
    if any(view.iterator_test for view in operations):
        tests.add("iterators")
    return tests


def _golden_index(service: Service, operations: list[OperationView]) -> str:
    """`tests/golden/index.json`: each operation's models module and its goldens' statuses."""
    index = {
        operation.name: {
            "module": str(view.module_name),
            # An operation that answers no body has no response model to read goldens into.
            "parsed": view.response_class is not None,
            "goldens": {
                golden.name: {"status": golden.status, "conforms": golden.conforms}
                for golden in operation.golden
            },
        }
        for operation, view in zip(service.operations, operations, strict=True)
    }
    for operation, view in zip(service.operations, operations, strict=True):
        if view.iterator_test is not None:
            index[operation.name]["iterator"] = view.iterator_test
    return json.dumps(index, indent=1, ensure_ascii=False) + "\n"


def _runtime_check(service: Service) -> dict[str, str]:
    """`_runtime.py`'s facts: the acs-core range, and what to say outside it."""
    low, high = core_range()
    requirement = core_requirement()
    needs = f"{service.distribution} {service.version} needs {requirement}"
    fix = f"pip install '{requirement}'"

    def bound(version: str) -> str:
        return py_literal(tuple(int(part) for part in version.split(".")))

    return {
        "requirement": requirement,
        "low": bound(low),
        "high": bound(high) if "." in high else py_literal((int(high), 0)),
        "missing_literal": py_literal(f"{needs}, which is not installed: {fix}"),
        # An f-string: the installed version is known only at import time.
        "skew_literal": "f"
        + py_literal(f"{needs}, but acs-core {{core_version}} is installed: {fix}"),
    }


def _service_context(service: Service) -> dict[str, Any]:
    regions = [region for region, _ in service.endpoints]
    return {
        "code": service.code,
        "title": service.title,
        "description_toml": toml_string(
            f"Typed, validated Python client for {service.title} (API version {service.api_version})."
        ),
        "version_literal": py_literal(service.version),
        "title_doc": docstring(
            f"{service.title} (API version {service.api_version}): typed client.",
            indent=0,
        ),
        "api_version": service.api_version,
        "distribution": service.distribution,
        "version": service.version,
        "core_requirement": core_requirement(),
        "assignment": _service_assignment(service),
        "regions": regions,
        "first_region": regions[0],
    }


def _service_assignment(service: Service) -> str:
    """`SERVICE = ServiceInfo(...)`, laid out as black would."""

    def mapping(name: str, pairs: list[tuple[str, str]]) -> str:
        entries = [f"{py_literal(key)}: {py_literal(value)}" for key, value in pairs]
        return collection(f"{name}={{", entries, "}", indent=4)

    arguments = [
        f"product={py_literal(service.code)}",
        f"api_version={py_literal(service.api_version)}",
        mapping("endpoints", list(dict(service.endpoints).items())),
        f"protocol={py_literal(service.protocol)}",
        f"default_signature={py_literal(service.signing_default)}",
        f"supported_signatures={py_literal(service.signing_supported)}",
        mapping(
            "error_kinds",
            list({e.code: e.kind for e in service.all_errors if e.kind}.items()),
        ),
    ]
    if service.style != "RPC":
        arguments.append(f"style={py_literal(service.style)}")
    return call("SERVICE = ServiceInfo(", arguments, ")", indent=0)


def _shared_types(service: Service) -> ModuleTypes:
    shared = ModuleTypes()
    for name, schema in service.models.items():
        model_for(schema, name, shared, shared=True)
    return shared


def _operation_view(
    operation: Operation, service: Service, shared: ModuleTypes
) -> OperationView:
    types = ModuleTypes()
    types.reserve(*shared.models, *shared.enums)
    request_class, _ = types.claim(f"{operation.name}Request", {})
    response = _response_view(operation, types)
    params = tuple(
        _param_view(parameter, operation, types) for parameter in operation.parameters
    )
    facts = [py_literal(operation.name), request_class, response.value]
    if operation.methods[0] != "POST":
        facts.append(f"method={py_literal(operation.methods[0])}")
    if operation.path is not None:
        facts.append(f"path={py_literal(operation.path)}")
    if operation.regions:
        facts.append(f"regions={py_literal(tuple(operation.regions))}")
    if operation.access == "read":
        facts.append("read_only=True")
    if operation.idempotent:
        facts.append("idempotent=True")
    pager = pager_view(operation, types, shared, response.class_name)
    waiters = waiter_views(operation, types, shared, response.class_name)
    facts += operation_facts(pager, waiters)
    operation_line = assignment("OPERATION", "OperationInfo(", facts, ")", indent=0)
    summary = one_line(operation.summary)
    example_region = (
        operation.regions or tuple(region for region, _ in service.endpoints)
    )[0]
    return OperationView(
        name=operation.name,
        name_literal=py_literal(operation.name),
        method_name=names.method_name(operation.name),
        module_name=names.module_name(operation.name),
        request_class=request_class,
        response_class=response.class_name,
        response_hint=response.hint,
        summary=summary,
        doc=docstring(
            "\n".join(filter(None, [operation.summary, operation.description])),
            indent=8,
        ),
        params=params,
        fields_in_order=tuple(sorted(params, key=lambda p: not p.required)),
        types=types,
        operation_line=operation_line,
        example_call=_example_call(names.method_name(operation.name), params),
        iterator_call=(
            _example_call(pager.method_name, params, skip=pager.skipped)
            if pager
            else None
        ),
        waiter_calls=tuple(
            _example_call(waiter.method_name, params) for waiter in waiters
        ),
        facts=_facts(operation),
        example_region=example_region,
        access=operation.access,
        batch=_batch_view(operation, types, response.class_name),
        pager=pager,
        waiters=waiters,
        iterator_test=iterator_example(operation, pager, example_region),
    )


@dataclass(frozen=True)
class ResponseView:
    class_name: (
        names.ClassName | None
    )  # the model a response is read into (or its items)
    hint: str  # what the client method returns
    value: str  # OPERATION's `response`: the model, `_m.ArrayOf(Item)` or None


def _response_view(operation: Operation, types: ModuleTypes) -> ResponseView:
    """An object response becomes `XResponse`; an array one a list of `XResponseItem`."""
    if operation.response_media == "none":
        return ResponseView(None, "None", "None")
    schema = operation.response
    if type_of(schema) == "array":
        item = model_for(items(schema), f"{operation.name}ResponseItem", types)
        return ResponseView(item, f"list[{item}]", f"_m.ArrayOf({item})")
    model = model_for(schema, f"{operation.name}Response", types)
    return ResponseView(model, model, model)


def _batch_view(
    operation: Operation, types: ModuleTypes, response_class: str | None
) -> BatchView | None:
    batch = operation.batch
    if batch is None or response_class is None:
        return None
    parameter = next(p for p in operation.parameters if p.name == batch.parameter)
    response = types.models[response_class]
    results = next(
        f for f in response.fields if f.wire_literal == py_literal(batch.results)
    )
    return BatchView(
        method_name=names.PythonIdentifier(batch.method),
        param=names.attribute_name(parameter.name, parameter.python_name),
        size=parameter.schema["maxItems"],
        results=results.python_name,
        item_hint=results.type.hint.removeprefix("list[").removesuffix("]"),
    )


def _example_call(method: str, params: tuple[ParamView, ...], skip: str = "") -> str:
    """`method(required=example, ...)`: a call for READMEs, with the spec's examples."""
    arguments = [
        f"{p.python_name}={p.example_literal}"
        for p in params
        if p.required and p.python_name != skip
    ]
    return f"{method}({', '.join(arguments)})"


def _facts(operation: Operation) -> str:
    access = (
        "A read (retried on ambiguous failures)"
        if operation.access == "read"
        else ("A write (retried only when the request surely was not processed)")
    )
    regions = (
        f"only in {', '.join(operation.regions)}"
        if operation.regions
        else "in every region"
    )
    deprecated = " Deprecated." if operation.deprecated else ""
    return f"{access}; offered {regions}.{deprecated}"


# --- request parameters -------------------------------------------------------------------------

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


def _body_hint(parameter: Parameter, operation: Operation, types: ModuleTypes) -> str:
    """A body's type: bytes or a binary file, text, or data (a typed model, or a mapping)."""
    schema = parameter.schema
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
    if is_json_text(schema):
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


def _param_view(
    parameter: Parameter, operation: Operation, types: ModuleTypes
) -> ParamView:
    python_name = names.attribute_name(parameter.name, parameter.python_name)
    style = parameter.style
    if parameter.location == "body":
        hint, style = _body_hint(parameter, operation, types), None
    else:
        hint = _request_hint(parameter.schema)
    if operation.path and "{+" + parameter.name + "}" in operation.path:
        style = "tail"  # a path tail: may hold `/`
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
    stand_ins = {"integer": 1, "number": 1.0, "boolean": True, "object": {}}
    if kind == "array":
        item_kind = type_of(items(schema), "string")
        return [stand_ins.get(item_kind or "string", f"<{parameter.name}>")]
    return stand_ins.get(kind or "string", f"<{parameter.name}>")


def _schema_json(operation: Operation, service: Service) -> str:
    """The schemas the generated tests check golden responses against, with shared models."""
    document = {
        "response": operation.response,
        "error": service.error_response,
        "models": service.models,
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def output_root(service: Service, out: Path) -> Path:
    return out / service.distribution


__all__ = [
    "ModelView",
    "OperationView",
    "PlannedFile",
    "TypeRef",
    "plan_service",
    "python_views",
]
