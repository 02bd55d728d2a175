"""PDS's `security` becomes each operation's `auth` (`convert._security`, `log_drive.AUTH_STYLES`):
`Anonymous` alone is `[anonymous]`, `BearerToken` is `bearer` beside or without `AK`, `AK` alone
is the default (no key); other styles keep signing every operation with the AccessKey, with
one warning per operation whose schemes they cannot express.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator import validate
from generator.importer import import_product

PDS = "pds-2022-03-01"


def auth_of(out: Path, name: str) -> Any:
    data = yaml.safe_load((out / f"{name}.yaml").read_text(encoding="utf-8"))
    return data.get("auth")


def test_pds_security_becomes_each_operation_s_auth(
    tmp_path: Path, helpers: Any
) -> None:
    operations = ["Token", "Authorize", "GetLinkInfo", "GetFile", "ListDomains"]
    out = tmp_path / "pds"
    report = import_product(helpers.api_docs(PDS), out, operations=operations)
    assert report.skipped == []
    assert helpers.meta_schema_errors(out) == []
    assert {name: auth_of(out, name) for name in operations} == {
        "Token": ["anonymous"],
        "Authorize": ["anonymous"],
        "GetLinkInfo": ["bearer"],
        "GetFile": ["access_key", "bearer"],  # the vendor says [BearerToken, AK]
        "ListDomains": None,  # AK alone: the default
    }
    assert not [w for w in report.warnings if "security" in w]
    (service,) = validate(out)
    facts = {op.name: op.auth for op in service.operations}
    assert facts["Token"] == ("anonymous",)
    assert facts["ListDomains"] == ("access_key",)


def test_the_four_anonymous_operations_of_the_whole_vendor_file(
    tmp_path: Path, helpers: Any
) -> None:
    vendor = json.loads(helpers.api_docs(PDS).read_text(encoding="utf-8"))
    anonymous = sorted(
        name
        for name, api in vendor["apis"].items()
        if api.get("security") == [{"Anonymous": []}]
    )
    out = tmp_path / "pds"
    import_product(helpers.api_docs(PDS), out, operations=anonymous)
    assert anonymous == [
        "Authorize",
        "GetShareLinkByAnonymous",
        "GetShareLinkToken",
        "Token",
    ]
    assert all(auth_of(out, name) == ["anonymous"] for name in anonymous)


def test_another_style_signs_its_anonymous_operation_with_a_warning(
    tmp_path: Path, helpers: Any
) -> None:
    out = tmp_path / "sls"
    report = import_product(
        helpers.api_docs("sls-2020-12-30"), out, operations=["PutWebtracking"]
    )
    assert auth_of(out, "PutWebtracking") is None
    assert any(
        "PutWebtracking: security ['Anonymous']" in w and "AccessKey" in w
        for w in report.warnings
    )
