"""Writing: documents to deterministic YAML and JSON text, and text to files inside one folder.

Same documents, same bytes: keys in the format's own order (properties keep the vendor's order),
no YAML aliases, no line wrapping, multi-line prose as literal blocks. Files are written through
a temporary folder inside the output folder and moved into place with `os.replace`, only when
their bytes change, and never anywhere but inside the output folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import metaschema

# The first line of every file the importer writes; a file without it is hand-written, and kept.
HEADER_MARK = "# Imported by `python -m generator import`"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_SCHEMA_ORDER = [
    "$ref",
    "type",
    "title",
    "description",
    "deprecated",
    "format",
    "enum",
    "default",
    "examples",
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "maxBytes",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "properties",
    "required",
    "additionalProperties",
    "items",
]
_PARAMETER_ORDER = [
    "name",
    "in",
    "style",
    "required",
    "deprecated",
    "description",
    "example",
    "schema",
]
_ERROR_ORDER = ["code", "status", "kind", "message", "description"]
_GOLDEN_ORDER = ["name", "status", "file", "summary"]


def header(source: Path, overlay: Path | None) -> str:
    """Two comment lines naming where the file came from; file names only, so output is portable."""
    origin = _SAFE_NAME.sub("_", source.name)
    curated = f" with overlay {_SAFE_NAME.sub('_', overlay.name)}" if overlay else ""
    return (
        f"{HEADER_MARK} from {origin}{curated}.\n"
        "# Do not edit: the next import overwrites this file. Put corrections in an overlay.\n"
    )


def is_imported(path: Path) -> bool:
    """Whether `path` was written by the importer (and so may be overwritten or removed)."""
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            return handle.readline().startswith(HEADER_MARK)
    except OSError:
        return False


def yaml_text(document: dict[str, Any], top_order: list[str], head: str) -> str:
    ordered = _ordered(document, top_order)
    body = yaml.dump(
        ordered,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
    )
    return head + body


def operation_text(document: dict[str, Any], head: str) -> str:
    return yaml_text(document, metaschema.key_order(metaschema.OPERATION), head)


def service_text(document: dict[str, Any], head: str) -> str:
    return yaml_text(document, metaschema.key_order(metaschema.SERVICE), head)


def golden_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _ordered(document: dict[str, Any], top_order: list[str]) -> dict[str, Any]:
    out = _sort_keys(document, top_order)
    for key, value in out.items():
        if key in ("response", "error_response"):
            out[key] = order_schema(value)
        elif key == "models":
            out[key] = {name: order_schema(model) for name, model in value.items()}
        elif key == "parameters":
            out[key] = [_parameter(p) for p in value]
        elif key == "errors":
            out[key] = [_sort_keys(e, _ERROR_ORDER) for e in value]
        elif key == "golden":
            out[key] = [_sort_keys(g, _GOLDEN_ORDER) for g in value]
    return out


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    out = _sort_keys(parameter, _PARAMETER_ORDER)
    if isinstance(out.get("schema"), dict):
        out["schema"] = order_schema(out["schema"])
    return out


def order_schema(schema: Any) -> Any:
    """A schema with its keys in reading order, recursively; property order is the vendor's."""
    if not isinstance(schema, dict):
        return schema
    out = _sort_keys(schema, _SCHEMA_ORDER)
    for key in ("items", "contentSchema", "additionalProperties"):
        if isinstance(out.get(key), dict):
            out[key] = order_schema(out[key])
    if isinstance(out.get("properties"), dict):
        out["properties"] = {
            name: order_schema(child) for name, child in out["properties"].items()
        }
    return out


def _sort_keys(mapping: dict[str, Any], order: list[str]) -> dict[str, Any]:
    rank = {key: index for index, key in enumerate(order)}
    keys = sorted(mapping, key=lambda key: (rank.get(key, len(order)), key))
    return {key: mapping[key] for key in keys}


class _Dumper(yaml.SafeDumper):
    """The pure-Python safe dumper (libyaml's could differ in details), without aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Literal blocks keep prose readable; the emitter falls back to quoting when a block can't
    # hold the text exactly (trailing spaces, control characters).
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    # Short lists of plain values read best on one line: `methods: [POST, GET]`.
    plain = all(
        isinstance(item, (str, int, float, bool)) and "\n" not in str(item)
        for item in value
    )
    flow = (
        bool(value)
        and plain
        and sum(len(str(item)) + 2 for item in value) <= _FLOW_LIMIT
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_FLOW_LIMIT = 80
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


class UnsafePath(Exception):
    """A file would land outside the output folder."""


def write_tree(
    out_dir: Path, files: dict[str, str], delete: list[str]
) -> tuple[list[str], int, list[str]]:
    """Write `files` (relative path -> text) and delete `delete` inside `out_dir`.

    Returns (paths written, count unchanged, paths deleted). Every path is checked before any
    file is touched; each write goes to a temporary file in the same folder tree and is moved
    into place atomically, so a reader never sees half a file.
    """
    root = out_dir.resolve()
    targets = {relative: _inside(root, relative) for relative in [*files, *delete]}
    written: list[str] = []
    unchanged = 0
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    try:
        for index, (relative, text) in enumerate(sorted(files.items())):
            target = targets[relative]
            data = text.encode("utf-8")
            if (
                target.is_file()
                and not target.is_symlink()
                and target.read_bytes() == data
            ):
                unchanged += 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            _inside(root, relative)  # again: a folder made above must not be a link out
            staged = scratch / f"{index}.tmp"
            staged.write_bytes(data)
            os.replace(staged, target)
            written.append(relative)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    deleted = []
    for relative in sorted(delete):
        target = targets[relative]
        if target.is_file() or target.is_symlink():
            target.unlink()
            deleted.append(relative)
    return written, unchanged, deleted


def _inside(root: Path, relative: str) -> Path:
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        raise UnsafePath(f"{relative!r} is not a path inside {root}")
    target = root / relative
    # Resolve the parent only: the file itself may be a link we replace, never one we follow.
    if not target.parent.resolve().is_relative_to(root):
        raise UnsafePath(f"{relative!r} would be written outside {root}")
    return target
