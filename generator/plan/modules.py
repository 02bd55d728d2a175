"""The import lines and export tables of a package's Python modules, laid out as black and
ruff's isort would have them: a models module's imports, `__all__`, and the package `__init__`'s
lazy table.
"""

from __future__ import annotations

import re
from typing import Any

from ..python import names
from ..python.layout import collection, import_from
from ..python.literals import py_literal
from .core import core_error_names
from .types import IMPORTED_NAMES, ModuleTypes
from .views import OperationView


def module_imports(types: ModuleTypes, operation: OperationView | None) -> list[str]:
    """The import lines a models module needs, and no more (ruff checks the output).

    The runtime reads the annotations, so every name a hint uses must be importable here; every
    name imported is one of `IMPORTED_NAMES`, which no class of the module may take.
    """
    hints = [f.type.hint for model in types.models.values() for f in model.fields]
    if operation is not None:
        hints += [p.hint for p in operation.params]
    abc = {
        name
        for name in ("AsyncIterable", "Iterable", "Mapping", "Sequence")
        if any(f"{name}[" in h for h in hints)
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
    answers_json = operation is not None and "_m." in operation.operation_line
    # A model derived from a shared one (a response that is that model) may use nothing of it.
    uses_model = any(
        model.fields or model.base.startswith("_m.") for model in types.models.values()
    )
    if uses_model or types.enums or answers_json:
        lines.append("from acs_core import model as _m")
    if operation is not None:
        lines.append("from acs_core import params as _p")
        info = ["OperationInfo"]
        info += ["Pager"] if operation.pager else []
        info += ["Waiter"] if operation.waiters else []
        info += ["Upload"] if operation.upload else []
        lines.append(import_from("acs_core.info", names.import_order(info)))
    assert {
        name
        for line in lines
        for name in re.findall(r"\b[A-Za-z_]\w*\b", line.partition(" import ")[2])
    } <= IMPORTED_NAMES | {"_m", "_p", "as", "model", "params"}, lines
    if types.shared_used:
        lines.append("")
        lines.append(import_from("._shared", names.import_order(types.shared_used)))
    return lines


def all_line(exports: list[str]) -> str:
    """`__all__ = [...]`, laid out as black would."""
    return collection("__all__ = [", [py_literal(n) for n in exports], "]", indent=0)


def init_lines(operations: list[OperationView]) -> dict[str, Any]:
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
        "all": all_line(exports),
    }


def _module_sort_key(module: str) -> tuple[str, str]:
    """How ruff's isort orders `from .models.<module>` lines: by module, case-insensitively."""
    return module.lower(), module
