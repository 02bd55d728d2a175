"""Proof that black would return a text unchanged, without running black.

The layout engine writes code in black's shape; this model of black checks that claim for the
subset of Python the generator writes and answers True only when it holds: every statement is
written as black writes it (`statements`, `expressions`; long lines split as black splits them,
`split`), every literal and comment as black spells it (`strings`), and every run of blank
lines is the one black leaves (`blank_lines`). Anything outside the subset, or any difference,
answers False, and the formatter hands the text to black, as it always did.

The claim is proven with black itself: tests/test_format_proof.py runs black on every block of
the committed packages and whole-product runs, and on generated variations, and fails if this
module ever says "unchanged" where black would change a byte. `--verify` formats everything
with black alone.
"""

from __future__ import annotations

import ast

from .blank_lines import blank_lines_match
from .expressions import Decline, Source
from .split import fits
from .statements import INDENT, Logical, Statements
from .strings import comment_is_normal

__all__ = ["proven"]


def proven(text: str) -> bool:
    """True only if black (the generator's mode: line length 88, Python 3.10 and later) would
    return `text` unchanged, as a module."""
    if (
        not text.endswith("\n")
        or text.startswith(("\n", " "))
        or any(bad in text for bad in ("\r", "\t", "\f", "\v", "\\\n", "\x00"))
    ):
        return False
    try:
        tree = ast.parse(text)
        statements = Statements(Source(text))
        statements.body(tree.body, 0, docstring=True)
        lines = _placed(statements.lines, statements.source.lines)
    except (Decline, SyntaxError, ValueError, RecursionError, IndexError):
        return False
    return lines is not None and blank_lines_match(lines)


def _placed(expected: list[Logical], source: list[str]) -> list[Logical] | None:
    """The logical lines with the standalone comments between them, each with the blank lines
    the source has before it; None if the source differs from the expected lines."""
    placed: list[Logical] = []
    cursor = 0
    for logical in expected:
        blanks = 0
        while True:
            line = source[cursor]
            if not line:
                blanks += 1
            elif line.lstrip().startswith("#"):
                indent = INDENT * logical.depth
                comment = line[len(indent) :]
                if not line.startswith(indent) or not comment_is_normal(comment):
                    return None
                placed.append(
                    Logical(
                        logical.depth,
                        [line],
                        first="#",
                        is_comment=True,
                        blank_before=blanks,
                    )
                )
                blanks = 0
            else:
                break
            cursor += 1
        if logical.at is not None and logical.at != cursor + 1:
            return None
        if source[cursor : cursor + len(logical.lines)] != logical.lines:
            if not _with_trailing_comment(logical, source[cursor]):
                return None
        logical.blank_before = blanks
        placed.append(logical)
        cursor += len(logical.lines)
    if cursor != len(source) - 1:
        return None  # trailing comments or blank lines: black's to place
    return placed


def _with_trailing_comment(logical: Logical, line: str) -> bool:
    """Whether `line` is the one line of `logical` with a comment after it, as black keeps
    it: two spaces before the `#`, the whole line within the width."""
    if len(logical.lines) != 1 or logical.single_leaf:
        return False
    code = logical.lines[0]
    if not line.startswith(code + "  #"):
        return False
    return comment_is_normal(line[len(code) + 2 :]) and fits(line)
