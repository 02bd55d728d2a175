"""Lines too long for one line, split as black splits them, for the shapes the layout engine
writes (`generator/python/layout.py`); any other long line raises `Decline`.

A statement whose value is one bracketed construct (a call of a dotted name, a list, set, dict
or parenthesised tuple display) is split at that construct's brackets when the text before
them fits: black's right-hand split, whose optional parentheses around the value it omits when
the value has no delimiter outside brackets (`can_omit_invisible_parens`) and the head fits
(`_prefer_split_rhs_oop_over_rhs`). The contents go on one indented line when they fit (and are
not a display of several items, which black always explodes), else one item per line with a
trailing comma; an item too long for its line is split the same way. A `def` is split at its
parameters (black's left-hand split), which take a trailing comma when one line holds just one.
`from m import (...)` always holds one name per line.
"""

from __future__ import annotations

import ast

from .expressions import TEST, Decline, Expressions
from .strings import width_bounds

LINE_LENGTH = 88
INDENT = "    "


def fits(line: str) -> bool:
    least, most = width_bounds(line)
    if most <= LINE_LENGTH:
        return True
    if least > LINE_LENGTH:
        return False
    raise Decline("width unknown")  # non-ASCII near the limit: black's table decides


def _bracketed_node(node: ast.expr) -> bool:
    """A call or display whose brackets a trailing comma can make magic (not a one-tuple)."""
    if isinstance(node, ast.Await):
        return isinstance(node.value, ast.Call)
    if isinstance(node, ast.Tuple):
        return len(node.elts) > 1
    return isinstance(node, (ast.Call, ast.List, ast.Set, ast.Dict))


def _whole(node: ast.expr | None) -> bool:
    """A value without brackets or delimiters: black cannot split it and leaves it long."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return True
    return node is not None and _dotted(node)


def _dotted(node: ast.expr) -> bool:
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


Items = list[
    tuple[str, "ast.expr | None"]
]  # each item's text, and its value if it may split


class Splitter:
    def __init__(self, render: Expressions) -> None:
        self.x = render

    def brackets(
        self, node: ast.expr, *, any_callee: bool = False
    ) -> tuple[str, Items, str, bool]:
        """(opening text, items, closing text, whether black always explodes it) of a construct
        black splits at its own brackets; raises Decline for any other. A call's callee is a
        dotted name, or anything when `any_callee` (a statement without optional parentheses,
        which black splits at its last brackets whatever comes before them)."""
        x = self.x
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
            opening, awaited, closing, explode = self.brackets(node.value)
            return f"await {opening}", awaited, closing, explode
        if (
            isinstance(node, ast.Call)
            and (any_callee or _dotted(node.func))
            and (node.args or node.keywords)
        ):
            found = [
                (a.lineno, a.col_offset, a, not isinstance(a, ast.Starred))
                for a in node.args
            ]
            found += [
                (k.lineno, k.col_offset, k.value, k.arg is not None)
                for k in node.keywords
            ]
            found.sort(key=lambda item: (item[0], item[1]))
            texts = x.arguments(node)
            items: Items = [
                (text, value if plain else None)
                for text, (_, _, value, plain) in zip(texts, found, strict=True)
            ]
            return f"{x(node.func)}(", items, ")", False
        if isinstance(node, (ast.List, ast.Set, ast.Tuple)) and node.elts:
            if isinstance(node, ast.Tuple) and (
                len(node.elts) < 2 or not x.source.opens_with_paren(node)
            ):
                raise Decline("tuple")
            elements: Items = [
                (x.element(e), None if isinstance(e, ast.Starred) else e)
                for e in node.elts
            ]
            pair = {ast.List: "[]", ast.Set: "{}", ast.Tuple: "()"}[type(node)]
            return pair[0], elements, pair[1], True
        if isinstance(node, ast.Dict) and node.keys:
            texts = x.dict_items(node)
            pairs = zip(texts, node.keys, node.values, strict=True)
            items = [
                (text, value if _whole(key) else None) for text, key, value in pairs
            ]
            return "{", items, "}", True
        raise Decline("no bracketed value to split")

    def value(
        self,
        prefix: str,
        node: ast.expr,
        suffix: str,
        depth: int,
        *,
        any_callee: bool = False,
    ) -> list[str]:
        """`prefix` + node + `suffix` at `depth`, as black lays it out (one line if it fits)."""
        line = f"{INDENT * depth}{prefix}{self.x(node, TEST)}{suffix}"
        magic = _bracketed_node(node) and self.x.source.magic_comma(node)
        if not magic and fits(line):
            return [line]
        opening, items, closing, explode = self.brackets(node, any_callee=any_callee)
        head, tail = f"{prefix}{opening}", f"{closing}{suffix}"
        return self._bracketed(
            head, items, tail, depth, explode=explode or magic, magic=magic
        )

    def optional_parentheses(
        self, prefix: str, node: ast.expr, depth: int
    ) -> list[str]:
        """`target = value` or `return value`: black puts the value in invisible parentheses.
        It splits at the value's own brackets when the text before them fits; else it makes
        those parentheses visible, when that gives lines that all fit."""
        indent = INDENT * depth
        line = f"{indent}{prefix}{self.x(node, TEST)}"
        magic = _bracketed_node(node) and self.x.source.magic_comma(node)
        if not magic and fits(line):
            return [line]
        if fits(f"{indent}{prefix}{self.brackets(node)[0]}"):
            return self.value(prefix, node, "", depth)
        lines = [
            f"{indent}{prefix}(",
            *self.value("", node, "", depth + 1),
            f"{indent})",
        ]
        if not all(fits(line) for line in lines):
            raise Decline("long value in parentheses")
        return lines

    def _bracketed(
        self,
        head: str,
        items: Items,
        tail: str,
        depth: int,
        *,
        explode: bool,
        comma: bool = False,
        magic: bool = False,
    ) -> list[str]:
        """Head, contents, tail. The contents stay on one line when they fit, unless `explode`
        (a display or import of several items, or a magic trailing comma); one item takes a
        trailing comma if `comma`. An item that cannot split stays whole, however long.
        """
        indent, inner = INDENT * depth, INDENT * (depth + 1)
        first, last = f"{indent}{head}", f"{indent}{tail}"
        if not fits(first) or not fits(last):
            raise Decline("head or tail too long")
        if not magic and (len(items) == 1 or not explode):
            body = f"{inner}{', '.join(text for text, _ in items)}"
            if len(items) == 1 and comma:
                body += ","
            if fits(body) or (len(items) == 1 and not comma and _whole(items[0][1])):
                return [first, body, last]
            if len(items) == 1:
                raise Decline("one item too long")
        lines = [first]
        for text, value in items:
            line = f"{inner}{text},"
            if (
                value is not None
                and _bracketed_node(value)
                and self.x.source.magic_comma(value)
            ):
                pass  # exploded by its own magic trailing comma, even if it fits
            elif fits(line) or _whole(value):
                lines.append(line)
                continue
            rendered = "" if value is None else self.x(value, TEST)
            if value is None or not text.endswith(rendered):
                raise Decline("item too long")
            lines.extend(
                self.value(text[: len(text) - len(rendered)], value, ",", depth + 1)
            )
        lines.append(last)
        return lines

    def definition(
        self, head: str, params: list[str], tail: str, depth: int, *, magic: bool
    ) -> list[str]:
        """A `def` line: black's left-hand split at its parameters (a lone parameter takes a
        trailing comma; so does each when there is one per line, as when the source ends them
        with a magic trailing comma)."""
        line = f"{INDENT * depth}{head}{', '.join(params)}{tail}"
        if not magic and fits(line):
            return [line]
        if not params:
            raise Decline("def without parameters too long")
        if len(params) == 1 and ("," in params[0] or params[0].startswith("*")):
            raise Decline("lone parameter with a comma or a star")
        items: Items = [(param, None) for param in params]
        return self._bracketed(
            head, items, tail, depth, explode=magic, comma=True, magic=magic
        )

    def import_from(
        self, head: str, names: list[str], depth: int, *, magic: bool
    ) -> list[str]:
        """`from m import a, b`; too long (or with a magic trailing comma), one per line."""
        line = f"{INDENT * depth}{head}{', '.join(names)}"
        if not magic and fits(line):
            return [line]
        items: Items = [(name, None) for name in names]
        return self._bracketed(
            f"{head}(", items, ")", depth, explode=True, comma=True, magic=magic
        )
