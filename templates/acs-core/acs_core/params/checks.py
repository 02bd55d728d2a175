"""A value against its parameter's limits: raises `RequestValidationError` naming the
parameter (wire and Python names, with the index of a list item) and what it broke."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RequestValidationError
from ..model import Model
from .declare import Param, Rule

__all__ = ["check", "check_value", "fail", "scalar_text"]


def check(param: Param, value: Any) -> None:
    """Raise RequestValidationError if `value` breaks the parameter's limits."""
    if value is None:
        if param.required:
            fail(param, "is required", code="MissingParameter")
        return
    check_value(param, param.python_name, value, param.rule)
    if param.location == "path":
        _check_path_value(param, scalar_text(value))


def _check_path_value(param: Param, text: str) -> None:
    """A value may not change the path it goes into: no `.` or `..` segment, and no `/`
    unless the parameter is a path tail. An OSS object key (style `key`) is any non-empty text:
    OSS's client sends its path exactly as signed."""
    if param.style == "key":
        if not text:
            fail(param, "must not be empty: it names an object")
        return
    segments = text.split("/") if param.style == "tail" else [text]
    if param.style != "tail" and "/" in text:
        fail(param, f"must not contain '/': it is one path segment (got {text!r})")
    if any(segment in ("", ".", "..") for segment in segments):
        fail(param, f"would change the request path (got {text!r})")


def fail(
    param: Param,
    message: str,
    *,
    where: str | None = None,
    code: str = "InvalidParameter",
) -> None:
    raise RequestValidationError(
        parameter=param.wire_name,
        argument=where or param.python_name,
        message=message,
        code=code,
    )


def check_value(param: Param, where: str, value: Any, rule: Rule) -> None:
    kind = rule.type
    if kind == "string":
        if not isinstance(value, str):
            fail(param, f"must be a string, not {type(value).__name__}", where=where)
        _check_string(param, where, value, rule)
    elif kind in ("integer", "number"):
        valid = isinstance(value, int) or (
            kind == "number" and isinstance(value, float)
        )
        if (
            isinstance(value, bool)
            or not valid
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            fail(param, f"must be a finite {kind}, not {value!r}", where=where)
        if rule.minimum is not None and value < rule.minimum:
            fail(param, f"must be at least {rule.minimum:g} (got {value})", where=where)
        if rule.maximum is not None and value > rule.maximum:
            fail(param, f"must be at most {rule.maximum:g} (got {value})", where=where)
    elif kind == "boolean":
        if not isinstance(value, bool):
            fail(param, f"must be a bool, not {type(value).__name__}", where=where)
    elif kind == "array":
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            fail(param, f"must be a list, not {type(value).__name__}", where=where)
        if rule.min_items is not None and len(value) < rule.min_items:
            fail(
                param,
                f"needs at least {rule.min_items} item(s), got {len(value)}",
                where=where,
            )
        if rule.max_items is not None and len(value) > rule.max_items:
            fail(
                param,
                f"takes at most {rule.max_items} items, got {len(value)}",
                where=where,
            )
        if rule.items is not None:
            for index, item in enumerate(value):
                check_value(param, f"{where}[{index}]", item, rule.items)
    elif kind == "binary":
        if not isinstance(value, (bytes, bytearray, memoryview)) and not callable(
            getattr(value, "read", None)
        ):
            if param.style != "stream" or not _is_stream(value):
                what = (
                    "bytes, a file or an iterator of bytes"
                    if param.style == "stream"
                    else "bytes or a file"
                )
                fail(param, f"must be {what}, not {type(value).__name__}")
    elif kind == "object" and not isinstance(value, (Mapping, Model)):
        fail(param, f"must be a mapping, not {type(value).__name__}", where=where)
    if rule.enum is not None and value not in rule.enum:
        allowed = ", ".join(repr(option) for option in rule.enum)
        fail(param, f"must be one of {allowed} (got {value!r})", where=where)


def _is_stream(value: Any) -> bool:
    """An (async) iterator or iterable of bytes, as OSS's bodies stream (not text)."""
    if isinstance(value, (str, Mapping)):
        return False
    return hasattr(value, "__iter__") or hasattr(value, "__aiter__")


def _check_string(param: Param, where: str, value: str, rule: Rule) -> None:
    if rule.min_length is not None and len(value) < rule.min_length:
        detail = (
            "must not be empty"
            if rule.min_length == 1
            else f"needs at least {rule.min_length} characters"
        )
        fail(param, detail, where=where)
    if rule.max_length is not None and len(value) > rule.max_length:
        fail(
            param,
            f"takes at most {rule.max_length} characters, got {len(value)}",
            where=where,
        )
    if rule.max_bytes is not None and len(value.encode("utf-8")) > rule.max_bytes:
        size = len(value.encode("utf-8"))
        fail(
            param,
            f"takes at most {rule.max_bytes} bytes of UTF-8, got {size}",
            where=where,
        )
    if rule.forbidden is not None and rule.forbidden in value:
        fail(
            param,
            f"must not contain {rule.forbidden!r}: the values travel {rule.forbidden!r}-separated",
            where=where,
        )
    if rule.json_text:
        try:
            json.loads(value)
        except ValueError as exc:
            fail(param, f"must be JSON text ({exc})", where=where)
    if rule.pattern is not None and not re.search(rule.pattern, value):
        fail(
            param,
            f"must match the pattern {rule.pattern!r} (got {value!r})",
            where=where,
        )


# --- writing ------------------------------------------------------------------------------------


def scalar_text(value: Any) -> str:
    # As the official SDKs write a value (`str()`): True is "True", 2.0 is "2.0".
    return value if isinstance(value, str) else str(value)
