"""Shared fixtures: paths of the checkout, and the committed generated package on sys.path."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
VOD_PROJECT = GENERATED / "acs-vod"

# Functional tests import the committed golden package, as a consumer would after installing it.
if str(VOD_PROJECT) not in sys.path:
    sys.path.insert(0, str(VOD_PROJECT))


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A private copy of specs/ that a test may break."""
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target, ignore=shutil.ignore_patterns("overlays"))
    return target


@pytest.fixture(autouse=True)
def _no_format_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never share the user's formatter cache."""
    monkeypatch.setenv(
        "ACS_SPECGEN_CACHE", str(tmp_path_factory.getbasetemp() / "format-cache")
    )
