"""Statements as black's lines (`Logical`): each clause header, decorator, statement and
standalone comment, with the physical lines black would write for it and what black's
blank-line rules need to know of it. Anything outside the model raises `Decline`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .expressions import _STRING, TEST, Decline, Expressions, Source
from .split import INDENT, LINE_LENGTH, Splitter, fits, parenthesisable, whole
from .strings import docstring_is_normal, prefix_of, string_is_normal

_AUGMENTED: dict[type[ast.operator], str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.MatMult: "@",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.BitOr: "|",
    ast.BitXor: "^",
    ast.BitAnd: "&",
}
_COMPOUND = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
)


@dataclass
class Logical:
    """One line of black's before splitting, and the lines it becomes."""

    depth: int
    lines: list[str]  # as black writes them, indentation included
    first: str = (
        ""  # its first token when that is a keyword black's rules look at, or "@"
    )
    is_def: bool = False
    is_class: bool = False
    is_comment: bool = False
    is_import: bool = False
    is_docstring: bool = False
    opens_block: bool = False
    single_leaf: bool = False
    at: int | None = None  # the source line it must start on, when known
    blank_before: int = field(default=0)  # blank lines before it in the source

    @property
    def is_decorator(self) -> bool:
        return self.first == "@"


class Statements:
    """The logical lines of a module's statements, in order."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.x = Expressions(source)
        self.split = Splitter(self.x)
        self.lines: list[Logical] = []

    def body(self, statements: list[ast.stmt], depth: int, *, docstring: bool) -> None:
        if (
            len(statements) == 1
            and isinstance(statements[0], ast.Expr)
            and isinstance(statements[0].value, ast.Constant)
            and statements[0].value.value is Ellipsis
        ):
            raise Decline("a body of `...`")  # black's dummy implementations
        for index, statement in enumerate(statements):
            if isinstance(statement, _COMPOUND):
                self.compound(statement, depth)
            else:
                self.simple(statement, depth, docstring=docstring and index == 0)

    def _add(self, depth: int, lines: list[str], **flags: object) -> None:
        self.lines.append(Logical(depth, lines, **flags))  # type: ignore[arg-type]

    def _header(
        self, depth: int, text: str, first: str, at: int | None, **flags: object
    ) -> None:
        line = f"{INDENT * depth}{text}"
        if not fits(line):
            raise Decline("long clause header")
        self._add(depth, [line], first=first, opens_block=True, at=at, **flags)

    def compound(self, node: ast.stmt, depth: int) -> None:
        x = self.x
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if getattr(node, "type_params", None):
                raise Decline("type parameters")
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Call) and _dotted(decorator.func):
                    lines = self.split.value("@", decorator, "", depth)
                else:
                    lines = [f"{INDENT * depth}@{x(decorator, TEST)}"]
                    if not fits(lines[0]):
                        raise Decline("long decorator")
                self._add(depth, lines, first="@", at=decorator.lineno)
            if isinstance(node, ast.ClassDef):
                bases = x.arguments(node)
                text = (
                    f"class {node.name}"
                    + (f"({', '.join(bases)})" if bases else "")
                    + ":"
                )
                if len(bases) == 1 and not fits(f"{INDENT * depth}{text}"):
                    # black's right-hand split at the bases' brackets, no comma added
                    lines = self.split.class_base(
                        f"class {node.name}(", bases[0], depth
                    )
                    self._add(
                        depth,
                        lines,
                        first="class",
                        opens_block=True,
                        at=node.lineno,
                        is_class=True,
                    )
                else:
                    self._header(depth, text, "class", node.lineno, is_class=True)
            else:
                self._definition(node, depth)
            self.body(node.body, depth + 1, docstring=True)
            return
        if isinstance(node, ast.If):
            self._if(node, depth, "if")
            return
        if isinstance(node, (ast.For, ast.AsyncFor)):
            if isinstance(node.target, ast.Tuple) and self.source.opens_with_paren(
                node.target
            ):
                raise Decline("parenthesised for target")  # black drops the parentheses
            word = "async for" if isinstance(node, ast.AsyncFor) else "for"
            target, iterable = x.bare_tuple(node.target), x.bare_tuple(node.iter)
            self._header(
                depth, f"{word} {target} in {iterable}:", word.split()[0], node.lineno
            )
        elif isinstance(node, ast.While):
            self._header(depth, f"while {x(node.test)}:", "while", node.lineno)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            word = "async with" if isinstance(node, ast.AsyncWith) else "with"
            items = ", ".join(
                x(item.context_expr)
                + ("" if item.optional_vars is None else f" as {x(item.optional_vars)}")
                for item in node.items
            )
            self._header(depth, f"{word} {items}:", word.split()[0], node.lineno)
        elif isinstance(node, ast.Try):
            self._header(depth, "try:", "try", node.lineno)
        else:
            raise Decline(type(node).__name__)
        self.body(node.body, depth + 1, docstring=True)
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                text = "except"
                if handler.type is not None:
                    text += f" {x.bare_tuple(handler.type)}"
                if handler.name is not None:
                    text += f" as {handler.name}"
                self._header(depth, f"{text}:", "except", handler.lineno)
                self.body(handler.body, depth + 1, docstring=True)
        orelse: list[ast.stmt] = getattr(node, "orelse", [])
        if orelse:
            self._header(depth, "else:", "else", None)
            self.body(orelse, depth + 1, docstring=True)
        if isinstance(node, ast.Try) and node.finalbody:
            self._header(depth, "finally:", "finally", None)
            self.body(node.finalbody, depth + 1, docstring=True)

    def _if(self, node: ast.If, depth: int, word: str) -> None:
        self._header(depth, f"{word} {self.x(node.test)}:", word, node.lineno)
        self.body(node.body, depth + 1, docstring=True)
        orelse = node.orelse
        if len(orelse) == 1 and isinstance(orelse[0], ast.If):
            line = self.source.lines[orelse[0].lineno - 1]
            if line.lstrip().startswith("elif"):
                self._if(orelse[0], depth, "elif")
                return
        if orelse:
            self._header(depth, "else:", "else", None)
            self.body(orelse, depth + 1, docstring=True)

    def _definition(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, depth: int
    ) -> None:
        x = self.x
        if isinstance(node.returns, ast.Constant) and isinstance(
            node.returns.value, str
        ):
            raise Decline("string return annotation")  # black may split it first
        word = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
        returns = "" if node.returns is None else f" -> {x(node.returns)}"
        head, tail = f"{word} {node.name}(", f"){returns}:"
        header = self.source.lines[node.lineno - 1 : node.body[0].lineno - 1]
        magic = len(header) > 2 and header[-2].endswith(",")
        annotations = {
            self._param(arg, default): (
                f"{arg.arg}: ",
                arg.annotation,
                "" if default is None else f" = {x(default)}",
            )
            for arg, default in _annotated(node.args)
            if arg.annotation is not None
            and parenthesisable(arg.annotation)
            and (default is None or whole(default))
        }
        lines = self.split.definition(
            head,
            self._params(node.args),
            tail,
            depth,
            magic=magic,
            annotations=annotations,
        )
        first = word.split()[0]
        self._add(
            depth, lines, first=first, is_def=True, opens_block=True, at=node.lineno
        )

    def _param(self, arg: ast.arg, default: ast.expr | None) -> str:
        if isinstance(arg.annotation, ast.Starred):
            raise Decline("starred annotation")
        text = arg.arg
        if arg.annotation is not None:
            text += f": {self.x(arg.annotation)}"
        if default is not None:
            text += (" = " if arg.annotation is not None else "=") + self.x(default)
        return text

    def _params(self, args: ast.arguments) -> list[str]:
        positional = [*args.posonlyargs, *args.args]
        defaults: list[ast.expr | None] = [None] * (
            len(positional) - len(args.defaults)
        )
        defaults += args.defaults
        params = []
        for index, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
            params.append(self._param(arg, default))
            if args.posonlyargs and index == len(args.posonlyargs) - 1:
                params.append("/")
        if args.vararg is not None:
            params.append("*" + self._param(args.vararg, None))
        elif args.kwonlyargs:
            params.append("*")
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            params.append(self._param(arg, kw_default))
        if args.kwarg is not None:
            params.append("**" + self._param(args.kwarg, None))
        return params

    def simple(self, node: ast.stmt, depth: int, *, docstring: bool) -> None:
        indent = INDENT * depth
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, (str, bytes)):
                self._string_statement(node.value, depth, docstring=docstring)
                return
        if isinstance(node, ast.ImportFrom):
            names = [_alias(alias) for alias in node.names]
            head = f"from {'.' * node.level}{node.module or ''} import "
            if names == ["*"]:
                lines = [f"{indent}{head}*"]
            else:
                text = self.source.segment(node)
                magic = text.endswith(")") and text[:-1].rstrip().endswith(",")
                lines = self.split.import_from(head, names, depth, magic=magic)
            self._add(depth, lines, first="from", is_import=True, at=node.lineno)
            return
        if isinstance(node, ast.Import):
            line = f"{indent}import {', '.join(_alias(alias) for alias in node.names)}"
            self._one_line(depth, line, node, first="import", is_import=True)
            return
        split = self._splittable(node)
        if split is not None:
            prefix, value, suffix = split
            if isinstance(node, (ast.Assign, ast.AnnAssign, ast.Return)):
                annotated = None
                if (
                    isinstance(node, ast.AnnAssign)
                    and isinstance(node.target, ast.Name)
                    and node.simple
                    and parenthesisable(node.annotation)
                ):
                    annotated = (node.target.id, node.annotation)
                lines = self.split.optional_parentheses(
                    prefix, value, depth, annotated=annotated
                )
            else:  # no optional parentheses: black splits at the last brackets
                lines = self.split.value(prefix, value, suffix, depth, any_callee=True)
            self._add(depth, lines, at=node.lineno)
            return
        self._one_line(depth, indent + self._text(node), node)

    def _one_line(self, depth: int, line: str, node: ast.stmt, **flags: object) -> None:
        if not fits(line):
            raise Decline("long statement")
        self._add(depth, [line], at=node.lineno, **flags)

    def _string_statement(
        self, node: ast.Constant, depth: int, *, docstring: bool
    ) -> None:
        token = self.source.segment(node)
        if not _STRING.fullmatch(token):
            raise Decline("implicitly concatenated strings")
        is_docstring = docstring and not set(prefix_of(token)) & set("bBfFtT")
        if is_docstring:
            if not docstring_is_normal(token, depth, LINE_LENGTH):
                raise Decline("docstring black would change")
        elif not string_is_normal(token):
            raise Decline("string black would change")
        lines = token.split("\n")
        lines[0] = INDENT * depth + lines[0]
        self._add(
            depth, lines, is_docstring=is_docstring, single_leaf=True, at=node.lineno
        )

    def _splittable(self, node: ast.stmt) -> tuple[str, ast.expr, str] | None:
        """(text before the value, the value, text after it) of a statement black may split
        at the value's brackets; None for any other statement."""
        x, suffix = self.x, ""
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            if not isinstance(
                node.targets[0], (ast.Name, ast.Attribute, ast.Subscript)
            ):
                return None
            prefix, value = f"{x(node.targets[0])} = ", node.value
        elif (
            isinstance(node, ast.AnnAssign)
            and node.value is not None
            and (node.simple or not isinstance(node.target, ast.Name))
        ):
            prefix = f"{x(node.target)}: {x(node.annotation)} = "
            value = node.value
        elif isinstance(node, ast.Return) and node.value is not None:
            prefix, value = "return ", node.value
        elif isinstance(node, ast.Expr) and isinstance(
            node.value, (ast.Call, ast.Await)
        ):
            prefix, value = "", node.value
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            prefix, value = "raise ", node.exc
            if node.cause is not None:
                if not (isinstance(node.cause, ast.Constant) or _dotted(node.cause)):
                    return None
                suffix = f" from {x(node.cause)}"
        else:
            return None
        if isinstance(value, ast.Await) and isinstance(value.value, ast.Call):
            return prefix, value, suffix
        if not isinstance(value, (ast.Call, ast.List, ast.Set, ast.Dict, ast.Tuple)):
            return None
        if isinstance(value, ast.Tuple) and not self.source.opens_with_paren(value):
            return None
        return prefix, value, suffix

    def _text(self, node: ast.stmt) -> str:
        x = self.x
        if isinstance(node, ast.Expr):
            value = node.value
            if isinstance(value, ast.YieldFrom):
                return f"yield from {x(value.value)}"
            if isinstance(value, ast.Yield):
                return (
                    "yield"
                    if value.value is None
                    else f"yield {x.bare_tuple(value.value)}"
                )
            return x.bare_tuple(value)
        if isinstance(node, ast.Assign):
            targets = " = ".join(x.bare_tuple(target) for target in node.targets)
            return f"{targets} = {x.bare_tuple(node.value)}"
        if isinstance(node, ast.AnnAssign):
            if not node.simple and isinstance(node.target, ast.Name):
                raise Decline("parenthesised annotated target")
            text = f"{x(node.target)}: {x(node.annotation)}"
            return (
                text if node.value is None else f"{text} = {x.bare_tuple(node.value)}"
            )
        if isinstance(node, ast.AugAssign):
            symbol = _AUGMENTED[type(node.op)]
            return f"{x(node.target)} {symbol}= {x.bare_tuple(node.value)}"
        if isinstance(node, ast.Return):
            return (
                "return" if node.value is None else f"return {x.bare_tuple(node.value)}"
            )
        if isinstance(node, ast.Raise):
            text = "raise" if node.exc is None else f"raise {x(node.exc)}"
            return text if node.cause is None else f"{text} from {x(node.cause)}"
        if isinstance(node, ast.Assert):
            text = f"assert {x(node.test)}"
            return text if node.msg is None else f"{text}, {x(node.msg)}"
        if isinstance(node, ast.Delete):
            return "del " + ", ".join(x.bare_tuple(target) for target in node.targets)
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            word = "global" if isinstance(node, ast.Global) else "nonlocal"
            return f"{word} {', '.join(node.names)}"
        if isinstance(node, (ast.Pass, ast.Break, ast.Continue)):
            return type(node).__name__.lower()
        raise Decline(type(node).__name__)


def _annotated(args: ast.arguments) -> list[tuple[ast.arg, ast.expr | None]]:
    """The named parameters (neither `*args` nor `**kwargs`), each with its default."""
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += args.defaults
    return [
        *zip(positional, defaults, strict=True),
        *zip(args.kwonlyargs, args.kw_defaults, strict=True),
    ]


def _dotted(node: ast.expr) -> bool:
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _alias(alias: ast.alias) -> str:
    return alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"


__all__ = ["INDENT", "Logical", "Statements"]
