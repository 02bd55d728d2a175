"""Whole products from Alibaba Cloud's metadata: import, validate, generate, type-check, round-trip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import generate, validate
from generator.importer import import_product
from generator.importer.goldens import demos

ROOT = Path(__file__).resolve().parents[2]
API_DOCS = ROOT / "specs" / "vendor"
OVERLAYS = ROOT / "specs" / "overlays"
PRODUCTS = [
    "sts-2015-04-01",
    "cgcs-2021-11-11",
    "imm-2020-09-30",
    "vod-2017-03-21",
    # REST-style (ROA) and V3 products
    "cs-2015-12-15",
    "elasticsearch-2017-06-13",
    "eas-2021-07-01",
    "ocr-api-2021-07-07",
    # Styles of their own in the metadata, REST-style (ROA) with ACS3-HMAC-SHA256 on the wire
    "fc-2023-03-30",
    "fc-open-2021-04-06",
    "aligenie-ip_1.0",
    "aligenie-iap_1.0",
    "aligenie-ssp_1.0",
    # OSS: its own protocol (bucket in the host, XML and raw bodies, OSS signatures)
    "oss-2019-05-17",
    # REST-style with signatures of their own (SLS `LOG`, PDS `acs`), a host parameter
    "sls-2020-12-30",
    "pds-2022-03-01",
]


# The share of a product's response demos that its generated tests round-trip, at least.
ROUND_TRIP_SHARE = 0.95


def round_trips(source: Path, project: Path) -> tuple[int, int]:
    """The vendor's JSON response demos, and the success goldens the generated tests
    round-trip (read as the client reads its answer, written back, compared)."""
    apis = json.loads(source.read_text(encoding="utf-8"))["apis"]
    examples = [
        demo.get("example")
        for api in apis.values()
        for demo in demos(api.get("responseDemo"))
    ]
    index = json.loads(
        (project / "tests" / "golden" / "index.json").read_text(encoding="utf-8")
    )
    checked = [
        name
        for entry in index.values()
        if entry["parsed"] or entry.get("media") == "none"
        for name, golden in entry["goldens"].items()
        if golden["status"] < 300
    ]
    return sum(isinstance(e, str) and bool(e.strip()) for e in examples), len(checked)


def run(
    *command: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


@pytest.mark.slow
@pytest.mark.parametrize("product", PRODUCTS)
def test_whole_product_imports_generates_type_checks_and_round_trips(
    product: str, tmp_path: Path, generated_tests: Any
) -> None:
    source = API_DOCS / f"{product}.json"
    if not source.is_file():
        pytest.fail(f"{source} is missing: the vendor metadata lives in specs/vendor")
    overlay = OVERLAYS / f"{product}.yaml"
    specs = tmp_path / "specs"
    report = import_product(
        source, specs / product, overlay=overlay if overlay.is_file() else None
    )
    services = validate(specs)
    imported = len(services[0].operations)
    assert imported == len(report.imported) and imported > 0
    out = tmp_path / "out"
    generate(specs, out)
    project = out / services[0].distribution
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == sorted(
        ["acs-core", project.name]
    )
    package = services[0].import_name
    black = run(
        str(Path(sys.executable).parent / "black"),
        "--check",
        "--quiet",
        ".",
        cwd=project,
    )
    assert black.returncode == 0, black.stderr[-3000:]
    ruff = run(
        str(Path(sys.executable).parent / "ruff"),
        "check",
        "--no-cache",
        ".",
        cwd=project,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]
    mypy = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "mypy"),
        package,
        cwd=project,
        env={**os.environ, "MYPYPATH": str(out / "acs-core")},
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    tests = generated_tests(project)
    assert tests.returncode == 0, tests.stdout[-3000:]
    found, checked = round_trips(source, project)
    assert checked >= ROUND_TRIP_SHARE * found, (checked, found)
