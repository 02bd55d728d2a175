"""Shared helpers of the importer tests: vendor fixtures and a meta-schema check of spec folders."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from generator.base.diagnostics import SpecError
from generator.spec.validate import load_specs

REPO = Path(__file__).resolve().parents[2]
API_DOCS = REPO / "specs" / "vendor"
SCHEMAS = REPO / "generator" / "spec" / "metaschemas"
VOD_OVERLAY = REPO / "specs" / "overlays" / "vod-2017-03-21.yaml"
PRODUCTS = ["sts-2015-04-01", "vod-2017-03-21", "imm-2020-09-30", "cgcs-2021-11-11"]


def api_docs(name: str) -> Path:
    path = API_DOCS / f"{name}.json"
    if not path.is_file():
        pytest.fail(f"vendor file {path} is not available: it ships in specs/vendor")
    return path


def _validators() -> dict[str, Draft202012Validator]:
    documents = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in SCHEMAS.glob("*.schema.json")
    }
    registry: Registry[Any] = Registry().with_resources(
        (doc["$id"], Resource.from_contents(doc)) for doc in documents.values()
    )
    return {
        name: Draft202012Validator(doc, registry=registry)
        for name, doc in documents.items()
    }


def meta_schema_errors(folder: Path) -> list[str]:
    """Every way the YAML files of a spec folder break our meta-schemas (independent of the
    importer's own check), plus golden files that are missing or not JSON."""
    validators = _validators()
    errors = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kind = "service" if path.name == "service.yaml" else "operation"
        for error in validators[f"{kind}.schema.json"].iter_errors(data):
            errors.append(f"{path.name}: {list(error.absolute_path)}: {error.message}")
        for golden in data.get("golden", []) if kind == "operation" else []:
            file = folder / golden["file"]
            try:
                json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                errors.append(f"{path.name}: golden {golden['file']}: {exc}")
    return errors


def generator_errors(folder: Path) -> list[str]:
    """The generator's own validation (`generator.spec.validate.load_specs`)."""
    try:
        load_specs(folder)
    except SpecError as exc:
        return [str(d) for d in exc.diagnostics]
    return []


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class Helpers:
    """The helpers above, for test modules (which cannot import this conftest by name)."""

    products = PRODUCTS
    vod_overlay = VOD_OVERLAY
    repo = REPO
    api_docs = staticmethod(api_docs)
    meta_schema_errors = staticmethod(meta_schema_errors)
    generator_errors = staticmethod(generator_errors)
    tree = staticmethod(tree)


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers


def _operation(name: str, **extra: Any) -> dict[str, Any]:
    response = {
        "type": "object",
        "properties": {"RequestId": {"type": "string", "example": "R-1"}},
    }
    demo = [{"type": "json", "example": '{"RequestId": "R-1"}', "errorExample": ""}]
    operation: dict[str, Any] = {
        "summary": f"Calls {name}.",
        "methods": ["post", "get"],
        "operationType": "read",
        "parameters": [
            {
                "name": "Name",
                "in": "query",
                "schema": {"type": "string", "required": True, "example": "x"},
            }
        ],
        "responses": {"200": {"schema": response}},
        "responseDemo": json.dumps(demo),
    }
    operation.update(extra)
    return operation


@pytest.fixture
def make_operation() -> Callable[..., dict[str, Any]]:
    """A small vendor operation; keyword arguments replace its keys."""
    return _operation


@pytest.fixture
def make_api_docs(tmp_path: Path) -> Callable[..., Path]:
    """Write a tiny api-docs file: `make_api_docs({"Op": {...}}, style="RPC")`."""

    def make(
        apis: dict[str, Any],
        *,
        style: str = "RPC",
        components: dict[str, Any] | None = None,
        name: str = "demo-2020-01-01.json",
    ) -> Path:
        data = {
            "version": "1.0",
            "info": {"style": style, "product": "Demo", "version": "2020-01-01"},
            "components": {"schemas": components or {}},
            "apis": apis,
            "endpoints": [
                {"regionId": "cn-hangzhou", "endpoint": "demo.cn-hangzhou.aliyuncs.com"}
            ],
        }
        path = tmp_path / "vendor" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return make
