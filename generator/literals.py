"""Spec text made safe to emit as Python source: every literal is built here, never in a template."""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from typing import Any

_SCALARS = (str, int, float, bool, type(None))


def py_literal(value: Any) -> str:
    """Python source for a JSON-like value; `repr` escapes every quote, backslash and newline."""
    if (
        isinstance(value, float) and value != value
    ):  # NaN has no literal; specs never need it
        raise ValueError("NaN cannot be emitted as a literal")
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


def docstring(text: str | None, *, indent: int = 4, width: int = 88) -> str | None:
    """A triple-quoted docstring literal holding `text`, wrapped to fit, unable to end early."""
    if not text or not text.strip():
        return None
    body = _printable(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    paragraphs = _paragraphs(body)
    room = max(width - indent, 40)
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(
            textwrap.wrap(
                paragraph, room, break_on_hyphens=False, break_long_words=False
            )
            or [""]
        )
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) == 1 and len(lines[0]) + 6 <= room:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    joined = "\n".join(f"{pad}{line}" if line else "" for line in lines)
    return f'"""\n{joined}\n{pad}"""'


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
