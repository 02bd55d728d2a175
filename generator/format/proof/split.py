"""Lines too long for one line, split as black splits them, for the shapes the layout engine
writes (`generator/python/layout.py`); any other long line raises `Decline`.

A statement whose value is one bracketed construct (a call of a dotted name, a list, set, dict
or parenthesised tuple display) is split at that construct's brackets when the text before
them fits: black's right-hand split, whose optional parentheses around the value it omits when
the value has no delimiter outside brackets (`can_omit_invisible_parens`) and the head fits
(`_prefer_split_rhs_oop_over_rhs`). The contents go on one indented line when they fit (and are
not a display of several items, which black always explodes), else one item per line with a
trailing comma; an item too long for its line is split the same way. A parenthesised
one-tuple splits at its parentheses, its element and comma on one line. A `def` is split at its
parameters (black's left-hand split), which take a trailing comma when one line holds just one.
A union annotation (`A | B`) black wraps in invisible parentheses: a parameter, or an annotated
assignment whose value cannot split with a head that fits, too long for its line has them made
visible, the annotation alone on the line between them. `from m import (...)` always holds one
name per line.
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


def whole(node: ast.expr | None) -> bool:
    """A value without brackets or delimiters: black cannot split it and leaves it long."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return True
    return node is not None and _dotted(node)


def parenthesisable(annotation: ast.expr) -> bool:
    """A union black wraps in invisible parentheses and keeps them when it splits there: its
    delimiters (`|`) make them worth keeping (`can_omit_invisible_parens`), its first operand
    opens no bracket and its last closes none that is not a subscript's."""
    if not (isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr)):
        return False
    operands: list[ast.expr] = []
    node: ast.expr = annotation
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        operands.append(node.right)
        node = node.left
    operands.append(node)
    return all(
        _dotted(operand)
        or (isinstance(operand, ast.Subscript) and _dotted(operand.value))
        or (isinstance(operand, ast.Constant) and operand.value is None)
        for operand in operands
    )


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
        if (
            isinstance(node, ast.Tuple)
            and len(node.elts) == 1
            and not isinstance(node.elts[0], ast.Starred)
            and x.source.opens_with_paren(node)
        ):  # its comma is not magic: the element and comma on one line, or decline
            return "(", [(f"{x.element(node.elts[0])},", None)], ")", False
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
                (text, value if whole(key) else None) for text, key, value in pairs
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
        if isinstance(node, ast.Tuple) and len(node.elts) == 1:
            return self._one_tuple(head, node.elts[0], tail, depth)
        return self._bracketed(
            head, items, tail, depth, explode=explode or magic, magic=magic
        )

    def optional_parentheses(
        self,
        prefix: str,
        node: ast.expr,
        depth: int,
        *,
        annotated: tuple[str, ast.expr] | None = None,
    ) -> list[str]:
        """`target = value` or `return value`: black puts the value in invisible parentheses.
        It splits at the value's own brackets when the text before them fits; else it makes
        those parentheses visible, when that gives lines that all fit. `annotated`: (target,
        annotation) of `target: annotation = value` whose annotation is `parenthesisable`;
        when neither of those heads fits, black splits at the annotation's parentheses.
        """
        indent = INDENT * depth
        line = f"{indent}{prefix}{self.x(node, TEST)}"
        magic = _bracketed_node(node) and self.x.source.magic_comma(node)
        if not magic and fits(line):
            return [line]
        if fits(f"{indent}{prefix}{self.brackets(node)[0]}"):
            return self.value(prefix, node, "", depth)
        if annotated is not None and not fits(f"{indent}{prefix}("):
            target, annotation = annotated
            lines = [
                f"{indent}{target}: (",
                *self.union(annotation, depth + 1),
                f"{indent}) = {self.x(node, TEST)}",
            ]
        else:
            lines = [
                f"{indent}{prefix}(",
                *self.value("", node, "", depth + 1),
                f"{indent})",
            ]
        if not all(fits(line) for line in lines):
            raise Decline("long value in parentheses")
        return lines

    def _one_tuple(
        self, head: str, element: ast.expr, tail: str, depth: int
    ) -> list[str]:
        """A one-tuple split at its parentheses: its element and comma on one line, else the
        element split at its own brackets (black's right-hand split of that line)."""
        indent, inner = INDENT * depth, INDENT * (depth + 1)
        first, last = f"{indent}{head}", f"{indent}{tail}"
        if not fits(first) or not fits(last):
            raise Decline("head or tail too long")
        body = f"{inner}{self.x.element(element)},"
        if fits(body):
            return [first, body, last]
        if not _bracketed_node(element):
            raise Decline("one-tuple's element too long")
        return [first, *self.value("", element, ",", depth + 1), last]

    def union(self, annotation: ast.expr, depth: int) -> list[str]:
        """A `parenthesisable` annotation between its parentheses at `depth`: on one line, or
        split at its `|` (black's delimiter split), one operand per line."""
        indent = INDENT * depth
        line = f"{indent}{self.x(annotation)}"
        if fits(line):
            return [line]
        operands: list[ast.expr] = []
        node = annotation
        while isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            operands.append(node.right)
            node = node.left
        operands.append(node)
        texts = [self.x(operand) for operand in reversed(operands)]
        lines = [f"{indent}{texts[0]}", *(f"{indent}| {text}" for text in texts[1:])]
        if not all(fits(line) for line in lines):
            raise Decline("union operand too long")
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
        annotations: dict[str, tuple[str, ast.expr, str]] | None = None,
    ) -> list[str]:
        """Head, contents, tail. The contents stay on one line when they fit, unless `explode`
        (a display or import of several items, or a magic trailing comma); one item takes a
        trailing comma if `comma`. An item that cannot split stays whole, however long.
        `annotations`: the parameters whose annotation black parenthesises when the parameter
        is too long for its line, by text: (before the annotation, it, after it).
        """
        indent, inner = INDENT * depth, INDENT * (depth + 1)
        first, last = f"{indent}{head}", f"{indent}{tail}"
        if not fits(first) or not fits(last):
            raise Decline("head or tail too long")
        if not magic and (len(items) == 1 or not explode):
            body = f"{inner}{', '.join(text for text, _ in items)}"
            if len(items) == 1 and comma:
                body += ","
            if fits(body) or (len(items) == 1 and not comma and whole(items[0][1])):
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
            elif fits(line) or whole(value):
                lines.append(line)
                continue
            if annotations and value is None and text in annotations:
                before, annotation, after = annotations[text]
                parenthesised = [
                    f"{inner}{before}(",
                    *self.union(annotation, depth + 2),
                    f"{inner}){after},",
                ]
                if not all(fits(line) for line in parenthesised):
                    raise Decline("parenthesised annotation too long")
                lines.extend(parenthesised)
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
        self,
        head: str,
        params: list[str],
        tail: str,
        depth: int,
        *,
        magic: bool,
        annotations: dict[str, tuple[str, ast.expr, str]] | None = None,
    ) -> list[str]:
        """A `def` line: black's left-hand split at its parameters (a lone parameter takes a
        trailing comma; so does each when there is one per line, as when the source ends them
        with a magic trailing comma). `annotations` as `_bracketed` takes them."""
        line = f"{INDENT * depth}{head}{', '.join(params)}{tail}"
        if not magic and fits(line):
            return [line]
        if not params:
            raise Decline("def without parameters too long")
        if len(params) == 1 and ("," in params[0] or params[0].startswith("*")):
            raise Decline("lone parameter with a comma or a star")
        items: Items = [(param, None) for param in params]
        return self._bracketed(
            head,
            items,
            tail,
            depth,
            explode=magic,
            comma=True,
            magic=magic,
            annotations=annotations,
        )

    def class_base(self, head: str, base: str, depth: int) -> list[str]:
        """`class Name(Base):` too long: the lone base on its own line, without a comma."""
        return self._bracketed(head, [(base, None)], "):", depth, explode=False)

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
