"""The proof at the edge of the width: every layout of the layout engine's shapes, and the shapes
black parenthesises or splits at inner brackets (union annotations, one-tuples, a class's lone
base), with names growing across the 88th column. `proven(text)` implies black keeps `text`;
black's own output, where its lines fit, is proven."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator

import black
import pytest
from black.parsing import InvalidInput

from generator.format.proof import proven
from generator.format.workers import _mode

MODE = _mode()


def black_keeps(text: str) -> bool:
    try:
        return bool(black.format_str(text, mode=MODE) == text)
    except InvalidInput:
        return False


def unsound(texts: list[str]) -> list[str]:
    """The texts the proof vouches for and black changes (there must be none)."""
    return [text for text in texts if proven(text) and not black_keeps(text)]


# --- lines at the edge of the width -----------------------------------------------------------


def _layouts(head: str, items: list[str], tail: str, depth: int) -> Iterator[str]:
    indent, inner = "    " * depth, "    " * (depth + 1)
    yield f"{indent}{head}{', '.join(items)}{tail}\n"
    yield f"{indent}{head}\n{inner}{', '.join(items)}\n{indent}{tail}\n"
    yield f"{indent}{head}\n{inner}{', '.join(items)},\n{indent}{tail}\n"
    yield f"{indent}{head}\n" + "".join(
        f"{inner}{i},\n" for i in items
    ) + f"{indent}{tail}\n"


def _nest(text: str, depth: int) -> str:
    return "".join("    " * d + "class C:\n" for d in range(depth)) + text


@pytest.mark.parametrize("depth", [0, 2])
def test_lines_at_the_edge_of_the_width(depth: int) -> None:
    """Every layout of the layout engine's shapes, names growing across the 88th column."""
    texts, black_made = [], []
    for size in range(44, 100, 4):
        n = "n" * size
        shapes = [
            (f"{n[:size // 2]} = f(", ['"a"', "b"], ")"),
            (
                f"x: list[{n[:size // 3]}] | None = _m.wire(",
                [f'"{n[:size // 4]}"'],
                ")",
            ),
            (f"x_{n[:size // 2]}: T | None = _m.wire(", [f'"{n[:size // 3]}"'], ")"),
            ("return self._call(", [f'"{n[:size // 3]}"', "request", "timeout=t"], ")"),
            ("__all__ = [", [f'"{n[:size // 3]}"', f'"{n[:size // 4]}"'], "]"),
            ("raise ValueError(", [f'"{n}"'], ") from None"),
            ("super().__init__(", [f"{n[:size // 3]}", "b=b", "c=c"], ")"),
            (f"self.{n[:size // 4]}().x.y(", [f"{n[:size // 3]}", "b=b"], ")"),
            (f"from .{n[:size // 3]} import (", [n[: size // 4], "Bbb"], ")"),
            (
                f"def {n[:size // 3]}(",
                ["self", "*", f"a_{n[:size // 3]}: str | None = None"],
                ") -> R:",
            ),
        ]
        for head, items, tail in shapes:
            for text in _layouts(head, items, tail, depth):
                if head.startswith("def "):
                    text += "    " * (depth + 1) + "pass\n"
                source = _nest(text, depth)
                texts.append(source)
                black_made.append(black.format_str(source, mode=MODE))
    assert unsound(texts) == []
    assert [text for text in black_made if not proven(text)] == []


def _annotated_layouts(target: str, operands: list[str], value: str) -> Iterator[str]:
    """`target: A | B = value` as black may lay it out, and near misses."""
    union = " | ".join(operands)
    yield f"{target}: {union} = {value}\n"
    head, _, rest = value.partition("(")
    yield f"{target}: {union} = {head}(\n    {rest[:-1]}\n)\n"
    yield f"{target}: {union} = (\n    {value}\n)\n"
    yield f"{target}: (\n    {union}\n) = {value}\n"
    split = "\n    | ".join(operands)
    yield f"{target}: (\n    {split}\n) = {value}\n"


def _parameter_layouts(name: str, operands: list[str], default: str) -> Iterator[str]:
    union, split = " | ".join(operands), "\n        | ".join(operands)
    for annotation in (
        union,
        f"(\n        {union}\n    )",
        f"(\n        {split}\n    )",
    ):
        yield (
            f"def f(\n    self,\n    *,\n    {name}: {annotation}{default},\n"
            "    b: int = 1,\n) -> None:\n    pass\n"
        )
    yield f"def f(self, *, {name}: {union}{default}, b: int = 1) -> None:\n    pass\n"


@pytest.mark.parametrize("depth", [0, 1])
def test_parenthesised_annotations_one_tuples_and_bases_at_the_edge(depth: int) -> None:
    """A union annotation black parenthesises (an annotated assignment, a parameter), a
    one-tuple split at its parentheses, a class's lone base: lengths across the 88th column.
    """
    texts = []
    for size in range(20, 110, 6):
        n = "N" * size
        for short in (2, size // 3, size // 2):
            operands = [n, "None"], [n[:short], f"Mapping[str, {n[:short]}]", "None"]
            for union in operands:
                texts += _annotated_layouts(
                    f"x_{n[:short]}", union, f'_m.wire("{n[:short]}")'
                )
                texts += _annotated_layouts("x", union, "_m.wire(a, b)")
                texts += _parameter_layouts(f"p_{n[:short]}", union, " = None")
                texts += _parameter_layouts("p", union, "")
            element = f'("{n[:short]}", ("{n[: size // 2]}", "{n[:short]}"))'
            texts.append(f'p = Pager(\n    "m",\n    markers=({element},),\n)\n')
            texts.append(f'p = Pager("m", markers=({element},))\n')
            texts.append(f"x_{n[:short]} = ({element},)\n")
            texts.append(f"x = (\n    {element},\n)\n")
            texts.append(f"class C{n}(_m.{n[:short]}):\n    pass\n")
            texts.append(f"class C{n}(\n    _m.{n[:short]}\n):\n    pass\n")
    sources = [_nest(textwrap.indent(text, "    " * depth), depth) for text in texts]
    sources = [source for source in sources if _parses(source)]
    black_made = [black.format_str(source, mode=MODE) for source in sources]
    assert unsound(sources + black_made) == []
    fitting = [t for t in black_made if max(map(len, t.splitlines())) <= 88]
    assert len(fitting) > len(black_made) // 2
    assert [
        text for text in fitting if not proven(text)
    ] == []  # black's, where it fits


def _parses(text: str) -> bool:
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True
