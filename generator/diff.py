"""The breaking-change report: two validated spec trees -> every change, classed by its effect on
the consumers of the generated packages, and the version bump each package needs.

Pure: `compare(old, new)` takes two lists of `Service` (as `validate` returns them) and returns a
`Report`; nothing here reads files. Services are matched by product code and API version, and
failing that by distribution (a new API version of the same package: one breaking
`api-version-changed`, then its operations compared as usual); operations by name, parameters by
wire name, response fields by their path.

Effects:
- breaking: a package's API version changed (the requests it sends name another version); an
  operation, parameter, response field, model class, region or signing method removed
  or renamed (a rename is paired where the shape is unchanged and the names are alike; a
  parameter renamed on the wire only, its Python argument unchanged, is compatible); a
  parameter added as required or made required; a request limit tightened (max lowered, min
  raised, a limit added, a pattern changed, an enum value removed); a type changed; a response
  enum value removed (its member leaves the generated enum); a Python name changed (package,
  module, client method, request or response class, parameter, model field, enum member); an
  error code's kind changed (another exception class is raised); the method or path of a
  REST-style operation changed;
- compatible: an operation, optional parameter, response field, region, signing method, error
  code or enum value added; a limit loosened (or changed in a response, which the package does
  not enforce); a parameter made optional; retry-relevant facts (access, idempotency) changed;
- documentation: summaries, descriptions, examples, authorization facts, deprecation, and error
  codes no longer listed where their kind is kept.
Golden responses and emulator rules are test material: they are not compared.

The bump per package follows semantic versioning from the old spec's `package.version` (the
version the generated `pyproject.toml` carries): major for breaking changes, minor for
compatible ones, patch for documentation only; before 1.0.0 (SemVer item 4 leaves 0.x open) the
common convention applies: minor for breaking changes, patch for the rest.

`Report.to_json()` has stable keys (format 1):
  {"format": 1, "breaking": bool,
   "counts": {"breaking": n, "compatible": n, "documentation": n},
   "changes": [{"package", "service", "api_version", "operation" (null: the service), "effect",
                "kind", "subject", "detail"}],
   "packages": [{"package", "current" (null: new), "bump" ("major"|"minor"|"patch"|null),
                 "next" (null: removed or unchanged), "declared" (the new specs' version, null:
                 removed), "note"}]}
`kind` is one of the `KINDS` below.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from .plan.package import python_views
from .plan.types import ModuleTypes
from .plan.views import OperationView
from .python import names
from .spec.model import ErrorCode, Operation, Parameter, Service
from .spec.schema import (
    Schema,
    content_schema,
    is_json_text,
    is_reference,
    items,
    model_name,
    properties,
)

BREAKING, COMPATIBLE, DOCUMENTATION = "breaking", "compatible", "documentation"
EFFECTS = (BREAKING, COMPATIBLE, DOCUMENTATION)

# Every `kind` a change may have: machines may rely on these names.
KINDS = (
    "service-removed",
    "service-added",
    "api-version-changed",
    "operation-removed",
    "operation-renamed",
    "operation-added",
    "parameter-removed",
    "parameter-renamed",
    "parameter-added",
    "parameter-required",
    "parameter-optional",
    "parameter-location-changed",
    "field-removed",
    "field-renamed",
    "field-added",
    "property-required",
    "property-optional",
    "model-removed",
    "model-added",
    "type-changed",
    "limit-tightened",
    "limit-loosened",
    "enum-value-removed",
    "enum-value-added",
    "region-removed",
    "region-added",
    "endpoint-changed",
    "signing-removed",
    "signing-added",
    "signing-default-changed",
    "protocol-changed",
    "style-changed",
    "method-changed",
    "path-changed",
    "response-removed",
    "response-added",
    "retry-behaviour-changed",
    "python-name-changed",
    "python-name-removed",
    "python-name-added",
    "error-code-added",
    "error-code-removed",
    "error-code-changed",
    "error-kind-changed",
    "documentation-changed",
    "deprecated",
)


@dataclass(frozen=True)
class Change:
    package: str  # the generated distribution (the old one's, when it was renamed)
    service: str
    api_version: str
    operation: str | None  # None: the service as a whole
    effect: str  # one of EFFECTS
    kind: str  # one of KINDS
    subject: str  # what changed: `parameter JobIds`, `response.AIImageJobList[].Status`
    detail: str  # how, in words

    @property
    def line(self) -> str:
        return f"{self.effect:<13} {self.subject}: {self.detail}"


@dataclass(frozen=True)
class Bump:
    """The release a package needs for the changes found."""

    package: str
    current: str | None  # None: a new package
    bump: str | None  # "major", "minor", "patch"; None: nothing to release
    next: str | None  # the version to release; None: removed, unchanged, or not semver
    declared: str | None  # the version the new specs set; None: the package is gone
    note: str

    @property
    def line(self) -> str:
        if self.current is None:
            return f"{self.package}: new package at {self.declared} ({self.note})"
        if self.declared is None:
            return f"{self.package}: {self.current}, {self.note}"
        if self.bump is None:
            return f"{self.package}: {self.current} ({self.note})"
        target = self.next or "?"
        return f"{self.package}: {self.current} -> {target} ({self.bump}; {self.note})"


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]
    packages: tuple[Bump, ...]

    @property
    def breaking(self) -> bool:
        return any(change.effect == BREAKING for change in self.changes)

    @property
    def counts(self) -> dict[str, int]:
        return {
            effect: sum(c.effect == effect for c in self.changes) for effect in EFFECTS
        }

    def summary(self) -> str:
        counts = self.counts
        if not self.changes:
            return "No changes."
        return (
            f"{counts[BREAKING]} breaking, {counts[COMPATIBLE]} compatible, "
            f"{counts[DOCUMENTATION]} documentation-only change(s)."
        )

    def to_text(self) -> str:
        """Grouped per package, then per operation (the service's own changes first)."""
        lines: list[str] = []
        groups: dict[tuple[str, str, str], dict[str | None, list[Change]]] = {}
        for change in self.changes:
            key = (change.package, change.service, change.api_version)
            groups.setdefault(key, {}).setdefault(change.operation, []).append(change)
        for (package, service, api_version), operations in groups.items():
            lines.append(f"{package} ({service} {api_version})")
            for operation, changes in operations.items():
                lines.append(f"  {operation or '(service)'}")
                lines += [f"    {change.line}" for change in changes]
        lines.append(self.summary())
        if self.packages:
            lines.append("Version bumps:")
            lines += [f"  {bump.line}" for bump in self.packages]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        document = {
            "format": 1,
            "breaking": self.breaking,
            "counts": self.counts,
            "changes": [asdict(change) for change in self.changes],
            "packages": [asdict(bump) for bump in self.packages],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def compare(old: list[Service], new: list[Service]) -> Report:
    """Every change from `old` to `new`, and the version bump of each package."""
    old_by_key = {(s.code, s.api_version): s for s in old}
    new_by_key = {(s.code, s.api_version): s for s in new}
    # A new API version of the same package is that package changed, not one removed and
    # another added: what is left unmatched on the new side is paired by distribution.
    unmatched = {
        s.distribution: s for key, s in new_by_key.items() if key not in old_by_key
    }
    paired: set[tuple[str, str]] = set()
    changes: list[Change] = []
    bumps: list[Bump] = []
    for key, before in old_by_key.items():
        after = new_by_key.get(key)
        found = _Changes(before)
        if after is None and before.distribution in unmatched:
            after = unmatched.pop(before.distribution)
            paired.add((after.code, after.api_version))
            was = f"{before.code} {before.api_version}"
            found.add(
                BREAKING,
                "api-version-changed",
                f"package {before.distribution}",
                (
                    f"API version {before.api_version} -> {after.api_version}"
                    if before.code == after.code
                    else f"{was} -> {after.code} {after.api_version}"
                ),
            )
        if after is None:
            found.add(
                BREAKING,
                "service-removed",
                f"package {before.distribution}",
                "no longer generated",
            )
        else:
            _compare_service(before, after, found)
        changes += found.items
        bumps.append(_bump(before, after, found.items))
    for key, after in new_by_key.items():
        if key not in old_by_key and key not in paired:
            found = _Changes(after)
            found.add(
                COMPATIBLE,
                "service-added",
                f"package {after.distribution}",
                f"new ({after.title})",
            )
            changes += found.items
            bumps.append(_bump(None, after, found.items))
    return Report(tuple(changes), tuple(bumps))


@dataclass
class _Changes:
    """The changes of one service, in the order they were found."""

    service: Service
    operation: str | None = None
    items: list[Change] = field(default_factory=list)

    def add(self, effect: str, kind: str, subject: str, detail: str) -> None:
        assert effect in EFFECTS and kind in KINDS, (effect, kind)
        self.items.append(
            Change(
                self.service.distribution,
                self.service.code,
                self.service.api_version,
                self.operation,
                effect,
                kind,
                subject,
                detail,
            )
        )


# --- the service ----------------------------------------------------------------------------------


def _compare_service(old: Service, new: Service, found: _Changes) -> None:
    add = found.add
    if old.distribution != new.distribution:
        add(
            BREAKING,
            "python-name-changed",
            "package",
            f"distribution {old.distribution} renamed to {new.distribution}",
        )
    if old.import_name != new.import_name:
        add(
            BREAKING,
            "python-name-changed",
            "package",
            f"import name {old.import_name} renamed to {new.import_name}",
        )
    if old.style != new.style:
        add(BREAKING, "style-changed", "API style", f"{old.style} -> {new.style}")
    if old.protocol != new.protocol:
        add(
            COMPATIBLE,
            "protocol-changed",
            "protocol",
            f"{old.protocol} -> {new.protocol}",
        )
    _compare_signing(old, new, add)
    _compare_endpoints(dict(old.endpoints), dict(new.endpoints), add)
    for label, before, after in [
        ("title", old.title, new.title),
        ("description", old.description, new.description),
    ]:
        if before != after:
            add(DOCUMENTATION, "documentation-changed", f"service {label}", "changed")
    _compare_errors(old.errors, new.errors, add)
    _compare_error_kinds(old, new, add)
    _compare_models(old.models, new.models, add)
    old_shared, old_views = python_views(old)
    new_shared, new_views = python_views(new)
    _compare_classes(old_shared, new_shared, f"{new.import_name}.models._shared", add)
    _compare_operations(
        old,
        new,
        {v.name: v for v in old_views},
        {v.name: v for v in new_views},
        found,
    )


Add = Callable[[str, str, str, str], None]


def _compare_signing(old: Service, new: Service, add: Add) -> None:
    for method in old.signing_supported:
        if method not in new.signing_supported:
            add(BREAKING, "signing-removed", f"signing {method}", "no longer supported")
    for method in new.signing_supported:
        if method not in old.signing_supported:
            add(COMPATIBLE, "signing-added", f"signing {method}", "now supported")
    if old.signing_default != new.signing_default:
        add(
            COMPATIBLE,
            "signing-default-changed",
            "signing default",
            f"{old.signing_default} -> {new.signing_default}",
        )


def _compare_endpoints(old: dict[str, str], new: dict[str, str], add: Add) -> None:
    for region, host in old.items():
        if region not in new:
            add(BREAKING, "region-removed", f"region {region}", "dropped")
        elif new[region] != host:
            add(
                COMPATIBLE,
                "endpoint-changed",
                f"region {region}",
                f"endpoint {host} -> {new[region]}",
            )
    for region in new:
        if region not in old:
            add(COMPATIBLE, "region-added", f"region {region}", "added")


def _compare_errors(
    old: Iterable[ErrorCode], new: Iterable[ErrorCode], add: Add
) -> None:
    before, after = {e.code: e for e in old}, {e.code: e for e in new}
    for code, error in before.items():
        if code not in after:
            add(
                DOCUMENTATION, "error-code-removed", f"error {code}", "no longer listed"
            )
        elif (error.status, error.message) != (after[code].status, after[code].message):
            add(
                DOCUMENTATION,
                "error-code-changed",
                f"error {code}",
                "status or message changed",
            )
    for code, error in after.items():
        if code not in before:
            kind = f", kind {error.kind}" if error.kind else ""
            add(
                COMPATIBLE,
                "error-code-added",
                f"error {code}",
                f"added (HTTP {error.status}{kind})",
            )


def _compare_error_kinds(old: Service, new: Service, add: Add) -> None:
    """A code's kind picks the exception class the package raises: code that catches it breaks."""
    after = {e.code: e.kind for e in new.all_errors}
    for error in old.all_errors:
        if error.kind is not None and after.get(error.code) != error.kind:
            now = after.get(error.code) or "none (a plain APIError)"
            add(
                BREAKING,
                "error-kind-changed",
                f"error {error.code}",
                f"kind {error.kind} -> {now}",
            )


def _compare_models(old: dict[str, Schema], new: dict[str, Schema], add: Add) -> None:
    for name, schema in old.items():
        if name not in new:
            add(BREAKING, "model-removed", f"model {name}", "removed")
        else:
            _compare_schema(schema, new[name], f"model {name}", _SHARED, add)
    for name in new:
        if name not in old:
            add(COMPATIBLE, "model-added", f"model {name}", "added")


# --- operations -----------------------------------------------------------------------------------


def _compare_operations(
    old: Service,
    new: Service,
    old_views: dict[str, OperationView],
    new_views: dict[str, OperationView],
    found: _Changes,
) -> None:
    before = {op.name: op for op in old.operations}
    after = {op.name: op for op in new.operations}
    removed = {n: _operation_shape(op) for n, op in before.items() if n not in after}
    added = {n: _operation_shape(op) for n, op in after.items() if n not in before}
    renamed = _renames(removed, added)
    for name in before:
        found.operation = name
        if name in renamed:
            found.add(
                BREAKING,
                "operation-renamed",
                f"operation {name}",
                f"renamed to {renamed[name]} (method {old_views[name].method_name} -> "
                f"{new_views[renamed[name]].method_name})",
            )
        elif name in removed:
            found.add(
                BREAKING,
                "operation-removed",
                f"operation {name}",
                f"removed (method {old_views[name].method_name})",
            )
        else:
            _compare_operation(before[name], after[name], old, new, found.add)
            _compare_operation_names(
                old_views[name], new_views[name], new.import_name, found.add
            )
    for name in after:
        if name in added and name not in renamed.values():
            found.operation = name
            found.add(
                COMPATIBLE,
                "operation-added",
                f"operation {name}",
                f"added (method {new_views[name].method_name})",
            )
    found.operation = None


def _compare_operation(
    old: Operation,
    new: Operation,
    old_service: Service,
    new_service: Service,
    add: Add,
) -> None:
    rest = new_service.style != "RPC" or old.path is not None or new.path is not None
    if old.methods[0] != new.methods[0]:
        effect = BREAKING if rest else COMPATIBLE
        add(
            effect,
            "method-changed",
            "HTTP method",
            f"{old.methods[0]} -> {new.methods[0]}",
        )
    if old.path != new.path:
        add(BREAKING, "path-changed", "path", f"{old.path or '/'} -> {new.path or '/'}")
    if old.regions is not None or new.regions is not None:
        before = old.regions or tuple(r for r, _ in old_service.endpoints)
        after = new.regions or tuple(r for r, _ in new_service.endpoints)
        for region in before:
            if region not in after:
                add(BREAKING, "region-removed", f"region {region}", "dropped")
        for region in after:
            if region not in before:
                add(COMPATIBLE, "region-added", f"region {region}", "added")
    for label, was, now in [
        ("access", old.access, new.access),
        ("idempotent", old.idempotent, new.idempotent),
    ]:
        if was != now:
            add(COMPATIBLE, "retry-behaviour-changed", label, f"{was} -> {now}")
    if old.deprecated != new.deprecated:
        add(
            DOCUMENTATION,
            "deprecated",
            "operation",
            "deprecated" if new.deprecated else "no longer deprecated",
        )
    for label, was_text, now_text in [
        ("summary", old.summary, new.summary),
        ("description", old.description, new.description),
        ("authorization", old.authorization, new.authorization),
        ("prerequisites", old.prerequisites, new.prerequisites),
        ("related operations", old.related, new.related),
    ]:
        if was_text != now_text:
            add(DOCUMENTATION, "documentation-changed", label, "changed")
    _compare_parameters(old.parameters, new.parameters, add)
    if old.response_media != new.response_media:
        if new.response_media == "none":
            add(
                BREAKING,
                "response-removed",
                "response",
                "the operation answers no body",
            )
        else:
            add(
                COMPATIBLE, "response-added", "response", "the operation answers a body"
            )
    else:
        _compare_schema(old.response, new.response, "response", _RESPONSE, add)
    _compare_errors(old.errors, new.errors, add)


def _compare_operation_names(
    old: OperationView, new: OperationView, package: str, add: Add
) -> None:
    """Names consumers type: the client method, the models module, classes, attributes."""
    for label, was, now in [
        ("client method", old.method_name, new.method_name),
        ("models module", old.module_name, new.module_name),
        ("request class", old.request_class, new.request_class),
        ("response class", old.response_class, new.response_class),
        ("batch method", _batch_name(old), _batch_name(new)),
    ]:
        if was == now:
            continue
        if now is None:
            add(BREAKING, "python-name-removed", label, f"{was} removed")
        elif was is None:
            add(COMPATIBLE, "python-name-added", label, f"{now} added")
        else:
            add(BREAKING, "python-name-changed", label, f"{was} renamed to {now}")
    after = {p.wire_name: p for p in new.params}
    for param in old.params:
        now_param = after.get(param.wire_name)
        if now_param is not None and now_param.python_name != param.python_name:
            add(
                BREAKING,
                "python-name-changed",
                f"parameter {param.wire_name}",
                f"argument {param.python_name} renamed to {now_param.python_name}",
            )
    _compare_classes(old.types, new.types, f"{package}.models.{new.module_name}", add)


def _batch_name(view: OperationView) -> str | None:
    return None if view.batch is None else str(view.batch.method_name)


def _compare_classes(old: ModuleTypes, new: ModuleTypes, module: str, add: Add) -> None:
    """Model and enum classes a models module exports, their attributes and members."""
    removed = {
        name: _class_shape(old, name)
        for name in [*old.models, *old.enums]
        if name not in new.models and name not in new.enums
    }
    added = {
        name: _class_shape(new, name)
        for name in [*new.models, *new.enums]
        if name not in old.models and name not in old.enums
    }
    renamed = _renames(removed, added, similar=False)
    for name in removed:
        if name in renamed:
            add(
                BREAKING,
                "python-name-changed",
                f"class {name}",
                f"renamed to {renamed[name]} in {module}",
            )
        else:
            add(BREAKING, "python-name-removed", f"class {name}", f"gone from {module}")
    for name, model in old.models.items():
        if name in new.models:
            after = {f.wire_literal: f.python_name for f in new.models[name].fields}
            for attribute in model.fields:
                now = after.get(attribute.wire_literal)
                if now is not None and now != attribute.python_name:
                    add(
                        BREAKING,
                        "python-name-changed",
                        f"class {name}",
                        f"attribute {attribute.python_name} renamed to {now}",
                    )
    for name, enum in old.enums.items():
        if name in new.enums:
            members = {m.value_literal: m.name for m in new.enums[name].members}
            for member in enum.members:
                now = members.get(member.value_literal)
                if now is not None and now != member.name:
                    add(
                        BREAKING,
                        "python-name-changed",
                        f"class {name}",
                        f"member {member.name} renamed to {now}",
                    )


def _class_shape(types: ModuleTypes, name: str) -> str:
    if name in types.models:
        return json.dumps([f.wire_literal for f in types.models[name].fields])
    return json.dumps(["enum", *(m.value_literal for m in types.enums[name].members)])


# --- parameters -----------------------------------------------------------------------------------


def _compare_parameters(
    old: tuple[Parameter, ...], new: tuple[Parameter, ...], add: Add
) -> None:
    before, after = {p.name: p for p in old}, {p.name: p for p in new}
    removed = {n: _parameter_shape(p) for n, p in before.items() if n not in after}
    added = {n: _parameter_shape(p) for n, p in after.items() if n not in before}
    renamed = _renames(removed, added)
    for name, param in before.items():
        subject = f"parameter {name}"
        if name in renamed:
            was, now = _argument(param), _argument(after[renamed[name]])
            if was == now:  # consumers pass the same argument: only the wire changed
                detail = f"sent as {renamed[name]} (the argument stays {was})"
                add(COMPATIBLE, "parameter-renamed", subject, detail)
            else:
                detail = f"renamed to {renamed[name]} (argument {was} -> {now})"
                add(BREAKING, "parameter-renamed", subject, detail)
        elif name in removed:
            add(BREAKING, "parameter-removed", subject, "removed")
        else:
            _compare_parameter(param, after[name], subject, add)
    for name, param in after.items():
        if name in added and name not in renamed.values():
            if param.required:
                add(
                    BREAKING,
                    "parameter-added",
                    f"parameter {name}",
                    "added, required",
                )
            else:
                add(
                    COMPATIBLE,
                    "parameter-added",
                    f"parameter {name}",
                    "added, optional",
                )


def _compare_parameter(old: Parameter, new: Parameter, subject: str, add: Add) -> None:
    if not old.required and new.required:
        add(BREAKING, "parameter-required", subject, "now required")
    elif old.required and not new.required:
        add(COMPATIBLE, "parameter-optional", subject, "now optional")
    if (old.location, old.style) != (new.location, new.style):
        add(
            COMPATIBLE,
            "parameter-location-changed",
            subject,
            f"sent in {_placement(old)} -> {_placement(new)}",
        )
    if old.deprecated != new.deprecated:
        detail = "deprecated" if new.deprecated else "no longer deprecated"
        add(DOCUMENTATION, "deprecated", subject, detail)
    if old.description != new.description:
        add(DOCUMENTATION, "documentation-changed", subject, "description changed")
    if old.example != new.example:
        add(DOCUMENTATION, "documentation-changed", subject, "example changed")
    _compare_schema(old.schema, new.schema, subject, _REQUEST, add)


def _argument(parameter: Parameter) -> str:
    return names.attribute_name(parameter.name, parameter.python_name)


def _placement(parameter: Parameter) -> str:
    style = f" ({parameter.style})" if parameter.style else ""
    return f"{parameter.location}{style}"


# --- schemas --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Direction:
    """Which way values travel: a request's limits bind the consumer, a response's do not."""

    request: bool


_REQUEST, _RESPONSE = _Direction(True), _Direction(False)
_SHARED = (
    _REQUEST  # shared models may travel either way: judged as strictly as a request
)

# Limit keywords, and whether a higher value narrows what is allowed.
_UPPER_LIMITS = ("maxLength", "maxBytes", "maximum", "exclusiveMaximum", "maxItems")
_LOWER_LIMITS = ("minLength", "minimum", "exclusiveMinimum", "minItems")
_DOC_KEYS = ("description", "examples", "example", "title", "summary", "pythonName")
_PYTHON_FORMATS = ("date-time", "binary")  # formats that change the Python type


def _compare_schema(
    old: Schema, new: Schema, where: str, direction: _Direction, add: Add
) -> None:
    before, after = _type_label(old), _type_label(new)
    if before != after:
        add(BREAKING, "type-changed", where, f"type {before} -> {after}")
        return  # what lies beneath a different type says little more
    if is_reference(old):
        return  # compared once, under the service's models
    _compare_limits(old, new, where, direction, add)
    _compare_enum(old, new, where, direction, add)
    for key in ("description", "examples"):
        if old.get(key) != new.get(key):
            add(DOCUMENTATION, "documentation-changed", where, f"{key} changed")
    if "items" in old or "items" in new:
        _compare_schema(items(old), items(new), f"{where}[]", direction, add)
    if "contentSchema" in old or "contentSchema" in new:
        _compare_schema(
            content_schema(old),
            content_schema(new),
            f"{where}(JSON)",
            direction,
            add,
        )
    old_extra = old.get("additionalProperties")
    new_extra = new.get("additionalProperties")
    if isinstance(old_extra, dict) and isinstance(new_extra, dict):
        _compare_schema(old_extra, new_extra, f"{where}{{}}", direction, add)
    _compare_properties(old, new, where, direction, add)


def _type_label(schema: Schema) -> str:
    """What decides the Python type: the JSON type, and the few formats that change it."""
    if is_reference(schema):
        return f"model {model_name(schema)}"
    kind = schema.get("type", "object" if "properties" in schema else "any")
    label = "|".join(kind) if isinstance(kind, list) else str(kind)
    if is_json_text(schema):
        return f"JSON text ({label})"
    if schema.get("format") in _PYTHON_FORMATS:
        return f"{label} ({schema['format']})"
    return label


def _compare_limits(
    old: Schema, new: Schema, where: str, direction: _Direction, add: Add
) -> None:
    def report(tightened: bool, text: str) -> None:
        if tightened and direction.request:
            add(BREAKING, "limit-tightened", where, text)
        else:
            add(
                COMPATIBLE,
                "limit-tightened" if tightened else "limit-loosened",
                where,
                text,
            )

    for key in (*_UPPER_LIMITS, *_LOWER_LIMITS):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        upper = key in _UPPER_LIMITS
        if was is None:
            report(True, f"{key} {now} added")
        elif now is None:
            report(False, f"{key} {was} removed")
        elif (now < was) == upper:
            report(
                True, f"{key} {'lowered' if upper else 'raised'} from {was} to {now}"
            )
        else:
            report(
                False, f"{key} {'raised' if upper else 'lowered'} from {was} to {now}"
            )
    for key in ("pattern", "multipleOf"):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        if was is None:
            report(True, f"{key} {now!r} added")
        elif now is None:
            report(False, f"{key} {was!r} removed")
        else:
            report(True, f"{key} changed from {was!r} to {now!r}")
    if not old.get("uniqueItems") and new.get("uniqueItems"):
        report(True, "items must now be unique")
    elif old.get("uniqueItems") and not new.get("uniqueItems"):
        report(False, "items need no longer be unique")


def _compare_enum(
    old: Schema, new: Schema, where: str, direction: _Direction, add: Add
) -> None:
    was, now = old.get("enum"), new.get("enum")
    if was == now:
        return
    if was is None:
        # A request now limited to a list; a response now read into an enum (a str subclass).
        effect = BREAKING if direction.request else COMPATIBLE
        add(effect, "limit-tightened", where, f"now limited to {_values(now or [])}")
        return
    if now is None:
        # A response's enum class disappears with its members.
        effect = COMPATIBLE if direction.request else BREAKING
        add(effect, "limit-loosened", where, f"no longer limited to {_values(was)}")
        return
    for value in was:
        if value not in now:
            add(BREAKING, "enum-value-removed", where, f"enum value {value!r} removed")
    for value in now:
        if value not in was:
            add(COMPATIBLE, "enum-value-added", where, f"enum value {value!r} added")


def _values(values: list[Any]) -> str:
    return "[" + ", ".join(repr(v) for v in values) + "]"


def _compare_properties(
    old: Schema, new: Schema, where: str, direction: _Direction, add: Add
) -> None:
    before: Mapping[str, Schema] = properties(old)
    after: Mapping[str, Schema] = properties(new)
    removed = {n: _shape(s) for n, s in before.items() if n not in after}
    added = {n: _shape(s) for n, s in after.items() if n not in before}
    renamed = _renames(removed, added)
    for name, schema in before.items():
        subject = f"{where}.{name}"
        if name in renamed:
            add(BREAKING, "field-renamed", subject, f"renamed to {renamed[name]}")
        elif name in removed:
            add(BREAKING, "field-removed", subject, "removed")
        else:
            _compare_schema(schema, after[name], subject, direction, add)
    for name in after:
        if name in added and name not in renamed.values():
            add(COMPATIBLE, "field-added", f"{where}.{name}", "added")
    was_required = set(old.get("required", []))
    now_required = set(new.get("required", []))
    for name in sorted(now_required - was_required):
        effect = BREAKING if direction.request else DOCUMENTATION
        add(effect, "property-required", f"{where}.{name}", "now required")
    for name in sorted(was_required - now_required):
        effect = COMPATIBLE if direction.request else DOCUMENTATION
        add(effect, "property-optional", f"{where}.{name}", "now optional")


# --- renames --------------------------------------------------------------------------------------


def _renames(
    removed: dict[str, str], added: dict[str, str], *, similar: bool = True
) -> dict[str, str]:
    """Pairs of (removed, added) names that are one thing renamed: the same shape, found once on
    each side, and (unless `similar` is False) names alike enough that nobody would doubt it.
    """
    by_shape_added: dict[str, list[str]] = {}
    for name, shape in added.items():
        by_shape_added.setdefault(shape, []).append(name)
    shapes_removed = list(removed.values())
    pairs = {}
    for name, shape in removed.items():
        candidates = by_shape_added.get(shape, [])
        if len(candidates) != 1 or shapes_removed.count(shape) != 1:
            continue
        if similar and _likeness(name, candidates[0]) < 0.6:
            continue
        pairs[name] = candidates[0]
    return pairs


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _strip_docs(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_docs(v) for k, v in value.items() if k not in _DOC_KEYS}
    if isinstance(value, list):
        return [_strip_docs(v) for v in value]
    return value


def _shape(schema: Schema) -> str:
    return json.dumps(_strip_docs(schema), sort_keys=True, ensure_ascii=False)


def _parameter_shape(parameter: Parameter) -> str:
    return json.dumps(
        [parameter.location, parameter.required, _strip_docs(parameter.schema)],
        sort_keys=True,
    )


def _operation_shape(operation: Operation) -> str:
    return json.dumps(
        [
            [(p.name, _parameter_shape(p)) for p in operation.parameters],
            _strip_docs(operation.response),
        ],
        sort_keys=True,
    )


# --- versions -------------------------------------------------------------------------------------

_SEMVER = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


def _bump(old: Service | None, new: Service | None, changes: list[Change]) -> Bump:
    if old is None:
        assert new is not None
        return Bump(new.distribution, None, None, None, new.version, "compatible")
    if new is None:
        return Bump(
            old.distribution, old.version, None, None, None, "no longer generated"
        )
    effects = {change.effect for change in changes}
    if not effects:
        return Bump(
            old.distribution, old.version, None, None, new.version, "no changes"
        )
    worst = next(effect for effect in EFFECTS if effect in effects)
    match = _SEMVER.fullmatch(old.version)
    if match is None:
        level = {BREAKING: "major", COMPATIBLE: "minor", DOCUMENTATION: "patch"}[worst]
        return Bump(
            old.distribution,
            old.version,
            level,
            None,
            new.version,
            f"{worst} changes; {old.version} is not MAJOR.MINOR.PATCH",
        )
    major, minor, patch = (int(part or 0) for part in match.groups())
    if major == 0:
        level = "minor" if worst == BREAKING else "patch"
        note = f"0.x: {worst} changes bump the {level} version"
    else:
        level = {BREAKING: "major", COMPATIBLE: "minor", DOCUMENTATION: "patch"}[worst]
        note = f"{worst} changes"
    target = {
        "major": (major + 1, 0, 0),
        "minor": (major, minor + 1, 0),
        "patch": (major, minor, patch + 1),
    }[level]
    next_version = ".".join(str(part) for part in target)
    note += _declared_note(new.version, target, new)
    return Bump(old.distribution, old.version, level, next_version, new.version, note)


def _declared_note(declared: str, target: tuple[int, int, int], new: Service) -> str:
    match = _SEMVER.fullmatch(declared)
    if match is not None and tuple(int(part or 0) for part in match.groups()) >= target:
        return f"; {new.source.path.name} already says {declared}"
    return f"; {new.source.path.name} still says {declared}"
