"""Stage 4, render: planned files -> source text, through Jinja2 templates that only lay out.

Imports: `base` and `plan` (the planned files).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from .base.diagnostics import GenerationError
from .base.marks import MEMBER_MARK, TOP_LEVEL_MARK
from .base.resources import templates_dir
from .plan.files import PlannedFile

__all__ = ["render", "templates_dir"]


@cache
def _environment(directory: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    environment.globals.update(block_mark=TOP_LEVEL_MARK, member_mark=MEMBER_MARK)
    return environment


def render(file: PlannedFile) -> str:
    """The text of one planned file."""
    directory = templates_dir()
    if file.static is not None:
        return (directory / file.static).read_text(encoding="utf-8")
    assert file.template is not None
    try:
        return _environment(directory).get_template(file.template).render(file.context)
    except jinja2.TemplateError as exc:
        where = (
            f"{exc.filename}:{exc.lineno}"
            if isinstance(exc, jinja2.TemplateSyntaxError)
            else file.template
        )
        raise GenerationError(
            f"template {where} failed for {file.path}: {exc}"
        ) from exc
