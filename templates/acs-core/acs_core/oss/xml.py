"""OSS's XML bodies, read and written the safe way, with the standard library only.

Reading goes through `xml.parsers.expat` with every door to the outside shut: a document type
declaration (`<!DOCTYPE`), an entity declaration, a reference to an external entity and
parameter entities are refused the moment the parser meets them, so a hostile body (billion
laughs, an external entity, a quadratic blow-up) raises `XmlError` at once and nothing is ever
resolved or fetched. Bodies over `max_bytes` and nesting deeper than `max_depth` are refused
too. What the parser reports is built into an `xml.etree.ElementTree.Element`.

Decoding gives the JSON-like shape the OSS metadata's response demos use::

    {"ListBucketResult": {"Name": "b", "Contents": [{"Key": "a"}, {"Key": "b"}]}}

the root element's name as the only top key, leaf text as `str` (`""` when empty), an element
with children as a dict, repeated siblings as a list, and (from `arrays`) a single element as
a one-item list where the schema says array. Attributes (`xmlns` on OSS's roots) are not part
of the shape. Encoding is the reverse: `<?xml version="1.0" encoding="UTF-8"?>`, elements in
the order given, a list as repeated elements, text escaped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Mapping
from typing import Any, Final
from xml.parsers import expat

from ..errors import Error

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "XML_DECLARATION",
    "XmlError",
    "decode",
    "element_to_dict",
    "encode",
    "parse",
    "parse_error",
]

#: The largest body read by default: a ListObjects page of 1,000 keys of 1,024 characters
#: each is about 3 MiB.
DEFAULT_MAX_BYTES: Final = 32 * 1024 * 1024
#: The deepest nesting read by default (OSS's documents nest 4 or 5 levels).
DEFAULT_MAX_DEPTH: Final = 64
XML_DECLARATION: Final = b'<?xml version="1.0" encoding="UTF-8"?>\n'

Arrays = Collection[str] | Callable[[str], bool]

# An XML 1.0 name of the simple kind OSS uses (no namespace prefix games).
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
# Characters XML 1.0 cannot carry, even escaped.
_INVALID_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class XmlError(Error, ValueError):
    """A body that is not well-formed XML, or that the safe parser refuses (a DTD, an entity,
    too deep, too large), or a value that cannot be written as XML."""


class _Refused(Exception):
    """Raised inside the expat handlers; turned into XmlError by `parse`."""


def parse(
    body: bytes | bytearray | memoryview | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> ET.Element:
    """The root element of `body`; `XmlError` for anything unsafe or malformed."""
    data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    if len(data) > max_bytes:
        raise XmlError(
            f"XML body of {len(data)} bytes refused: the limit is {max_bytes}"
        )
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    depth = 0

    def refuse(what: str) -> Callable[..., None]:
        def handler(*_: Any) -> None:
            raise _Refused(f"{what} refused: OSS bodies have none")

        return handler

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > max_depth:
            raise _Refused(f"XML nested deeper than {max_depth} levels refused")
        builder.start(tag, attributes)

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(tag)

    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = refuse("a document type declaration (<!DOCTYPE)")
    parser.EntityDeclHandler = refuse("an entity declaration")
    parser.UnparsedEntityDeclHandler = refuse("an entity declaration")
    parser.NotationDeclHandler = refuse("a notation declaration")
    parser.ExternalEntityRefHandler = refuse("an external entity")  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    parser.ordered_attributes = False
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise XmlError(str(exc)) from None
    except expat.ExpatError as exc:
        raise XmlError(f"not well-formed XML: {exc}") from None
    finally:
        # Break the parser's reference cycle through the handlers at once.
        parser.StartElementHandler = parser.EndElementHandler = None
        parser.CharacterDataHandler = None
    return builder.close()


def _wants_list(arrays: Arrays, path: str) -> bool:
    if callable(arrays):
        return bool(arrays(path))
    return path in arrays


def _value(element: ET.Element, path: str, arrays: Arrays) -> Any:
    children = list(element)
    if not children:
        return element.text or ""
    out: dict[str, Any] = {}
    for child in children:
        child_path = f"{path}.{child.tag}"
        value = _value(child, child_path, arrays)
        if child.tag in out:
            previous = out[child.tag]
            if isinstance(previous, list) and (
                _wants_list(arrays, child_path) or getattr(previous, "_repeated", False)
            ):
                previous.append(value)
            else:
                out[child.tag] = _Repeated([previous, value])
        elif _wants_list(arrays, child_path):
            out[child.tag] = [value]
        else:
            out[child.tag] = value
    return {k: list(v) if isinstance(v, _Repeated) else v for k, v in out.items()}


class _Repeated(list[Any]):
    """A list made because a tag repeated (not because the schema says array)."""

    _repeated = True


def element_to_dict(element: ET.Element, arrays: Arrays = ()) -> dict[str, Any]:
    """`{root tag: value}`; `arrays` names the dotted paths (root first, e.g.
    `"ListBucketResult.Contents"`) that are lists even with one element, or is a callback
    taking such a path."""
    return {element.tag: _value(element, element.tag, arrays)}


def decode(
    body: bytes | bytearray | memoryview | str,
    arrays: Arrays = (),
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> dict[str, Any]:
    """`parse`, then `element_to_dict`."""
    return element_to_dict(
        parse(body, max_bytes=max_bytes, max_depth=max_depth), arrays
    )


def _text(value: Any, path: str) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, float, str)):
        text = str(value)
    else:
        raise XmlError(f"{path}: {type(value).__name__} cannot be written as XML text")
    if _INVALID_CHAR.search(text):
        raise XmlError(f"{path}: the text holds a character XML 1.0 cannot carry")
    return text


def _check_name(name: Any, path: str) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise XmlError(f"{path}: {name!r} is not an XML element name")
    return name


def _fill(element: ET.Element, value: Any, path: str) -> None:
    if isinstance(value, Mapping):
        for name, child in value.items():
            tag = _check_name(name, f"{path}.{name}")
            items = child if isinstance(child, (list, tuple)) else [child]
            for item in items:
                if item is None:
                    continue
                sub = ET.SubElement(element, tag)
                _fill(sub, item, f"{path}.{tag}")
    elif value is not None:
        element.text = _text(value, path)


def encode(data: Mapping[str, Any]) -> bytes:
    """`{root: value}` as UTF-8 XML with the declaration; `None` values are left out."""
    if not isinstance(data, Mapping) or len(data) != 1:
        raise XmlError("an XML document has exactly one root: pass {root name: value}")
    ((name, value),) = data.items()
    root = ET.Element(_check_name(name, str(name)))
    _fill(root, value, root.tag)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return XML_DECLARATION + text


def parse_error(
    body: bytes | bytearray | memoryview | str, *, max_bytes: int = 1024 * 1024
) -> dict[str, Any]:
    """The fields of OSS's `<Error>` body as a flat dict (`Code`, `Message`, `RequestId`,
    `HostId`, `EC`, `RecommendDoc` and whatever else it holds: a field that repeats becomes a
    list, one with children a dict). `XmlError` if the body is no `<Error>` document."""
    root = parse(body, max_bytes=max_bytes)
    if root.tag != "Error":
        raise XmlError(f"expected an <Error> document, got <{root.tag}>")
    value = _value(root, "Error", ())
    return value if isinstance(value, dict) else {}
