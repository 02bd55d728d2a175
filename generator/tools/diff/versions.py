"""The release each package needs: semantic versioning from the old spec's `package.version`
(major for breaking changes, minor for compatible ones, patch for documentation; before 1.0.0,
minor for breaking changes and patch for the rest), and whether the new spec says so already.
"""

from __future__ import annotations

import re

from ...spec.model import Service
from .report import BREAKING, COMPATIBLE, DOCUMENTATION, EFFECTS, Bump, Change

_SEMVER = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


def bump(old: Service | None, new: Service | None, changes: list[Change]) -> Bump:
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
