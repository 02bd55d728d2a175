"""What an OSS operation call decides without I/O: the request a generated request model
becomes (bucket, key, query, headers, body), and the response model an answer becomes.

A request: the host parameter is the bucket; the path after it (`/{+key}`, or `/{channel}`)
with its values is the key; the operation's fixed query (its sub-resource: `acl`,
`list-type=2`, `uploadId` ...) comes first, a parameter of the same name replacing it; a
header map (`x-oss-meta-*`) sends one header per entry; values travel as OSS writes them
(`true`/`false`); an XML body is the model's (or mapping's) `{root: {...}}` encoded, with its
Content-MD5; a binary body (bytes, a file, an iterator) streams, its CRC-64 computed on the
way and compared with the answer's `x-oss-hash-crc64ecma` where the object is that body.

An answer: an XML body is decoded with the lists the response model declares (so one
`<Contents>` is a one-item list), the response headers the model declares (`_m.header`) are
added, and the model reads the result; a binary one keeps its body beside the model.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import mimetypes
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx

from ...errors import RequestValidationError
from ...info import OperationInfo
from ...model import BinaryResponse, Model, header_fields
from ...params import Param, Request
from .. import xml as _xml
from ..body import Body, as_body
from ..crc64 import check_crc64_header

__all__ = ["Prepared", "arrays_of", "header_values", "parse", "prepare"]

_PLACEHOLDER = re.compile(r"\{\+?([^{}]+)\}")
_HEADER_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")


@dataclass
class Prepared:
    """One OSS request, ready for `Sender.send`."""

    method: str
    bucket: str | None
    key: str | None
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    body: Body | bytes | None = None
    # Compare the body's CRC-64 with the answer's: the object is exactly this body.
    check_crc: bool = False

    def check(self, headers: httpx.Headers) -> None:
        """`Crc64MismatchError` when OSS stored other bytes than the ones sent."""
        body = self.body
        if self.check_crc and isinstance(body, Body):
            if body.length is None or body.crc.length == body.length:
                what = f"{self.method} {self.bucket}/{self.key}"
                check_crc64_header(
                    body.crc.value, headers.get("x-oss-hash-crc64ecma"), what
                )


def _text(value: Any) -> str:
    """A value as OSS reads it: booleans as `true`/`false`, the rest as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _plain(value: Any) -> Any:
    """A body value as data: models (and those inside mappings and lists) as dicts."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [_plain(item) for item in value]
    return value


def _invalid(param: Param, message: str) -> RequestValidationError:
    return RequestValidationError(
        parameter=param.wire_name, argument=param.python_name, message=message
    )


def _header_map(param: Param, value: Mapping[str, Any]) -> dict[str, str]:
    """`x-oss-meta-*` with {"a": "1"}: `x-oss-meta-a: 1`, one header per entry."""
    prefix = param.wire_name[:-1]
    sent = {}
    for name, item in value.items():
        text = _text(item)
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(prefix + name):
            raise _invalid(param, f"{name!r} cannot be part of a header name")
        if "\r" in text or "\n" in text:
            raise _invalid(param, f"{name!r}: a line break cannot be sent in a header")
        sent[prefix + name] = text
    return sent


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode("ascii")


def prepare(info: OperationInfo, request: Request) -> Prepared:
    """The request of an operation call, from its (checked) request model."""
    values = vars(request)
    path: dict[str, str] = {}
    query: dict[str, str] = {}
    prepared = Prepared(info.method, None, None)
    binary = False
    for param in request.params():
        value = values.get(param.python_name)
        if value is None:
            continue
        where = param.location
        if where == "host":
            prepared.bucket = value
        elif where == "path":
            path[param.wire_name] = _text(value)
        elif where == "query":
            query[param.wire_name] = _text(value)
        elif where == "header" and param.wire_name.endswith("*"):
            prepared.headers.update(_header_map(param, value))
        elif where == "header":
            prepared.headers[param.wire_name] = _text(value)
        elif where == "body" and param.style == "xml":
            try:
                data = _xml.encode(_plain(value))
            except _xml.XmlError as exc:
                raise _invalid(param, f"is no XML document: {exc}") from None
            prepared.body = data
            prepared.headers["Content-MD5"] = _md5(data)
        elif where == "body" and param.rule.type == "binary":
            prepared.body = as_body(value, None)
            binary = True
        elif where == "body":
            data = value.encode("utf-8")
            prepared.body = data
            prepared.headers["Content-MD5"] = _md5(data)
    template = info.path or "/"
    key = _PLACEHOLDER.sub(lambda found: path[found.group(1)], template)[1:]
    prepared.key = key or None
    fixed = [(name, text) for name, text in info.query if name not in query]
    prepared.query = fixed + list(query.items())
    names = {name for name, _ in prepared.query}
    if binary and prepared.key and "uploadId" not in names:
        # As both official SDKs send an object: its type guessed from its name.
        guessed = mimetypes.guess_type(prepared.key)[0] or "application/octet-stream"
        prepared.headers.setdefault("Content-Type", guessed)
    prepared.check_crc = binary and "append" not in names
    return prepared


@cache
def _wire_types(cls: type[Any]) -> dict[str, Any]:
    """A model's fields by wire name, with their resolved annotations."""
    hints = typing.get_type_hints(cls)
    return {f.metadata["wire"]: hints[f.name] for f in dataclasses.fields(cls)}


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """(the type inside, whether it is a list) of an annotation, `X | None` unwrapped."""
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, _UNION) and len(arguments) == 1:
        return _unwrap(arguments[0])
    if typing.get_origin(hint) is list:
        return typing.get_args(hint)[0], True
    return hint, False


_UNION = type(int | None)


@cache
def arrays_of(model: type[Any]) -> Callable[[str], bool]:
    """Which dotted XML paths (`ListBucketResult.Contents`) the model reads as lists."""

    def wants(path: str) -> bool:
        cls: Any = model
        steps = path.split(".")
        for index, step in enumerate(steps):
            if not (isinstance(cls, type) and issubclass(cls, Model)):
                return False
            hint = _wire_types(typing.cast(Any, cls)).get(step)
            if hint is None:
                return False
            cls, is_list = _unwrap(hint)
            if index == len(steps) - 1:
                return is_list
        return False

    return wants


def _empty_elements(cls: Any, data: Any) -> Any:
    """`<Endpoints/>` decodes as text (""): where the model says an object, it is `{}`."""
    if not isinstance(data, dict) or not (
        isinstance(cls, type) and issubclass(cls, Model)
    ):
        return data
    types = _wire_types(typing.cast(Any, cls))
    for wire, value in data.items():
        inner, is_list = _unwrap(types[wire]) if wire in types else (None, False)
        model = isinstance(inner, type) and issubclass(inner, Model)
        if is_list and isinstance(value, list):
            data[wire] = [
                {} if item == "" and model else _empty_elements(inner, item)
                for item in value
            ]
        elif value == "" and model:
            data[wire] = {}
        else:
            data[wire] = _empty_elements(inner, value)
    return data


def header_values(model: type[Model], headers: httpx.Headers) -> dict[str, Any]:
    """The response headers the model declares, by their wire names (a `*` name: a mapping
    of the headers with that prefix, by the rest of their names)."""
    found: dict[str, Any] = {}
    for wire in header_fields(model):
        if wire.endswith("*"):
            prefix = wire[:-1].lower()
            found[wire] = {
                name[len(prefix) :]: value
                for name, value in headers.items()
                if name.lower().startswith(prefix)
            }
        elif wire in headers:
            found[wire] = headers[wire]
    return found


def parse(info: OperationInfo, headers: httpx.Headers, content: bytes | None) -> Any:
    """The response model of an answer (its body read already unless it is binary)."""
    model = info.response
    if model is None:
        return None
    data: dict[str, Any] = {}
    if info.media == "xml" and content is not None and content.strip():
        data = _empty_elements(model, _xml.decode(content, arrays_of(model)))
    data.update(header_values(model, headers))
    parsed = model.from_dict(data)
    return parsed


def is_binary(info: OperationInfo) -> bool:
    return (
        info.media == "binary"
        and isinstance(info.response, type)
        and issubclass(info.response, BinaryResponse)
    )
