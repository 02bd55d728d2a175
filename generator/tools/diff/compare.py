"""`compare(old, new)`: the services of two spec trees matched (by product code and API version,
failing that by distribution), each pair's own facts compared (package names, style, signing,
endpoints, error codes, shared models), then its operations.
"""

from __future__ import annotations

from ...plan.package import python_views
from ...spec.model import Service
from ...spec.schema import Schema
from .errors import compare_error_kinds, compare_errors
from .operations import compare_operations
from .python_names import compare_classes
from .report import (
    BREAKING,
    COMPATIBLE,
    DOCUMENTATION,
    Add,
    Bump,
    Change,
    Changes,
    Report,
)
from .schemas import SHARED, compare_schema
from .versions import bump


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
        found = Changes(before)
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
        bumps.append(bump(before, after, found.items))
    for key, after in new_by_key.items():
        if key not in old_by_key and key not in paired:
            found = Changes(after)
            found.add(
                COMPATIBLE,
                "service-added",
                f"package {after.distribution}",
                f"new ({after.title})",
            )
            changes += found.items
            bumps.append(bump(None, after, found.items))
    return Report(tuple(changes), tuple(bumps))


def _compare_service(old: Service, new: Service, found: Changes) -> None:
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
    compare_errors(old.errors, new.errors, add)
    compare_error_kinds(old, new, add)
    _compare_models(old.models, new.models, add)
    old_shared, old_views = python_views(old)
    new_shared, new_views = python_views(new)
    compare_classes(old_shared, new_shared, f"{new.import_name}.models._shared", add)
    compare_operations(
        old,
        new,
        {v.name: v for v in old_views},
        {v.name: v for v in new_views},
        found,
    )


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


def _compare_models(old: dict[str, Schema], new: dict[str, Schema], add: Add) -> None:
    for name, schema in old.items():
        if name not in new:
            add(BREAKING, "model-removed", f"model {name}", "removed")
        else:
            compare_schema(schema, new[name], f"model {name}", SHARED, add)
    for name in new:
        if name not in old:
            add(COMPATIBLE, "model-added", f"model {name}", "added")
