"""acs-core is organised by concern: no import cycle between its modules (imports inside
functions count too), and no module over 500 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import acs_core

PACKAGE = Path(acs_core.__file__).resolve().parent
MAX_LINES = 500


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The acs_core modules `name` imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            tail = [node.module] if node.module else []
            module = ".".join([*base, *tail] if node.level else tail)
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        else:
            continue
        # A module's own packages are imported before it, whatever it says: not an edge.
        found.update(
            t
            for t in targets
            if t in known and t != name and not name.startswith(t + ".")
        )
    return found


def test_no_module_imports_itself_back() -> None:
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            current = todo.pop()
            for nxt in graph[current]:
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    # A package importing its own submodules (its facade) is not a cycle; a module that
    # reaches back to something that imports it is.
    cycles = [
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if not b.startswith(a + ".") and not a.startswith(b + ".") and reaches(b, a)
    ]
    assert cycles == []


def test_no_module_is_over_500_lines() -> None:
    long = {
        name: lines
        for name, path in modules().items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
