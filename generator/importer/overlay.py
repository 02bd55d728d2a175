"""Overlays: hand-curated facts laid over the imported specs at every import.

    service:                      # merged onto service.yaml
      title: ApsaraVideo VOD
    components:                   # the vendor's own dialect: components its file uses but
      Owner: {type: object, ...}  # lacks (OSS's file defines none), read as if it had them
    models:
      ModelName:
        "$": {description: ...}   # path into the model -> patch (see below)
    operations:
      GetAIImageJobs:
        access: read              # any operation key: merged onto the operation
        regions: [cn-beijing, cn-shanghai]
        parameters:
          JobIds: {style: simple, schema: {$replace: true, type: array, ...}}
        response:
          AIImageJobList[].UserData: {maxBytes: 512, contentMediaType: application/json}
        errors:
          Some.Code: {status: 400, kind: validation}     # merged by code, or added
        golden:
          curated_case: {status: 200, file: golden/GetAIImageJobs/curated_case.json}
          inline_case: {status: 200, data: {RequestId: r, AIImageJobList: []}}

How a patch applies (JSON Merge Patch, RFC 7386, plus one marker): a mapping merges into a
mapping key by key, recursively; `null` deletes the key; a list or a scalar replaces the value;
a mapping holding `$replace: true` replaces the value whole instead of merging into it.
A response or model path is a dotted list of property names, `[]` after a name steps into an
array's items and `{}` into a map's values; `$` alone is the root. An entry that names an
operation, parameter, error, golden, model or path that is not there is an error naming the
overlay file, line and entry: a vendor change never silently orphans a curated fact.

A curated golden names its file in the spec folder (`file:`), or carries its response inline
(`data:`), which the importer writes as `golden/<Operation>/<name>.json`: an overlay with inline
goldens imports into an empty folder too.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import OverlayError

try:  # libyaml composes big files about four times faster; both are safe loaders.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Key = tuple[str, ...]
REPLACE = "$replace"
ROOT = "$"
MAX_NODES = 100_000
_CORE_SCALARS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TOP_KEYS = ("service", "components", "models", "operations")
# Operation keys an overlay may set directly; `operation` (the name) is not one of them.
_OPERATION_KEYS = {
    "summary",
    "description",
    "updated",
    "deprecated",
    "access",
    "idempotent",
    "methods",
    "regions",
    "authorization",
    "prerequisites",
    "related",
    "pagination",
    "waiters",
    "upload",
    "emulator",
    "fixed_query",
    "response_media",
    "response_headers",
}
_KEYED_LISTS = {"parameters": "name", "errors": "code", "golden": "name"}
_STEP = re.compile(r"(?P<name>[^.\[\]{}]+)(?P<suffix>(\[\]|\{\})*)")


@dataclass(frozen=True)
class Overlay:
    """An overlay file's data and where each key was written."""

    path: Path
    data: dict[str, Any]
    positions: dict[Key, tuple[int, int]]

    def error(self, key: Key, message: str) -> OverlayError:
        line, column = self._locate(key)
        return OverlayError(self.path, line, column, ".".join(key), message)

    def _locate(self, key: Key) -> tuple[int, int]:
        while key and key not in self.positions:
            key = key[:-1]
        return self.positions.get(key, (1, 1))

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        return value if isinstance(value, dict) else {}


def load(path: Path) -> Overlay:
    """Load an overlay with the YAML core schema only (no Python tags), and check its shape."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverlayError(path, 1, 1, "", f"cannot read the overlay: {exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise OverlayError(
            path, line, column, "", f"invalid YAML: {exc.problem}"
        ) from None
    except yaml.YAMLError as exc:
        raise OverlayError(path, 1, 1, "", f"invalid YAML: {exc}") from None
    builder = _Builder(path)
    data = {} if node is None else builder.build(node, ())
    overlay = Overlay(path, data if isinstance(data, dict) else {}, builder.positions)
    if not isinstance(data, dict):
        raise overlay.error(
            (), "an overlay is a mapping with service, models and operations"
        )
    _check_shape(overlay)
    return overlay


class _Builder:
    """Plain data from composed nodes, remembering each key's position."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions: dict[Key, tuple[int, int]] = {}
        self.count = 0
        self.scalars = yaml.constructor.SafeConstructor()

    def fail(self, node: yaml.Node, key: Key, message: str) -> OverlayError:
        mark = node.start_mark
        return OverlayError(
            self.path, mark.line + 1, mark.column + 1, ".".join(key), message
        )

    def build(self, node: yaml.Node, key: Key) -> Any:
        self.count += 1
        if (
            self.count > MAX_NODES
        ):  # aliases can expand a small file into billions of nodes
            raise self.fail(
                node, key, f"the overlay expands to more than {MAX_NODES} nodes"
            )
        if isinstance(node, yaml.MappingNode) and node.tag == "tag:yaml.org,2002:map":
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if (
                    not isinstance(key_node, yaml.ScalarNode)
                    or key_node.tag != "tag:yaml.org,2002:str"
                ):
                    raise self.fail(
                        key_node, key, "keys must be plain strings (no merge keys)"
                    )
                name = str(key_node.value)
                if name in result:
                    raise self.fail(key_node, (*key, name), f"duplicate key {name!r}")
                self.positions[(*key, name)] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                result[name] = self.build(value_node, (*key, name))
            return result
        if isinstance(node, yaml.SequenceNode) and node.tag == "tag:yaml.org,2002:seq":
            return [
                self.build(item, (*key, str(i))) for i, item in enumerate(node.value)
            ]
        if isinstance(node, yaml.ScalarNode) and node.tag in _CORE_SCALARS:
            return self.scalars.construct_object(node)
        if (
            isinstance(node, yaml.ScalarNode)
            and node.tag == "tag:yaml.org,2002:timestamp"
        ):
            return str(node.value)  # `updated: 2024-12-19` stays text, as in our specs
        raise self.fail(node, key, f"unsupported YAML tag {node.tag!r}")


def _check_shape(overlay: Overlay) -> None:
    for name, value in overlay.data.items():
        if name not in _TOP_KEYS:
            raise overlay.error(
                (name,), f"unknown section; an overlay has {', '.join(_TOP_KEYS)}"
            )
        if not isinstance(value, dict):
            raise overlay.error((name,), "must be a mapping")
    for name, paths in overlay.section("models").items():
        _require_mapping(overlay, ("models", name), paths)
    for name, patch in overlay.section("operations").items():
        where = ("operations", name)
        _require_mapping(overlay, where, patch)
        for key, value in patch.items():
            if key in _KEYED_LISTS or key == "response":
                _require_mapping(overlay, (*where, key), value)
            elif key not in _OPERATION_KEYS:
                known = sorted(_OPERATION_KEYS | set(_KEYED_LISTS) | {"response"})
                raise overlay.error(
                    (*where, key), f"unknown operation key; one of: {', '.join(known)}"
                )


def _require_mapping(overlay: Overlay, key: Key, value: Any) -> None:
    if not isinstance(value, dict):
        raise overlay.error(key, "must be a mapping")


# --- applying --------------------------------------------------------------------------------


def merge(target: Any, patch: Any) -> Any:
    """`patch` laid over `target` (merged in place where both are mappings); returns the result."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if patch.get(REPLACE) is True:
        return _without_markers(patch)
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if key == REPLACE:
            continue
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge(target.get(key), value)
    return target


def _without_markers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_markers(v) for k, v in value.items() if k != REPLACE}
    if isinstance(value, list):
        return [_without_markers(v) for v in value]
    return value


def components(overlay: Overlay, vendor: dict[str, Any]) -> dict[str, Any]:
    """The vendor's components and the overlay's, which may only add what the vendor lacks
    (a component the vendor defines is patched through `models:`, as converted)."""
    added = overlay.section("components")
    for name, schema in added.items():
        if name in vendor:
            raise overlay.error(
                ("components", name),
                f"the vendor's file defines {name!r}: patch its model under `models:`",
            )
        _require_mapping(overlay, ("components", name), schema)
    return {**vendor, **copy.deepcopy(added)}


def apply_service(overlay: Overlay, document: dict[str, Any]) -> None:
    patch = overlay.section("service")
    for key in ("service", "api_version", "style"):
        if key in patch:
            raise overlay.error(
                ("service", key), "comes from the vendor's file and cannot be overlaid"
            )
    merge(document, patch)


def apply_models(overlay: Overlay, models: dict[str, Any], known: set[str]) -> None:
    """Patch the models written now; a model the vendor no longer has is an error."""
    for name, paths in overlay.section("models").items():
        key = ("models", name)
        if name not in known:
            raise overlay.error(key, f"no shared model {name!r} in the vendor's file")
        if name in models:
            models[name] = _patch_paths(
                overlay, key, models[name], paths, f"model {name}"
            )


def apply_operation(overlay: Overlay, name: str, document: dict[str, Any]) -> None:
    """Patch one operation, all but its golden responses (those come after, see below)."""
    where = ("operations", name)
    for key, value in overlay.section("operations").get(name, {}).items():
        if key == "response":
            what = f"the response of {name}"
            document["response"] = _patch_paths(
                overlay, (*where, key), document["response"], value, what
            )
        elif key in _KEYED_LISTS and key != "golden":
            document[key] = _patch_list(
                overlay, (*where, key), document.get(key, []), value, name
            )
        elif key != "golden" and value is None:  # `key: null` takes the fact away
            document.pop(key, None)
        elif key != "golden":
            document[key] = merge(document.get(key), value)


def apply_goldens(
    overlay: Overlay,
    name: str,
    document: dict[str, Any],
    golden_exists: Callable[[str], bool],
) -> dict[str, Any]:
    """Patch the golden list, once the vendor's goldens are known to fit the curated schema.

    Answers the curated goldens given inline (`data:`), by file (`golden/<Op>/<name>.json`
    unless `file:` says otherwise), for the importer to write beside the vendor's.
    """
    patch = overlay.section("operations").get(name, {}).get("golden")
    if not patch:
        return {}
    key = ("operations", name, "golden")
    document["golden"] = _patch_list(
        overlay, key, document.get("golden", []), patch, name
    )
    inline: dict[str, Any] = {}
    for golden in document["golden"]:
        if golden.get("name") in patch and "data" in golden:
            golden.setdefault("file", f"golden/{name}/{golden['name']}.json")
            inline[str(golden["file"])] = golden.pop("data")
    for golden in document["golden"]:
        if golden.get("file") in inline:
            continue
        if golden.get("name") in patch and not golden_exists(str(golden.get("file"))):
            raise overlay.error(
                (*key, str(golden["name"])),
                f"golden file {golden.get('file')!r} is not in the spec folder",
            )
    if not document["golden"]:
        del document["golden"]
    return inline


def _patch_list(
    overlay: Overlay,
    key: Key,
    entries: list[Any],
    patches: dict[str, Any],
    operation: str,
) -> list[Any]:
    """Entries of a list keyed by name (parameters, errors, golden) merged, added or removed."""
    section = key[-1]
    field = _KEYED_LISTS[section]
    for name, patch in patches.items():
        entry_key = (*key, name)
        present = [entry[field] for entry in entries]
        if name in present:
            if patch is None:
                entries = [e for e in entries if e[field] != name]
            else:
                entries = [merge(e, patch) if e[field] == name else e for e in entries]
        elif section == "parameters" or patch is None:
            listed = ", ".join(present) or "none"
            what = {
                "parameters": "parameter",
                "errors": "error code",
                "golden": "golden response",
            }[section]
            raise overlay.error(
                entry_key, f"no {what} {name!r} in {operation} ({section}: {listed})"
            )
        elif not isinstance(patch, dict):
            raise overlay.error(entry_key, "must be a mapping")
        else:
            entries = [*entries, merge({field: name}, patch)]
    return entries


def _patch_paths(
    overlay: Overlay, key: Key, root: Any, patches: dict[str, Any], what: str
) -> Any:
    for path, patch in patches.items():
        entry = (*key, path)
        if path == ROOT:
            root = merge(root, patch)
            continue
        parent, name = _resolve(overlay, entry, root, path, what)
        parent[name] = merge(parent[name], patch)
    return root


def _resolve(
    overlay: Overlay, entry: Key, root: Any, path: str, what: str
) -> tuple[dict[str, Any], str]:
    """The container and key of the schema node that `path` names."""
    node = root
    steps = list(_steps(overlay, entry, path))
    walked: list[str] = []
    parent: dict[str, Any] = {}
    last = ""
    for name, suffixes in steps:
        ref = node.get("$ref") if isinstance(node, dict) else None
        if ref:
            model = str(ref).rsplit("/", 1)[-1]
            raise overlay.error(
                entry,
                f"{'.'.join(walked) or 'the root'} of {what} is the shared model {model!r}: patch models.{model} instead",
            )
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or name not in properties:
            at = ".".join(walked) or "the root"
            present = ", ".join(properties) if isinstance(properties, dict) else "none"
            raise overlay.error(
                entry, f"no field {name!r} at {at} of {what} (fields: {present})"
            )
        parent, last = properties, name
        walked.append(name)
        for suffix in suffixes:
            child_key = "items" if suffix == "[]" else "additionalProperties"
            child = parent[last]
            if not isinstance(child, dict) or not isinstance(
                child.get(child_key), dict
            ):
                kind = "an array" if suffix == "[]" else "a map"
                raise overlay.error(
                    entry, f"{'.'.join(walked)} of {what} is not {kind}"
                )
            parent, last = child, child_key
            walked[-1] += suffix
        node = parent[last]
    return parent, last


def _steps(overlay: Overlay, entry: Key, path: str) -> Iterator[tuple[str, list[str]]]:
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if not match:
            raise overlay.error(
                entry, f"bad path {path!r}: write Name.Child, Name[].Child or $"
            )
        suffix = match.group("suffix")
        yield match.group("name"), [suffix[i : i + 2] for i in range(0, len(suffix), 2)]
