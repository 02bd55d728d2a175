"""Expressions as black writes them on one line: its spacing, the parentheses Python needs,
literals in black's spelling. Whatever is outside that model raises `Decline`.

The checker compares this rendering with the source. Parentheses follow Python's precedence
only: a source with more (or fewer) differs and is left to black, so they need no model of
their own; black never drops parentheses inside an expression that Python needs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from .strings import number_is_normal, string_is_normal


class Decline(Exception):
    """Outside the modelled subset: black decides."""


# Precedence levels, lowest first, numbered as `ast.unparse` numbers them.
TUPLE, TEST, OR, AND, NOT, CMP, EXPR = 2, 4, 5, 6, 7, 8, 9
BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, AWAIT, ATOM = (
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    17,
    18,
)

_BINARY: dict[type[ast.operator], tuple[str, int]] = {
    ast.BitOr: ("|", BOR),
    ast.BitXor: ("^", BXOR),
    ast.BitAnd: ("&", BAND),
    ast.LShift: ("<<", SHIFT),
    ast.RShift: (">>", SHIFT),
    ast.Add: ("+", ARITH),
    ast.Sub: ("-", ARITH),
    ast.Mult: ("*", TERM),
    ast.MatMult: ("@", TERM),
    ast.Div: ("/", TERM),
    ast.FloorDiv: ("//", TERM),
    ast.Mod: ("%", TERM),
}
_UNARY: dict[type[ast.unaryop], str] = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}
_COMPARE: dict[type[ast.cmpop], str] = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
}
_STRING = re.compile(
    r"[A-Za-z]{0,2}(?:"
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*')",
    re.DOTALL,
)


class Source:
    """The text being checked, addressed by `ast` positions (columns count UTF-8 bytes)."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def segment(self, node: ast.expr | ast.stmt) -> str:
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        start, end = node.col_offset, node.end_col_offset or 0
        if first == last:
            return _cut(self.lines[first], start, end)
        head = _cut(self.lines[first], start, None)
        tail = _cut(self.lines[last], 0, end)
        return "\n".join([head, *self.lines[first + 1 : last], tail])

    def magic_comma(self, node: ast.expr) -> bool:
        """Whether the source ends the contents of `node`'s brackets with a comma (black's
        "magic trailing comma": it keeps such brackets exploded)."""
        return self.segment(node)[:-1].rstrip().endswith(",")

    def opens_with_paren(self, node: ast.expr) -> bool:
        line = self.lines[node.lineno - 1]
        return _cut(line, node.col_offset, node.col_offset + 1) == "("


def _cut(line: str, start: int, end: int | None) -> str:
    if line.isascii():
        return line[start:end]
    return line.encode("utf-8")[start:end].decode("utf-8", "replace")


Render = Callable[[ast.expr, int], str]


class Expressions:
    """One-line renderings of the expressions of one source."""

    def __init__(self, source: Source) -> None:
        self.source = source

    def __call__(self, node: ast.expr, level: int = TEST) -> str:
        own, text = self._render(node)
        return f"({text})" if own < level else text

    def string(self, node: ast.expr) -> str:
        token = self.source.segment(node)
        if "\n" in token or not _STRING.fullmatch(token) or not string_is_normal(token):
            raise Decline("string")
        return token

    def _render(self, node: ast.expr) -> tuple[int, str]:
        kind = type(node)
        if kind is ast.Name:
            return ATOM, node.id  # type: ignore[attr-defined]
        if kind is ast.Attribute:
            assert isinstance(node, ast.Attribute)
            if isinstance(node.value, ast.Constant) and not isinstance(
                node.value.value, str
            ):
                raise Decline("attribute of a number")
            return ATOM, f"{self(node.value, ATOM)}.{node.attr}"
        if kind is ast.Constant:
            return ATOM, self._constant(node)  # type: ignore[arg-type]
        if kind is ast.Call:
            assert isinstance(node, ast.Call)
            return ATOM, f"{self(node.func, ATOM)}({', '.join(self.arguments(node))})"
        if kind is ast.Subscript:
            assert isinstance(node, ast.Subscript)
            return ATOM, f"{self(node.value, ATOM)}[{self._index(node.slice)}]"
        if kind is ast.BinOp:
            assert isinstance(node, ast.BinOp)
            if type(node.op) not in _BINARY:
                raise Decline("power")  # black hugs simple operands of **
            symbol, own = _BINARY[type(node.op)]
            return own, f"{self(node.left, own)} {symbol} {self(node.right, own + 1)}"
        if kind is ast.UnaryOp:
            assert isinstance(node, ast.UnaryOp)
            if isinstance(node.op, ast.Not):
                return NOT, f"not {self(node.operand, NOT)}"
            return FACTOR, f"{_UNARY[type(node.op)]}{self(node.operand, FACTOR)}"
        if kind is ast.BoolOp:
            assert isinstance(node, ast.BoolOp)
            own = AND if isinstance(node.op, ast.And) else OR
            word = " and " if own == AND else " or "
            return own, word.join(self(value, own + 1) for value in node.values)
        if kind is ast.Compare:
            assert isinstance(node, ast.Compare)
            parts = [self(node.left, CMP + 1)]
            for op, right in zip(node.ops, node.comparators, strict=True):
                parts.append(f" {_COMPARE[type(op)]} {self(right, CMP + 1)}")
            return CMP, "".join(parts)
        if kind is ast.IfExp:
            assert isinstance(node, ast.IfExp)
            body, test = self(node.body, TEST + 1), self(node.test, TEST + 1)
            return TEST, f"{body} if {test} else {self(node.orelse, TEST)}"
        if kind is ast.Await:
            assert isinstance(node, ast.Await)
            return AWAIT, f"await {self(node.value, ATOM)}"
        if kind is ast.Starred:
            assert isinstance(node, ast.Starred)
            return EXPR, f"*{self(node.value, EXPR)}"
        if kind in (ast.List, ast.Set):
            items = ", ".join(self.element(e) for e in node.elts)  # type: ignore[attr-defined]
            return ATOM, f"[{items}]" if kind is ast.List else f"{{{items}}}"
        if kind is ast.Dict:
            assert isinstance(node, ast.Dict)
            return ATOM, "{" + ", ".join(self.dict_items(node)) + "}"
        if kind is ast.Tuple:
            assert isinstance(node, ast.Tuple)
            return self.tuple(node, parens=True)
        if kind is ast.JoinedStr:
            return ATOM, self.string(node)
        if kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            inner = self.comprehension(node)
            if kind is ast.ListComp:
                return ATOM, f"[{inner}]"
            return ATOM, f"({inner})" if kind is ast.GeneratorExp else f"{{{inner}}}"
        raise Decline(kind.__name__)

    def _constant(self, node: ast.Constant) -> str:
        value = node.value
        if isinstance(value, (str, bytes)):
            return self.string(node)
        if value is None or value is True or value is False or value is Ellipsis:
            return "..." if value is Ellipsis else repr(value)
        token = self.source.segment(node)
        if not number_is_normal(token):
            raise Decline("number")
        return token

    def element(self, node: ast.expr) -> str:
        return self(node, TEST)

    def tuple(self, node: ast.Tuple, *, parens: bool) -> tuple[int, str]:
        items = [self.element(e) for e in node.elts]
        if len(items) == 1:
            if not parens:
                raise Decline("one-tuple without parentheses")  # black adds them
            return ATOM, f"({items[0]},)"
        inner = ", ".join(items)
        return (ATOM, f"({inner})") if parens else (TUPLE, inner)

    def bare_tuple(self, node: ast.expr) -> str:
        """A tuple where Python needs no parentheses (a value, a target, `for ... in`): with
        them exactly when the source has them; black keeps either."""
        if isinstance(node, ast.Tuple):
            return self.tuple(node, parens=self.source.opens_with_paren(node))[1]
        return self(node, TEST)

    def arguments(self, node: ast.Call | ast.ClassDef) -> list[str]:
        parts: list[tuple[tuple[int, int], str]] = []
        positional = node.args if isinstance(node, ast.Call) else node.bases
        for arg in positional:
            if (
                isinstance(arg, ast.GeneratorExp)
                and len(positional) == 1
                and not node.keywords
            ):
                text = self.comprehension(arg)
            else:
                text = self(arg, TEST)
            parts.append(((arg.lineno, arg.col_offset), text))
        for keyword in node.keywords:
            value = self(keyword.value, EXPR if keyword.arg is None else TEST)
            text = f"**{value}" if keyword.arg is None else f"{keyword.arg}={value}"
            parts.append(((keyword.lineno, keyword.col_offset), text))
        parts.sort(key=lambda part: part[0])
        return [text for _, text in parts]

    def dict_items(self, node: ast.Dict) -> list[str]:
        return [
            f"**{self(v, EXPR)}" if k is None else f"{self(k, TEST)}: {self(v, TEST)}"
            for k, v in zip(node.keys, node.values, strict=True)
        ]

    def comprehension(self, node: ast.expr) -> str:
        if isinstance(node, ast.DictComp):
            head = f"{self(node.key, TEST)}: {self(node.value, TEST)}"
        else:
            head = self(node.elt, TEST)  # type: ignore[attr-defined]
        parts = [head]
        for generator in node.generators:  # type: ignore[attr-defined]
            keyword = "async for" if generator.is_async else "for"
            target = self.bare_tuple(generator.target)
            parts.append(f"{keyword} {target} in {self(generator.iter, TEST + 1)}")
            parts.extend(f"if {self(test, TEST + 1)}" for test in generator.ifs)
        return " ".join(parts)

    def _index(self, node: ast.expr) -> str:
        if isinstance(node, ast.Tuple):
            if len(node.elts) < 2 or self.source.opens_with_paren(node):
                raise Decline("subscript tuple")
            if any(isinstance(e, (ast.Slice, ast.Starred)) for e in node.elts):
                raise Decline("subscript tuple of slices")
            return ", ".join(self.element(e) for e in node.elts)
        if isinstance(node, ast.Slice):
            if node.step is not None:
                raise Decline("slice step")
            bounds = [node.lower, node.upper]
            if all(bound is None or _simple(bound) for bound in bounds):
                return ":".join("" if b is None else self(b, TEST) for b in bounds)
            lower = "" if node.lower is None else self(node.lower, TEST) + " "
            upper = "" if node.upper is None else " " + self(node.upper, TEST)
            return f"{lower}:{upper}"
        return self(node, TEST)


def _simple(node: ast.expr) -> bool:
    """A slice bound black does not count as complex (a name or literal, maybe negated)."""
    if isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.Not):
        node = node.operand
    return isinstance(node, (ast.Name, ast.Constant))
