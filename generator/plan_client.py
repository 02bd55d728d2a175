"""Plan the client and emulator files of a package: their view models, computed here, not in Jinja."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from .literals import docstring, py_literal
from .names import export_order
from .spec import Service

if TYPE_CHECKING:
    from .plan import OperationView, PlannedFile


@dataclass(frozen=True)
class ClientBatchView:
    method_name: str
    operation_method: str
    param: str
    param_hint: str  # Iterable[...] of one item
    size: int
    results: str
    item_hint: str


@dataclass(frozen=True)
class ClientOpView:
    method_name: str
    module_name: str
    request_class: str
    response_class: str
    info_name: str
    doc: str | None
    signature: str  # the parameters after `self`
    call_args: str  # keyword arguments passing them on
    batch: ClientBatchView | None


@dataclass(frozen=True)
class EmulatorOpView:
    name_literal: str
    module_literal: str
    request_literal: str
    goldens_literal: str  # ((status, body text), ...): successes first
    state_literal: str  # the spec's emulator rules, or None


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _signature(op: OperationView) -> tuple[str, str]:
    if not op.params:
        return "", ""
    parts = [p.declaration for p in op.fields_in_order]
    return ", *, " + ", ".join(parts), ", ".join(
        f"{p.python_name}={p.python_name}" for p in op.params
    )


def _client_op(
    op: OperationView, shared_names: set[str]
) -> tuple[ClientOpView, list[tuple[str, str]]]:
    signature, call_args = _signature(op)
    imports = [(f".models.{op.module_name}", str(op.response_class))]
    batch = None
    if op.batch is not None:
        param = next(p for p in op.params if p.python_name == op.batch.param)
        item = (
            param.hint.removeprefix("Sequence[").removesuffix("]")
            if param.hint.startswith("Sequence[")
            else "Any"
        )
        batch = ClientBatchView(
            method_name=op.batch.method_name,
            operation_method=op.method_name,
            param=op.batch.param,
            param_hint=f"Iterable[{item}]",
            size=op.batch.size,
            results=op.batch.results,
            item_hint=op.batch.item_hint,
        )
        if _IDENTIFIER.fullmatch(op.batch.item_hint):
            if op.batch.item_hint in shared_names:
                imports.append((".models._shared", op.batch.item_hint))
            elif (
                op.batch.item_hint in op.types.models
                or op.batch.item_hint in op.types.enums
            ):
                imports.append((f".models.{op.module_name}", op.batch.item_hint))
    view = ClientOpView(
        method_name=op.method_name,
        module_name=op.module_name,
        request_class=op.request_class,
        response_class=op.response_class,
        info_name=op.info_name,
        doc=op.doc,
        signature=signature,
        call_args=call_args,
        batch=batch,
    )
    return view, imports


@dataclass(frozen=True)
class ClientVariant:
    """Sync or async: what differs between `Client` and `AsyncClient`, decided here."""

    module: str  # the file: _client.py or _async_client.py
    prefix: str  # "" or "Async": the class names
    base: str  # the runtime base class
    define: str  # "def " or "async def "
    wait: str  # "" or "await "
    iterator: str  # what a batch method returns
    exports: tuple[str, ...]
    doc: str

    @property
    def is_async(self) -> bool:
        return bool(self.wait)


VARIANTS = (
    ClientVariant(
        "_client",
        "",
        "ClientBase",
        "def ",
        "",
        "Iterator",
        ("Client", "RawClient", "RawResponse"),
        '"""`Client`: one method per operation, generated from the specs (sync)."""',
    ),
    ClientVariant(
        "_async_client",
        "Async",
        "AsyncClientBase",
        "async def ",
        "await ",
        "AsyncIterator",
        ("AsyncClient", "AsyncRawClient"),
        '"""`AsyncClient`: one method per operation, generated from the specs (asyncio)."""',
    ),
)


def _client_context(
    operations: list[OperationView], shared_names: set[str], variant: ClientVariant
) -> dict[str, Any]:
    views: list[ClientOpView] = []
    type_imports: dict[str, set[str]] = {}
    hints: list[str] = []
    for op in operations:
        view, imports = _client_op(op, shared_names)
        views.append(view)
        for module, name in imports:
            type_imports.setdefault(module, set()).add(name)
        hints += [p.hint for p in op.params]
    batches = any(v.batch for v in views)
    abc = {
        name
        for name in ("Mapping", "Sequence")
        if any(f"{name}[" in hint for hint in hints)
    }
    if batches:
        abc |= {variant.iterator, "Iterable"}
    typing = ["TYPE_CHECKING"]
    if any("Any" in hint for hint in hints) or any(
        v.batch and "Any" in v.batch.param_hint for v in views
    ):
        typing.append("Any")
    header = []
    if abc:
        header.append(f"from collections.abc import {', '.join(export_order(abc))}")
    header.append(f"from typing import {', '.join(typing)}")
    lines = [
        f"from {module} import {', '.join(export_order(names))}"
        for module, names in sorted(type_imports.items())
    ]
    return {
        "client_ops": views,
        "client_header": header,
        "client_type_imports": lines,
        "variant": variant,
    }


def _emulator_context(
    service: Service, operations: list[OperationView]
) -> dict[str, Any]:
    views = []
    for op, spec_op in zip(operations, service.operations, strict=True):
        goldens = sorted(
            spec_op.golden, key=lambda g: g.status >= 300
        )  # successes first, stable
        views.append(
            EmulatorOpView(
                name_literal=py_literal(op.name),
                module_literal=py_literal(str(op.module_name)),
                request_literal=py_literal(str(op.request_class)),
                goldens_literal=py_literal(tuple((g.status, g.text) for g in goldens)),
                state_literal=py_literal(spec_op.emulator),
            )
        )
    errors = {e.code: (e.status, e.message or "") for e in service.all_errors}
    return {"emulator_ops": views, "emulator_errors_literal": py_literal(errors)}


def plan_client_files(
    service: Service, context: dict[str, Any], src: PurePosixPath
) -> list[PlannedFile]:
    """`_client.py`, `_async_client.py` (formatted in parallel) and the `emulator` subpackage."""
    from .plan import PlannedFile

    shared = context["shared"]
    shared_names = {*shared.models, *shared.enums}
    class_doc = docstring(
        f"{service.title} ({service.api_version}): one method per operation; "
        "the options are described in `_client_base`.",
        indent=4,
    )
    clients = [
        PlannedFile(
            src / f"{variant.module}.py",
            "client.py.jinja",
            dict(
                context,
                **_client_context(context["operations"], shared_names, variant),
                client_class_doc=class_doc,
            ),
            python=True,
        )
        for variant in VARIANTS
    ]
    emulator = dict(context, **_emulator_context(service, context["operations"]))
    emulator["emulator_doc"] = docstring(
        f"An emulator of {service.title} ({service.api_version}) for tests: a real HTTP server on 127.0.0.1.",
        indent=0,
    )
    return [
        *clients,
        PlannedFile(
            src / "emulator" / "__init__.py",
            "emulator_init.py.jinja",
            emulator,
            python=True,
        ),
        PlannedFile(
            src / "emulator" / "__main__.py",
            "emulator_main.py.jinja",
            emulator,
            python=True,
        ),
    ]
