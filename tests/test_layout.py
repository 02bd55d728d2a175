"""The generator's tree shows its pipeline: imports run one way, no module imports itself back,
and every module keeps to one job.

Every module of `generator/` is parsed with `ast`; every import counts, wherever it stands: at
the top, inside a function (it runs all the same, later) or under `TYPE_CHECKING` (the types are
a dependency too). A module's layer is its folder under `generator/` (or its own name for the
modules at the top: `pipeline`, `render`, `write`). Importing a submodule makes Python import
its package first; that implicit step is not counted, only what the source says.

The tests mirror that tree: each test module lives in the folder of what it tests, and keeps to
one behaviour (no test module over MAX_LINES either).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
NAME = PACKAGE.name

# Lowest first. A module may import its own folder and any layer below its own; folders that
# share a layer are peers and may not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("base",),  # diagnostics, cache, progress callback, block marks, package files
    ("python",),  # the target language's rules: names, literals, layout
    ("spec",),  # load, validate, checks, the spec model
    ("plan",),  # specs -> files to write, with their view models
    ("write",),  # atomic writes, the manifest, drift
    ("format", "render"),  # black; templates
    ("pipeline",),  # the stages strung together
    (
        "importer",
        "tools",
    ),  # vendor metadata -> specs; diff, policy, revisions, build hook
    ("cli",),  # the command line
    ("__init__", "__main__"),  # the public API, `python -m generator`
)
RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}
MAX_LINES = 500

# The tests mirror the architecture: a folder per stage or product of the generator, then the
# generated clients' runtime and whole products end to end (see tests/conftest.py).
TESTS = Path(__file__).resolve().parent
TEST_FOLDERS = {
    "spec": "load, validate (cases/: broken specs as data), checks, names",
    "plan": "planning, docs, policy planning, types",
    "output": "format, the format record, write, the golden record",
    "importer": "vendor metadata -> specs",
    "tools": "diff, revisions, the policy command, the build hook",
    "cli": "the command line, its configuration, progress, watch, pre-commit hooks",
    "runtime": "the generated clients against the emulator, and acs-core",
    "oss": "acs-core's OSS against the official OSS SDKs",
    "emulator_oss": "the emulator's OSS against the official OSS SDKs",
    "e2e": "whole products, installs, official SDKs, REST wire, hostile specs",
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    line: int
    target: str  # the imported module of the generator, dotted


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def unit(module: str) -> str:
    """The layer's name of a module: its folder under the package, or its own name on top."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def _is_package(module: str, known: dict[str, Path]) -> bool:
    return known[module].name == "__init__.py"


def _resolve(
    node: ast.Import | ast.ImportFrom, source: str, known: dict[str, Path]
) -> Iterator[str]:
    """The generator's modules an import statement names (a name imported from a package is
    its submodule when one exists, else the package itself)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == NAME or alias.name.startswith(NAME + "."):
                yield alias.name
        return
    if node.level:
        package = source if _is_package(source, known) else source.rpartition(".")[0]
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        anchor = ".".join(base + ([node.module] if node.module else []))
    else:
        anchor = node.module or ""
    if anchor != NAME and not anchor.startswith(NAME + "."):
        return
    for alias in node.names:
        submodule = f"{anchor}.{alias.name}"
        yield submodule if submodule in known else anchor


def imports() -> list[Import]:
    known = modules()
    found = []
    for source, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(
            tree
        ):  # every import: top level, in functions, TYPE_CHECKING
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _resolve(node, source, known):
                    assert (
                        target in known
                    ), f"{path}:{node.lineno}: {target} is no module"
                    found.append(Import(source, node.lineno, target))
    return found


def shown(module: str) -> str:
    path = modules()[module]
    return str(path.relative_to(PACKAGE.parent))


def test_every_module_belongs_to_a_layer() -> None:
    strays = sorted({unit(m) for m in modules()} - set(RANK))
    assert not strays, f"add these to LAYERS in {Path(__file__).name}: {strays}"


def test_imports_run_one_way_down_the_pipeline() -> None:
    wrong = []
    for found in imports():
        here, there = unit(found.source), unit(found.target)
        if here == there:
            continue
        if RANK[there] >= RANK[here]:
            allowed = [u for u in RANK if RANK[u] < RANK[here]]
            wrong.append(
                f"{shown(found.source)}:{found.line} imports {found.target}: "
                f"{there} is not below {here} ({here} may import {', '.join(allowed)})"
            )
    assert not wrong, "\n".join(wrong)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of modules that import one another (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_module_imports_itself_back() -> None:
    graph: dict[str, set[str]] = {}
    lines: dict[tuple[str, str], int] = {}
    for found in imports():
        graph.setdefault(found.source, set()).add(found.target)
        lines.setdefault((found.source, found.target), found.line)
    described = []
    for group in _cycles(graph):
        edges = [
            f"{shown(a)}:{lines[a, b]} imports {b}"
            for a in group
            for b in sorted(graph[a])
            if b in group
        ]
        described.append("a cycle: " + "; ".join(edges))
    assert not described, "\n".join(described)


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]
    ]
    assert _cycles({"a": {"a"}}) == [["a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_every_module_keeps_to_one_job() -> None:
    long = [
        f"{shown(module)}: {count} lines"
        for module, path in modules().items()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, f"over {MAX_LINES} lines, split by concern: " + ", ".join(long)


def test_every_folder_says_its_stage_and_what_it_may_import() -> None:
    for folder in sorted(p for p in PACKAGE.rglob("*") if p.is_dir()):
        if folder.name.startswith("__") or not any(folder.glob("*.py")):
            continue
        init = folder / "__init__.py"
        assert init.is_file(), f"{folder} has modules but no __init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring, f"{init} says nothing of its stage"
        if folder.parent == PACKAGE:  # a layer: it says what it may import
            assert "Imports:" in docstring, f"{init} does not say what it may import"


def test_every_test_module_lives_in_the_folder_of_what_it_tests() -> None:
    here = Path(__file__).name
    loose = sorted(p.name for p in TESTS.glob("test_*.py") if p.name != here)
    places = "".join(
        f"\n  tests/{name}/: {what}" for name, what in TEST_FOLDERS.items()
    )
    assert not loose, f"move {loose} into the folder of what they test:{places}"
    folders = {
        path.relative_to(TESTS).parts[0] for path in TESTS.glob("*/**/test_*.py")
    }
    strays = sorted(folders - set(TEST_FOLDERS))
    assert not strays, f"add these to TEST_FOLDERS in {here}, or move them: {strays}"


def test_every_test_module_keeps_to_one_behaviour() -> None:
    long = [
        f"{path.relative_to(TESTS.parent)}: {count} lines"
        for path in sorted(TESTS.rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, f"over {MAX_LINES} lines, split by behaviour: " + ", ".join(long)
