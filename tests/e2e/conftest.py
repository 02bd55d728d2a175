"""Fixtures of the end-to-end tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import generate
from generator.importer import import_product

# The shared case modules of this folder (fc_aligenie_cases) import by name.
_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from fc_aligenie_cases import IMPORTED, ROOT  # noqa: E402


@pytest.fixture(scope="session")
def fc_aligenie(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("own-styles")
    for product, operations in IMPORTED.items():
        import_product(
            ROOT / "specs" / "vendor" / f"{product}.json",
            root / "specs" / product,
            operations=operations,
            overlay=ROOT / "specs" / "overlays" / f"{product}.yaml",
        )
    generate(root / "specs", root / "out")
    projects = [str(p) for p in sorted((root / "out").iterdir()) if p.is_dir()]
    sys.path[:0] = projects
    yield root / "out"
    for project in projects:
        sys.path.remove(project)


@pytest.fixture(scope="session")
def sls_pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A few operations of SLS and PDS, imported from specs/vendor and generated."""
    from sls_pds_cases import IMPORTED as SLS_PDS

    root = tmp_path_factory.mktemp("sls-pds")
    for product, operations in SLS_PDS.items():
        import_product(
            ROOT / "specs" / "vendor" / f"{product}.json",
            root / "specs" / product,
            operations=operations,
        )
    generate(root / "specs", root / "out")
    projects = [str(p) for p in sorted((root / "out").iterdir()) if p.is_dir()]
    sys.path[:0] = projects
    yield root / "out"
    for project in projects:
        sys.path.remove(project)
