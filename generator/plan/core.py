"""Plan `acs-core`, the runtime every product shares: its files, its version, its public names.

The runtime is a real project under `templates/acs-core/`, copied into OUT verbatim (it is
black-clean in the repository, a test says so, and never handed to the formatter). Nothing about
it is listed here by hand: the files are the folder's, the version is `acs_core.__version__`,
and the errors a product re-exports are `acs_core.errors.__all__`.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path, PurePosixPath

from ..base.resources import templates_dir
from .files import PlannedFile

CORE_TEMPLATE = "acs-core"  # the folder under templates/, and the distribution's name
CORE_PACKAGE = "acs_core"
# What tools leave in a source tree: never part of the runtime.
_SKIPPED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def core_root() -> Path:
    return templates_dir() / CORE_TEMPLATE


@cache
def core_sources() -> tuple[PurePosixPath, ...]:
    """Every file of the runtime project, relative to its folder, in a stable order."""
    root = core_root()
    found = [
        PurePosixPath(path.relative_to(root).as_posix())
        for path in root.rglob("*")
        if path.is_file() and not _SKIPPED_PARTS.intersection(path.parts)
    ]
    return tuple(sorted(found))


def plan_core() -> list[PlannedFile]:
    """`acs-core/...` in OUT: each file of the runtime project, copied as it is."""
    return [
        PlannedFile(
            PurePosixPath(CORE_TEMPLATE) / relative,
            static=f"{CORE_TEMPLATE}/{relative}",
        )
        for relative in core_sources()
    ]


def _module_tree(relative: str) -> ast.Module:
    path = core_root() / CORE_PACKAGE / relative
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name
            for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"acs_core does not assign {name}")


@cache
def core_version() -> str:
    """`acs_core.__version__`, e.g. "0.1.0"."""
    version = _assigned(_module_tree("__init__.py"), "__version__")
    assert isinstance(version, str)
    return version


@cache
def core_range() -> tuple[str, str]:
    """The versions a product accepts: this minor release on (0.x: minors may break), below the
    next; e.g. ("0.1", "0.2")."""
    major, minor = (int(part) for part in core_version().split(".")[:2])
    if major == 0:
        return f"0.{minor}", f"0.{minor + 1}"
    return f"{major}.{minor}", f"{major + 1}"


def core_requirement() -> str:
    """The requirement every product declares, e.g. `acs-core>=0.1,<0.2`."""
    low, high = core_range()
    return f"{CORE_TEMPLATE}>={low},<{high}"


@cache
def core_error_names() -> tuple[str, ...]:
    """The error classes every product re-exports: `acs_core.errors.__all__`."""
    names = _assigned(_module_tree("errors.py"), "__all__")
    assert isinstance(names, list)
    return tuple(str(name) for name in names)
