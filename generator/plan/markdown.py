"""Markdown made safe for spec text: prose, table cells and inline code that no description can
break out of (raw HTML is shown as text, never interpreted), and GitHub's heading anchors.
"""

from __future__ import annotations

import re

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _flat(text: str | None) -> str:
    """One line of text: control characters and whitespace runs become one space."""
    if not text:
        return ""
    return " ".join(_UNPRINTABLE.sub(" ", text).split())


def prose(text: str | None) -> str:
    """Spec prose as Markdown paragraphs; raw HTML is shown as text, never interpreted."""
    if not text:
        return ""
    lines = _UNPRINTABLE.sub(lambda m: "\n" if m[0] == "\n" else " ", text)
    escaped = lines.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # A fence in a description would swallow the rest of the page: show it as text.
    return "\n".join(line.replace("```", "\\`\\`\\`") for line in escaped.splitlines())


def cell(text: str | None) -> str:
    """Text for a table cell: one line, pipes escaped, no HTML."""
    flat = _flat(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return flat.replace("|", "\\|")


def code(text: str) -> str:
    """Inline code for a table cell, whatever backticks or pipes the text holds."""
    if text.isidentifier():  # most are: Python names, wire names, class names
        return f"`{text}`"
    if "`" not in text and text.isprintable() and text.strip():  # type hints, codes
        return f"`{' '.join(text.split())}`".replace("|", "\\|")
    flat = _flat(text) or " "
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}".replace("|", "\\|")


# Section headings a page has before its model headings: a model named like one of them gets
# GitHub's anchor for a second heading of that name.
_EARLIER_HEADINGS = frozenset({"parameters", "response"})


def anchor(class_name: str) -> str:
    """GitHub's anchor of a `### ClassName` heading (class names are [A-Za-z0-9_])."""
    slug = class_name.lower()
    return f"{slug}-1" if slug in _EARLIER_HEADINGS else slug
