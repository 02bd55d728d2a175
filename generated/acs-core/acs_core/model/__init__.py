"""Typed models: one table-driven reader and writer for every generated class.

base         `Model` and `wire` (a field by its wire name), `header` (one read from a response
             header), `ArrayOf`, `converter_for`, and the answers without a model: `ANY_JSON`
             (the decoded JSON), `BINARY` (the body's bytes)
binary       `BinaryResponse` (OSS): a model of the headers with a bytes body beside them
converters   how each field type is read from the wire and written back
compiled     each class's reader and writer, compiled once
"""

from __future__ import annotations

from .base import (
    ANY_JSON,
    BINARY,
    AnyJson,
    ArrayOf,
    Binary,
    Model,
    converter_for,
    dataclass_transform,
    header,
    header_fields,
    wire,
)
from .binary import BinaryResponse
from .converters import (
    INVALID,
    Base64JsonText,
    Converter,
    JsonText,
    JsonTextError,
    OpenEnum,
)

__all__ = [
    "ANY_JSON",
    "BINARY",
    "INVALID",
    "AnyJson",
    "ArrayOf",
    "Base64JsonText",
    "Binary",
    "BinaryResponse",
    "Converter",
    "JsonText",
    "JsonTextError",
    "Model",
    "OpenEnum",
    "converter_for",
    "dataclass_transform",
    "header",
    "header_fields",
    "wire",
]
