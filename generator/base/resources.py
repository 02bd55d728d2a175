"""Where the generator's own files are: the templates and the runtime project beside them."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).parent.parent  # generator/


def templates_dir() -> Path:
    """Installed, the templates ship inside the package; in a checkout they sit beside it."""
    packaged = _PACKAGE / "templates"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "templates"
