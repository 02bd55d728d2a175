"""Line layout in black's shape, decided while planning, so that black confirms rather than rewrites.

Black splits a line that is too long at its last bracket. The contents of a call's or a
signature's brackets are first "hugged" on one indented line; if they still do not fit, they go
one item per line with a trailing comma (which black then keeps: the "magic trailing comma").
Collection displays and imports of several items always go one per line. An assignment whose
right-hand side cannot start on its first line is wrapped in parentheses. The plan lays out the
long constructs it emits the same way; the formatter still runs and has the last word.

Every function returns source whose first line carries no indentation (the template places it)
and whose later lines carry their full indentation, `indent` being the first line's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# The width of generated code: the plan lays lines out to it and black formats to it (the
# formatter reads it from here: one owner).
LINE_LENGTH = 88
INDENT = "    "


def width(text: str) -> int:
    """Display width as black measures it: East Asian wide characters count twice."""
    if text.isascii():
        return len(text)
    return sum(
        (
            0
            if unicodedata.combining(char)
            else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        )
        for char in text
    )


def fits(text: str, indent: int) -> bool:
    return indent + width(text) <= LINE_LENGTH


def _exploded(head: str, items: Sequence[str], tail: str, indent: int) -> str:
    inner = " " * indent + INDENT
    body = "".join(f"{inner}{item},\n" for item in items)
    return f"{head}\n{body}{' ' * indent}{tail}"


def call(head: str, items: Sequence[str], tail: str, *, indent: int) -> str:
    """A call, a signature or a subscript: `head` ends with its opening bracket.

    An item may itself span lines (laid out for `indent` + 4): then the items go one per line.
    """
    if any("\n" in item for item in items):
        return _exploded(head, items, tail, indent)
    one_line = f"{head}{', '.join(items)}{tail}"
    if not items or fits(one_line, indent):
        return one_line
    body = ", ".join(items)
    if fits(body, indent + len(INDENT)) and fits(tail, indent):
        return f"{head}\n{' ' * indent}{INDENT}{body}\n{' ' * indent}{tail}"
    return _exploded(head, items, tail, indent)


def definition(head: str, params: Sequence[str], tail: str, *, indent: int) -> str:
    """A `def` line: as `call`, except that a lone parameter on a line of its own keeps a
    trailing comma (black's left-hand split of a signature adds one)."""
    if len(params) == 1 and not fits(f"{head}{params[0]}{tail}", indent):
        return _exploded(head, params, tail, indent)
    return call(head, params, tail, indent=indent)


def collection(head: str, items: Sequence[str], tail: str, *, indent: int) -> str:
    """A list, tuple, dict or set display: several items that do not fit go one per line."""
    if len(items) == 1:
        return call(head, items, tail, indent=indent)
    one_line = f"{head}{', '.join(items)}{tail}"
    if not items or (fits(one_line, indent) and "\n" not in one_line):
        return one_line
    return _exploded(head, items, tail, indent)


def assignment(
    target: str, head: str, items: Sequence[str], tail: str, *, indent: int
) -> str:
    """`target = head(items)tail`, the right-hand side a call laid out by `call`."""
    start = f"{target} = {head}"
    if fits(start, indent):
        return call(start, items, tail, indent=indent)
    inner = indent + len(INDENT)
    value = call(head, items, tail, indent=inner)
    name, colon, hint = target.partition(": ")
    if fits(f"{target} = (", indent) or not colon:
        return f"{target} = (\n{' ' * inner}{value}\n{' ' * indent})"
    # Even the target is too long: black parenthesises the annotation instead, split at `|`.
    pad = " " * inner
    annotation = hint if fits(hint, inner) else f"\n{pad}| ".join(hint.split(" | "))
    return f"{name}: (\n{pad}{annotation}\n{' ' * indent}) = {value}"


def import_from(module: str, imported: Sequence[str], *, indent: int = 0) -> str:
    """`from module import a, b`; too long, black parenthesises it one name per line."""
    one_line = f"from {module} import {', '.join(imported)}"
    if fits(one_line, indent):
        return one_line
    return _exploded(f"from {module} import (", imported, ")", indent)
