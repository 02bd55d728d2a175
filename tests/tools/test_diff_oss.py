"""The breaking-change report on OSS specs: a sub-resource (fixed query) changed moves the
operation elsewhere, and a response header is a field of the response model like any other.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator import diff_specs, validate

SPECS = Path(__file__).resolve().parents[2] / "specs" / "oss"


def test_fixed_query_and_response_header_changes_are_breaking(tmp_path: Path) -> None:
    new = tmp_path / "oss"
    shutil.copytree(SPECS, new)
    acl = new / "GetBucketAcl.yaml"
    acl.write_text(
        acl.read_text("utf-8").replace(
            "fixed_query:\n  acl: ''", "fixed_query:\n  acls: ''"
        ),
        "utf-8",
    )
    put = new / "PutObject.yaml"
    text = put.read_text("utf-8")
    assert "  x-oss-version-id:\n" in text
    put.write_text(
        text.replace("  x-oss-version-id:\n", "  x-oss-version:\n", 1), "utf-8"
    )

    report = diff_specs(validate(SPECS), validate(new))

    found = {(c.operation, c.kind, c.subject, c.effect) for c in report.changes}
    assert ("GetBucketAcl", "path-changed", "fixed query", "breaking") in found
    assert any(
        operation == "PutObject" and effect == "breaking" and "x-oss-version" in subject
        for operation, _, subject, effect in found
    )
    assert report.breaking
