"""Spec text made safe to emit as Python source: every literal is built here, never in a template."""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from typing import Any

from .layout import LINE_LENGTH

_SCALARS = (str, int, float, bool, type(None))


def py_literal(value: Any) -> str:
    """Python source for a JSON-like value; `repr` escapes every quote, backslash and newline."""
    if (
        isinstance(value, float) and value != value
    ):  # NaN has no literal; specs never need it
        raise ValueError("NaN cannot be emitted as a literal")
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, _SCALARS):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(item) for item in value)
        return (
            f"({inner},)"
            if isinstance(value, tuple) and len(value) == 1
            else (f"({inner})" if isinstance(value, tuple) else f"[{inner}]")
        )
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"no literal for {type(value).__name__}")


def string_literal(text: str) -> str:
    """A string literal in black's preferred quotes: double, unless that needs more escapes.

    Every character `repr` would escape is escaped the same way (so no literal can break out of
    its quotes or its line); only the choice of quote differs from `repr`.
    """
    if text.count('"') > text.count("'"):
        return repr(text)  # single-quoted, as black keeps it
    body = []
    for char in text:
        if char == '"':
            body.append('\\"')
        elif char == "\\":
            body.append("\\\\")
        elif char == "'" or char.isprintable():
            body.append(char)
        else:
            body.append(repr(char)[1:-1])
    return '"' + "".join(body) + '"'


def _printable(text: str) -> str:
    """Drop control characters (a bare \\r or \\x0c would end a line early) and normalise space."""
    kept = []
    for char in text.replace("\r\n", "\n"):
        if char == "\n" or char == "\t":
            kept.append(" " if char == "\t" else char)
        elif unicodedata.category(char)[0] == "C" or char in "\u2028\u2029\x85":
            kept.append(" ")
        else:
            kept.append(char)
    return "".join(kept)


def docstring(
    text: str | None, *, indent: int = 4, width: int = LINE_LENGTH
) -> str | None:
    """A triple-quoted docstring literal holding `text`, wrapped to fit, unable to end early.

    Laid out as PEP 257 and black have it: the text starts on the line of the opening quotes,
    and the closing quotes of a docstring of several lines stand on a line of their own.
    """
    if not text or not text.strip():
        return None
    if not _printable(text).strip():
        return None
    body = _printable(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    room = max(width - indent, 40)
    lines: list[str] = []
    for paragraph in _paragraphs(body):
        # The first line shares its room with the opening quotes.
        lead = '"""' if not lines else ""
        wrapped = textwrap.wrap(
            paragraph,
            room,
            initial_indent=lead,
            break_on_hyphens=False,
            break_long_words=False,
        )
        if lead and wrapped:
            wrapped[0] = wrapped[0].removeprefix(lead)
        lines.extend(wrapped or [""])
    while lines and not lines[-1]:
        lines.pop()
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]  # four quotes in a row: black would add this space
    if len(lines) == 1:  # black keeps a docstring of one line on one line, however long
        return f'"""{lines[0]}"""'
    pad = " " * indent
    rest = "".join(f"\n{pad}{line}" if line else "\n" for line in lines[1:])
    return f'"""{lines[0]}{rest}\n{pad}"""'


_LIST_ITEM = re.compile(r"^\s*([-*\u2022]|[0-9]+[.)])\s")


def _paragraphs(text: str) -> list[str]:
    """Lines joined into paragraphs; blank lines and list items start new ones."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or _LIST_ITEM.match(line):
            if current:
                paragraphs.append(" ".join(current))
            current = [] if not line.strip() else [" ".join(line.split())]
            if not line.strip() and paragraphs and paragraphs[-1]:
                paragraphs.append("")
            continue
        current.append(" ".join(line.split()))
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def one_line(text: str | None, limit: int = 200) -> str:
    """First sentence-ish of a description, on one line, for comments-free summaries."""
    if not text:
        return ""
    flat = " ".join(_printable(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def toml_string(text: str) -> str:
    """A TOML basic string holding `text`: quotes, backslashes and control characters escaped."""
    escaped = json.dumps(
        text, ensure_ascii=False
    )  # JSON's escapes are all valid TOML escapes
    return escaped.replace("\x7f", "\\u007f")  # TOML also forbids a bare DEL
