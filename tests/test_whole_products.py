"""Whole products from Alibaba Cloud's metadata: import, validate, generate, type-check, round-trip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import generate, validate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parent.parent
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
    # OSS: its own protocol (bucket in the host, XML and raw bodies, OSS signatures)
    "oss-2019-05-17",
]


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
