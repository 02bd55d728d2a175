"""Plan a product's package: every file of the generated project, each with its template and
the view model it is rendered from (the other modules of `plan` compute the views).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..python import names
from ..python.literals import py_literal
from ..spec.model import Service
from .authorization import grants_table
from .client import plan_client_files
from .core import core_range
from .docs import plan_docs
from .emulator import plan_emulator_files
from .files import PlannedFile
from .goldens import golden_index, golden_tests, schema_json
from .modules import all_line, init_lines, module_imports
from .operation import operation_view
from .service import runtime_check, service_context
from .types import SHARED_MODULE, ModuleTypes, imported_names, model_for
from .views import OperationView


def python_views(service: Service) -> tuple[ModuleTypes, list[OperationView]]:
    """The Python names and types a service's package exposes: its shared models, then each
    operation's view, exactly as `plan_service` computes them (the breaking-change report
    compares these)."""
    shared = shared_types(service)
    return shared, [operation_view(op, service, shared) for op in service.operations]


def plan_service(service: Service) -> list[PlannedFile]:
    """Every file of the generated project for one service, paths relative to its folder."""
    package = names.PythonIdentifier(service.import_name)
    root = PurePosixPath(service.distribution)
    src = root / package
    shared = shared_types(service)
    operations = [
        operation_view(operation, service, shared) for operation in service.operations
    ]
    context = {
        "service": service_context(service),
        "package": package,
        "operations": operations,
        "shared": shared,
        "init": init_lines(operations),
        "emulator_region": (
            operations[0].example_region if operations else service.endpoints[0][0]
        ),
        "emulator_call": operations[0].example_call if operations else "",
        "package_literal": py_literal(str(package)),
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
            dict(context, runtime=runtime_check(service)),
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
            dict(context, golden_tests=golden_tests(service, operations)),
            python=True,
        ),
        PlannedFile(
            root / "tests" / "golden" / "index.json",
            "json.jinja",
            {"text": golden_index(service, operations)},
        ),
    ]
    files += plan_client_files(service, context, src)
    files += plan_emulator_files(service, context, src)
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
                    imports=module_imports(shared, None),
                    all_line=all_line(
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
            imports=module_imports(view.types, view),
            all_line=all_line(
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
                {"text": schema_json(operation, service)},
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


def shared_types(service: Service) -> ModuleTypes:
    """The shared models' module. Each model's class is named first (its own name, unless an
    import of the module has it), so that references between models resolve in any order.
    """
    imported = imported_names(service)
    naming = ModuleTypes(imported=imported)
    classes = {
        name: naming.claim(name, schema)[0] for name, schema in service.models.items()
    }
    shared = ModuleTypes(ref_classes=classes, imported=imported)
    for name, schema in service.models.items():
        model_for(schema, classes[name], shared, shared=True)
    return shared


def output_root(service: Service, out: Path) -> Path:
    return out / service.distribution
