"""The XML OSS speaks: documents written as text (elements in the order OSS writes them), and
request bodies read with the standard library's parser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from xml.sax.saxutils import escape

__all__ = ["document", "element", "parent", "parse"]

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def element(name: str, value: str | int | bool | None) -> str:
    """`<name>value</name>`, the text escaped; booleans as `true`/`false`."""
    if value is None:
        return f"<{name}></{name}>"
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = escape(str(value))
    return f"<{name}>{text}</{name}>"


def parent(name: str, children: Iterable[str]) -> str:
    return f"<{name}>{''.join(children)}</{name}>"


def document(root: str, children: Iterable[str]) -> bytes:
    return (_DECLARATION + parent(root, children)).encode("utf-8")


def parse(body: bytes) -> ET.Element | None:
    """A request's XML document, or None when it is not well-formed."""
    try:
        return ET.fromstring(body)
    except ET.ParseError:
        return None
