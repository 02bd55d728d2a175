"""What a generated product's own tests check, written once: every golden response satisfies
its operation's schema, parses and round-trips losslessly; every page iterator walks the
emulator's pages.

A product's `tests/` folder holds the goldens as data: `golden/index.json` lists each
operation's models module and, for each of its golden responses (`golden/<Operation>/<name>.json`),
its status and whether it conforms to the schema (a vendor demo that breaks its own schema is a
recording: only read and written back, which must still be lossless); `schemas/<Operation>.json`
holds the response, error and shared schemas. The generated `test_goldens.py` only parametrizes
over `Goldens`' lists. Checking schemas needs `jsonschema` (each product's `test` extra).
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any

__all__ = ["Goldens", "schema_validator"]

Case = tuple[str, str]  # (operation, golden name)


class Goldens:
    """The goldens of `package`, from its tests folder (`tests`, beside the package)."""

    def __init__(self, package: str, tests: str | Path) -> None:
        self.package = package
        self.folder = Path(tests).resolve()
        project = str(self.folder.parent)
        if project not in sys.path:  # the package beside its tests, installed or not
            sys.path.insert(0, project)
        self.index: dict[str, Any] = json.loads(
            (self.folder / "golden" / "index.json").read_text(encoding="utf-8")
        )

    # --- the cases ---------------------------------------------------------------------------

    @cached_property
    def successes(self) -> list[Case]:
        """Success goldens: each must round-trip (see `round_trip`)."""
        return [
            (operation, name)
            for operation, entry in self.index.items()
            for name, golden in entry["goldens"].items()
            if golden["status"] < 300
            and (entry["parsed"] or entry.get("media") == "none")
        ]

    @cached_property
    def conforming(self) -> list[Case]:
        """Successes that must satisfy the response schema."""
        return [
            (operation, name)
            for operation, name in self.successes
            if self.index[operation]["goldens"][name]["conforms"]
        ]

    @cached_property
    def errors(self) -> list[Case]:
        """Error goldens that must satisfy the service's error schema."""
        return [
            (operation, name)
            for operation, entry in self.index.items()
            for name, golden in entry["goldens"].items()
            if golden["status"] >= 300 and golden["conforms"]
        ]

    @cached_property
    def iterators(self) -> list[tuple[str, dict[str, Any]]]:
        """Each page iterator that the specs' examples can call, with how to call it."""
        return [
            (operation, entry["iterator"])
            for operation, entry in self.index.items()
            if "iterator" in entry
        ]

    # --- the checks --------------------------------------------------------------------------

    def load(self, operation: str, name: str) -> Any:
        path = self.folder / "golden" / operation / f"{name}.json"
        return json.loads(path.read_text(encoding="utf-8"))

    def schema_errors(self, operation: str, which: str, data: Any) -> list[str]:
        """Why `data` breaks the operation's `which` schema ("response" or "error")."""
        path = self.folder / "schemas" / f"{operation}.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        validator = schema_validator(dict(document, **{"$ref": f"#/{which}"}))
        return [
            f"{list(error.absolute_path)}: {error.message}"
            for error in validator.iter_errors(data)
        ]

    def _response(self, operation: str) -> Any:
        module = importlib.import_module(
            f"{self.package}.models.{self.index[operation]['module']}"
        )
        return module.OPERATION.response

    def round_trip(self, operation: str, data: Any) -> Any:
        """The golden read as the client reads its answer, and written back: into the response
        model and out of it, the decoded JSON itself, or a binary body's bytes (a golden holds
        their UTF-8 text). An operation that answers no body reads nothing: only a golden that
        holds nothing (`{}`) comes back whole."""
        if self.index[operation].get("media") == "none":
            return None if data is None else {}
        response = self._response(operation)
        json_type = getattr(response, "json_type", dict)
        if json_type is bytes:
            body: bytes = response.from_dict(str(data).encode("utf-8"))
            return body.decode("utf-8")
        parsed = response.from_dict(data)
        if json_type is object:  # no schema: the JSON itself
            return parsed
        if isinstance(parsed, list):  # an operation that answers a JSON array
            return [item.to_dict() for item in parsed]
        return parsed.to_dict()

    def json_text_errors(self, operation: str, data: Any) -> list[str]:
        """Why a JSON-text field of the golden, read into the response model, does not decode
        to its typed value (`.value`; base64 first where the spec says so): none, for a
        golden that conforms."""
        if self.index[operation].get("media") == "none":
            return []  # no body, no fields
        response = self._response(operation)
        if getattr(response, "json_type", dict) in (bytes, object):
            return []  # raw bytes or schema-less JSON: no typed fields to decode
        return list(_json_text_errors(response.from_dict(data), ""))

    def walk(self, iterator: dict[str, Any]) -> tuple[list[Any], int]:
        """Run a page iterator against the product's emulator: its items (as dicts) and how
        many pages it asked for."""
        from .emulator import Emulator

        package = importlib.import_module(self.package)
        with (
            Emulator(self.package) as emu,
            package.Client(
                region=iterator["region"],
                access_key_id="testid",
                access_key_secret="testsecret",
                endpoint=emu.endpoint,
            ) as client,
        ):
            walk = getattr(client, iterator["method"])
            items = [
                item.to_dict() if hasattr(item, "to_dict") else item
                for item in walk(**iterator["arguments"])
            ]
            return items, len(emu.requests)

    @staticmethod
    def expected_walk(page: Any, iterator: dict[str, Any]) -> tuple[list[Any], int]:
        """What walking should give when the golden `page` is the first page: its items, and
        one page when it is empty, holds the whole total or names no next page, else two (the
        emulator's second page is empty)."""
        items = list(_value_at(page, iterator["items"]) or [])
        if not items:
            return items, 1
        if "next_token" in iterator:
            return items, 2 if _value_at(page, iterator["next_token"]) else 1
        total = _value_at(page, iterator.get("total"))
        whole = isinstance(total, (int, str)) and len(items) >= int(total)
        return items, 1 if whole else 2


def _json_text_errors(value: Any, where: str) -> Iterator[str]:
    """Decode every JSON-text value inside a parsed model, its lists and its dicts."""
    from ..model import JsonText, JsonTextError

    if isinstance(value, JsonText):
        try:
            decoded = value.value
        except JsonTextError as exc:
            yield f"{where or '/'}: {exc}"
            return
        yield from _json_text_errors(decoded, f"{where}(JSON)")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _json_text_errors(
                getattr(value, field.name), f"{where}/{field.name}"
            )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_text_errors(item, f"{where}/{index}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _json_text_errors(item, f"{where}/{key}")


def _value_at(data: Any, path: list[str] | None) -> Any:
    for step in path or []:
        data = data.get(step) if isinstance(data, dict) else None
    return data


@cache
def _validator_class() -> Any:
    """Draft 2020-12 plus the spec's two promises: `maxBytes` and JSON text's `contentSchema`
    (its text decoded from base64 first under `contentEncoding: base64`)."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def max_bytes(
        validator: Any, limit: int, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        if isinstance(instance, str) and len(instance.encode("utf-8")) > limit:
            yield ValidationError(f"is more than {limit} bytes long")

    def content_schema(
        validator: Any, content: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        # JSON Schema 2020-12 only annotates content; the spec promises it, so it is asserted.
        if schema.get("contentMediaType") != "application/json" or not isinstance(
            instance, str
        ):
            return
        text = instance
        if schema.get("contentEncoding") == "base64":
            try:
                text = base64.b64decode(instance, validate=True).decode("utf-8")
            except ValueError as exc:
                yield ValidationError(f"is not base64 of UTF-8 text: {exc}")
                return
        try:
            document = json.loads(text)
        except ValueError as exc:
            yield ValidationError(f"is not JSON text: {exc}")
            return
        for error in validator.evolve(schema=content).iter_errors(document):
            yield ValidationError(f"inside its JSON text: {error.message}")

    return validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator,
        {"maxBytes": max_bytes, "contentSchema": content_schema},
    )


@cache
def _format_checker() -> Any:
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value: object) -> bool:
        return (
            not isinstance(value, str)
            or datetime.fromisoformat(value).tzinfo is not None
        )

    return checker


def schema_validator(schema: dict[str, Any]) -> Any:
    """A validator of `schema` with the spec's extensions and its `date-time` format."""
    return _validator_class()(schema, format_checker=_format_checker())
