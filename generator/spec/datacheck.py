"""Checks a JSON value against a spec's data schema, with the spec's own vocabulary.

Standard JSON Schema 2020-12 (through `jsonschema`), plus what our specs add on top:
- `contentMediaType: application/json` with `contentSchema`: the string must hold JSON text, and the
  decoded document must satisfy the content schema (2020-12 only annotates this; we assert it);
  with `contentEncoding: base64` the string is base64 of that JSON text, decoded first;
- `maxBytes`: an upper bound on the UTF-8 length of a string;
- `format: date-time`: an RFC 3339 timestamp with a time zone.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

from .load import escape_pointer_token
from .schema import Schema, is_base64, is_json_text


def _max_bytes(
    validator: Any, limit: int, instance: Any, schema: Schema
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and len(instance.encode("utf-8")) > limit:
        size = len(instance.encode("utf-8"))
        yield ValidationError(
            f"is {size} bytes long, more than the {limit} bytes allowed"
        )


def _content_schema(
    validator: Any, content_schema: Schema, instance: Any, schema: Schema
) -> Iterator[ValidationError]:
    if not is_json_text(schema) or not isinstance(instance, str):
        return
    text = instance
    if is_base64(schema):
        try:
            text = base64.b64decode(instance, validate=True).decode("utf-8")
        except ValueError as exc:  # binascii.Error and UnicodeDecodeError too
            yield ValidationError(f"is not base64 of UTF-8 text: {exc}")
            return
    try:
        document = json.loads(text)
    except ValueError as exc:
        yield ValidationError(f"is not JSON text: {exc}")
        return
    for error in validator.evolve(schema=content_schema).iter_errors(document):
        inner = "".join(
            f"/{escape_pointer_token(token)}" for token in error.absolute_path
        )
        yield ValidationError(
            f"inside its JSON text at {inner or '/'}: {error.message}"
        )


_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if "T" not in value.upper():
        raise ValueError("not a date and time")
    return datetime.fromisoformat(value.replace("z", "Z")).tzinfo is not None


_SpecValidator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"maxBytes": _max_bytes, "contentSchema": _content_schema}
)


def iter_data_errors(
    value: Any, schema: Schema, models: dict[str, Schema]
) -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer into value, message) for each way value breaks schema."""
    # `$ref: '#/models/X'` resolves against the root document, so the models ride along in it.
    root = dict(schema, models=models) if models else schema
    validator = _SpecValidator(root, format_checker=_FORMATS)
    for error in sorted(
        validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))
    ):
        pointer = "".join(
            f"/{escape_pointer_token(token)}" for token in error.absolute_path
        )
        yield pointer, _shorten(error.message)


def _shorten(message: str, limit: int = 240) -> str:
    """jsonschema quotes the whole offending value; a diagnostic needs only its start and end."""
    if len(message) <= limit:
        return message
    half = limit // 2
    return f"{message[:half]}...{message[-half:]}"
