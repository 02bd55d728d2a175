"""Plan the clients of a package (`Client` and `AsyncClient`): their view models, computed here,
not in Jinja."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ..python.layout import (
    assignment,
    call,
    collection,
    definition,
    fits,
    import_from,
)
from ..python.literals import docstring, py_literal
from ..python.names import (
    CLASS_NAMES,
    UPLOAD_SOURCE,
    WAITER_OPTIONS,
    class_name,
    import_order,
)
from ..spec.model import Service
from .files import PlannedFile
from .views import OperationView, WaiterView


@dataclass(frozen=True)
class ClientBatchView:
    method_name: str
    operation_method: str
    param: str
    param_hint: str  # Iterable[...] of one item
    size: int
    results: str
    item_hint: str
    definition: (
        str  # `def iter_x(self, ids: Iterable[str]) -> Iterator[Item]:`, laid out
    )


@dataclass(frozen=True)
class ClientHelperView:
    """A page iterator or a waiter of an operation: a method laid out whole but for its body."""

    definition: str
    doc: str | None
    body: str  # `return self._iterate(...)` or `return self._wait(...)`


@dataclass(frozen=True)
class ClientOpView:
    """One operation's methods in one client variant, every line already laid out."""

    method_name: str
    doc: str | None
    definition: str  # `def name(self, *, ...) -> Response:`
    call: str  # `return self._call("module", locals())`: the method's arguments, passed on
    raw_binding: str  # `self.name = _base.raw(client.name)`, in the raw namespace
    batch: ClientBatchView | None
    helpers: tuple[ClientHelperView, ...]  # its page iterator and its waiters


@dataclass(frozen=True)
class ClientVariant:
    """Sync or async: what differs between `Client` and `AsyncClient`, decided here."""

    module: str  # the file: _client.py or _async_client.py
    prefix: str  # "" or "Async": the class names
    base: str  # the runtime base class
    define: str  # "def " or "async def "
    wait: str  # "" or "await "
    raw: str  # the runtime's typing of a raw-mode method
    iterator: str  # what a batch method or a page iterator returns
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
        "raw",
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
        "raw_async",
        "AsyncIterator",
        ("AsyncClient", "AsyncRawClient"),
        '"""`AsyncClient`: one method per operation, generated from the specs (asyncio)."""',
    ),
)


def _batch_view(
    op: OperationView, variant: ClientVariant, localize: Callable[[str], str]
) -> ClientBatchView | None:
    if op.batch is None:
        return None
    param = next(p for p in op.params if p.python_name == op.batch.param)
    item = localize(
        param.hint.removeprefix("Sequence[").removesuffix("]")
        if param.hint.startswith("Sequence[")
        else "Any"
    )
    result = localize(op.batch.item_hint)
    return ClientBatchView(
        method_name=op.batch.method_name,
        operation_method=op.method_name,
        param=op.batch.param,
        param_hint=f"Iterable[{item}]",
        size=op.batch.size,
        results=op.batch.results,
        item_hint=op.batch.item_hint,
        definition=definition(
            f"{variant.define}{op.batch.method_name}(",
            ["self", f"{op.batch.param}: Iterable[{item}]"],
            f") -> {variant.iterator}[{result}]:",
            indent=4,
        ),
    )


def _argument_line(argument: str, indent: int = 8) -> str:
    """A signature's parameter on its own line; too long, black parenthesises its annotation."""
    if fits(argument + ",", indent) or ": " not in argument:
        return argument
    name, _, rest = argument.partition(": ")
    hint, equals, default = rest.rpartition(" = ") if " = " in rest else (rest, "", "")
    pad, inner = " " * indent, " " * (indent + 4)
    return f"{name}: (\n{inner}{hint}\n{pad}){equals}{default}"


def _iterator_view(
    op: OperationView, variant: ClientVariant, localize: Callable[[str], str]
) -> ClientHelperView:
    assert op.pager is not None
    arguments = [
        _argument_line(localize(p.argument))
        for p in op.fields_in_order
        if p.python_name != op.pager.skipped
    ]
    item = localize(op.pager.item_hint)
    return ClientHelperView(
        definition=definition(
            f"def {op.pager.method_name}(",
            ["self", *(["*", *arguments] if arguments else [])],
            f") -> {variant.iterator}[{item}]:",
            indent=4,
        ),
        doc=docstring(
            f"{op.pager.summary}\n\nEach page is a call of `{op.method_name}`; "
            f"{op.pager.guard}.",
            indent=8,
        ),
        body=call(
            "return self._iterate(",
            [py_literal(str(op.module_name)), "locals()"],
            ")",
            indent=8,
        ),
    )


def _waiter_view(
    op: OperationView,
    waiter: WaiterView,
    variant: ClientVariant,
    localize: Callable[[str], str],
) -> ClientHelperView:
    arguments = [_argument_line(localize(p.argument)) for p in op.fields_in_order]
    arguments += [f"{option}: float | None = None" for option in WAITER_OPTIONS]
    return ClientHelperView(
        definition=definition(
            f"{variant.define}{waiter.method_name}(",
            ["self", "*", *arguments],
            f") -> {op.response_hint}:",
            indent=4,
        ),
        doc=docstring(
            f"{waiter.description}\n\n" * bool(waiter.description)
            + f"{waiter.summary}\n\nReturns the last response; raises `WaiterFailedError` or "
            "`WaiterTimeoutError` (with `last_response`). `delay` and `max_wait` (seconds) "
            "override the first delay and the time in all.",
            indent=8,
        ),
        body=call(
            f"return {variant.wait}self._wait(",
            [py_literal(str(op.module_name)), py_literal(waiter.name), "locals()"],
            ")",
            indent=8,
        ),
    )


def _upload_view(
    op: OperationView, variant: ClientVariant, localize: Callable[[str], str]
) -> ClientHelperView:
    """`upload_video(source, *, title, file_name=None, ..., part_size=None, ...)`."""
    upload = op.upload
    assert upload is not None
    required: list[str] = []
    optional: list[str] = []
    for p in op.fields_in_order:
        if p.python_name == upload.file_size:
            continue  # measured from the source
        if p.python_name == upload.file_name:
            optional.insert(0, f"{p.python_name}: {p.hint} | None = None")
        else:
            (required if p.required else optional).append(localize(p.argument))
    options = [
        "part_size: int | None = None",
        "parallelism: int | None = None",
        "progress: _base.ProgressCallback | None = None",
        "checkpoint_dir: str | None = None",
    ]
    own = ["self", f"{UPLOAD_SOURCE}: _base.UploadSource", "*"]
    return ClientHelperView(
        definition=call(
            f"{variant.define}{upload.method_name}(",
            [*own, *required, *optional, *options],
            f") -> {op.response_hint}:",
            indent=4,
        ),
        doc=docstring(
            f"{upload.summary}\n\n`{UPLOAD_SOURCE}`: a path, bytes, a binary file or an "
            "iterator of bytes; its name and size are the file's unless given. "
            "`part_size`, `parallelism`, `progress` (called with bytes done and in all) and "
            "`checkpoint_dir` (a path's upload resumes from there) go to "
            "`acs_core.oss.Transfer`. Bad input is refused before anything is sent.",
            indent=8,
        ),
        body=call(
            f"return {variant.wait}self._upload(",
            [py_literal(str(op.module_name)), "locals()"],
            ")",
            indent=8,
        ),
    )


def _client_op(
    op: OperationView, variant: ClientVariant, localize: Callable[[str], str]
) -> ClientOpView:
    arguments = ["self"]
    if op.params:
        arguments += [
            "*",
            *(_argument_line(localize(p.argument)) for p in op.fields_in_order),
        ]
    if op.streams:  # OSS: the body read whole, or streamed
        arguments += [*([] if op.params else ["*"]), "stream: bool = False"]
    passed = [py_literal(str(op.module_name)), "locals()"]
    method = op.method_name
    return ClientOpView(
        method_name=method,
        doc=op.doc,
        definition=definition(
            f"{variant.define}{method}(",
            arguments,
            f") -> {op.response_hint}:",
            indent=4,
        ),
        call=call(f"return {variant.wait}self._call(", passed, ")", indent=8),
        raw_binding=assignment(
            f"self.{method}",
            f"_base.{variant.raw}(",
            [f"client.{method}"],
            ")",
            indent=8,
        ),
        batch=_batch_view(op, variant, localize),
        helpers=(
            *([_iterator_view(op, variant, localize)] if op.pager else []),
            *(_waiter_view(op, waiter, variant, localize) for waiter in op.waiters),
            *([_upload_view(op, variant, localize)] if op.upload else []),
        ),
    )


@dataclass(frozen=True)
class _LocalNames:
    """The models the clients' annotations use, imported under names unique in the module."""

    imports: list[str]  # the `from .models.x import A, B as OpB` lines
    renames: dict[
        str, dict[str, str]
    ]  # operation -> {its model's name: the local name}

    def localizer(self, op: OperationView) -> Callable[[str], str]:
        """Rewrites an annotation of `op` to the names its models go by in the module."""
        rename = self.renames.get(op.name, {})
        if not rename:
            return lambda text: text
        return lambda text: CLASS_NAMES.sub(
            lambda found: rename.get(found.group(0), found.group(0)), text
        )


def _annotation_names(op: OperationView) -> list[str]:
    """Batch and page items, and the models a parameter takes (a request body's, for one)."""
    used = [op.batch.item_hint] if op.batch else []
    used += CLASS_NAMES.findall(op.pager.item_hint) if op.pager else []
    return used + [name for p in op.params for name in CLASS_NAMES.findall(p.hint)]


# What a client module defines or imports besides the models: a model of the same name is
# imported under its operation's prefix instead.
CLIENT_MODULE_NAMES = frozenset(
    {
        "Any",
        "AsyncClient",
        "AsyncIterator",
        "AsyncRawClient",
        "Client",
        "IO",
        "Iterable",
        "Iterator",
        "Mapping",
        "RawClient",
        "RawResponse",
        "Sequence",
        "TYPE_CHECKING",
    }
)


def _local_names(
    operations: list[OperationView], shared_names: set[str]
) -> _LocalNames:
    """Responses come from the package; other models from their module. Two operations' modules
    may each define a `ListItem`: then each is imported as `<Operation>ListItem`."""
    from_package = {str(op.response_class) for op in operations if op.response_class}
    wanted: list[tuple[OperationView, str, str]] = []  # operation, module, model
    modules_of: dict[str, set[str]] = {}
    for op in operations:
        for name in _annotation_names(op):
            if name in shared_names:
                module = ".models._shared"
            elif name in op.types.models or name in op.types.enums:
                module = f".models.{op.module_name}"
            else:
                continue
            wanted.append((op, module, name))
            modules_of.setdefault(name, set()).add(module)
    by_module: dict[str, set[str]] = {".": from_package} if from_package else {}
    renames: dict[str, dict[str, str]] = {}
    for op, module, name in wanted:
        if len(modules_of[name]) == 1 and name not in CLIENT_MODULE_NAMES:
            by_module.setdefault(module, set()).add(name)
            continue
        local = class_name(f"{op.name}{name}")
        by_module.setdefault(module, set()).add(f"{name} as {local}")
        renames.setdefault(op.name, {})[name] = local
    imports = [
        import_from(module, import_order(imported), indent=4)
        for module, imported in sorted(by_module.items())
    ]
    return _LocalNames(imports, renames)


def _client_context(
    operations: list[OperationView],
    shared_names: set[str],
    variant: ClientVariant,
    runtime: str,
) -> dict[str, Any]:
    """`runtime`: the module of the clients' bases (`acs_core.client`, `acs_core.oss.client`)."""
    local = _local_names(operations, shared_names)
    views = [_client_op(op, variant, local.localizer(op)) for op in operations]
    hints = [p.hint for op in operations for p in op.params]
    hints += [op.response_hint for op in operations]
    batches = any(v.batch for v in views)
    abc = {
        name
        for name in ("AsyncIterable", "Iterable", "Mapping", "Sequence")
        if any(f"{name}[" in hint for hint in hints)
    }
    if batches:
        abc |= {variant.iterator, "Iterable"}
    if any(op.pager for op in operations):
        abc.add(variant.iterator)
    typing = ["TYPE_CHECKING"]
    if any("IO[" in hint for hint in hints):
        typing.append("IO")
    if (
        any("Any" in hint for hint in hints)
        or any(v.batch and "Any" in v.batch.param_hint for v in views)
        or any(op.pager and "Any" in op.pager.item_hint for op in operations)
    ):
        typing.append("Any")
    header = []
    if abc:
        header.append(import_from("collections.abc", import_order(abc)))
    package, _, module = runtime.rpartition(".")
    header += [
        import_from("typing", import_order(typing)),
        "",
        f"from {package} import {module} as _base",
    ]
    if "RawResponse" in variant.exports:
        header.append(f"from {runtime} import RawResponse")
    header += ["", "from . import _service as _s"]
    return {
        "client_ops": views,
        "client_header": header,
        "client_type_imports": local.imports,
        "client_all_line": collection(
            "__all__ = [", [py_literal(name) for name in variant.exports], "]", indent=0
        ),
        "variant": variant,
    }


def plan_client_files(
    service: Service, context: dict[str, Any], src: PurePosixPath
) -> list[PlannedFile]:
    """`_client.py` and `_async_client.py` (formatted in parallel)."""
    shared = context["shared"]
    shared_names = {*shared.models, *shared.enums}
    runtime = "acs_core.oss.client" if service.style == "OSS" else "acs_core.client"
    options_doc = "acs_core.oss.base" if service.style == "OSS" else "acs_core.client"
    class_doc = docstring(
        f"{service.title} ({service.api_version}): one method per operation; "
        f"the options are described in `{options_doc}`.",
        indent=4,
    )
    clients = [
        PlannedFile(
            src / f"{variant.module}.py",
            "client.py.jinja",
            dict(
                context,
                **_client_context(
                    context["operations"], shared_names, variant, runtime
                ),
                client_class_doc=class_doc,
            ),
            python=True,
        )
        for variant in VARIANTS
    ]
    return clients
