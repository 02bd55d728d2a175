"""Fixtures of the generated tests: golden responses and the schemas they must satisfy."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # the package beside these tests, installed or not


def _max_bytes(
    validator: Any, limit: int, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and len(instance.encode("utf-8")) > limit:
        yield ValidationError(f"is more than {limit} bytes long")


def _content_schema(
    validator: Any, content: Any, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    # JSON Schema 2020-12 only annotates content; the spec promises it, so the tests assert it.
    if schema.get("contentMediaType") != "application/json" or not isinstance(
        instance, str
    ):
        return
    try:
        document = json.loads(instance)
    except ValueError as exc:
        yield ValidationError(f"is not JSON text: {exc}")
        return
    for error in validator.evolve(schema=content).iter_errors(document):
        yield ValidationError(f"inside its JSON text: {error.message}")


_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    return (
        not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None
    )


_Validator = validators.extend(
    Draft202012Validator, {"maxBytes": _max_bytes, "contentSchema": _content_schema}
)


@pytest.fixture
def golden() -> Callable[[str, str], Any]:
    def load(operation: str, name: str) -> Any:
        return json.loads(
            (HERE / "golden" / operation / f"{name}.json").read_text(encoding="utf-8")
        )

    return load


@pytest.fixture
def schema_errors() -> Callable[[str, str, Any], list[str]]:
    def check(operation: str, which: str, data: Any) -> list[str]:
        document = json.loads(
            (HERE / "schemas" / f"{operation}.json").read_text(encoding="utf-8")
        )
        validator = _Validator(
            dict(document, **{"$ref": f"#/{which}"}), format_checker=_FORMATS
        )
        return [
            f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)
        ]

    return check
