"""How an operation authenticates (`auth`) reaches what is generated: its `OPERATION` (which
the client reads), the emulator's data and its reference page; the default (an AccessKey)
writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = ["Token", "GetLinkInfo", "GetFile", "ListDomains"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pds-auth")
    vendor = ROOT / "specs" / "vendor" / "pds-2022-03-01.json"
    import_product(vendor, root / "specs" / "pds", operations=OPERATIONS)
    generate(root / "specs", root / "out")
    return root / "out" / "acs-pds"


@pytest.mark.parametrize(
    ("module", "fact"),
    [
        ("token", 'auth=("anonymous",)'),
        ("get_link_info", 'auth=("bearer",)'),
        ("get_file", 'auth=("access_key", "bearer")'),
        ("list_domains", None),
    ],
)
def test_the_operation_line_carries_its_auth(
    project: Path, module: str, fact: str | None
) -> None:
    text = (project / "acs_pds" / "models" / f"{module}.py").read_text("utf-8")
    operation = text[text.index("OPERATION = OperationInfo(") :]
    if fact is None:
        assert "auth=" not in operation
    else:
        assert fact in operation


def test_the_emulator_data_carries_it_too(project: Path) -> None:
    data = json.loads(
        (project / "acs_pds" / "emulator" / "operations.json").read_text("utf-8")
    )
    auth = {entry["name"]: entry.get("auth") for entry in data["operations"]}
    assert auth == {
        "Token": ["anonymous"],
        "GetLinkInfo": ["bearer"],
        "GetFile": ["access_key", "bearer"],
        "ListDomains": None,
    }


def test_the_reference_page_says_how_it_authenticates(project: Path) -> None:
    token = (project / "docs" / "Token.md").read_text("utf-8")
    link = (project / "docs" / "GetLinkInfo.md").read_text("utf-8")
    domains = (project / "docs" / "ListDomains.md").read_text("utf-8")
    row = "| Authentication | "
    assert f"{row}anonymous: sent unsigned, no credentials needed |" in token
    assert f"{row}a bearer token only (`Client(bearer_token=...)`) |" in link
    assert row not in domains
