"""The blank lines black puts before each line: its `EmptyLineTracker` (black/lines.py, black
26.x, MIT licence) for .py files, for lines that hold no `# fmt:` directive and no stub body.
"""

from __future__ import annotations

from dataclasses import dataclass

from .statements import Logical

_CLAUSES_WITHOUT_NEWLINE = ("with", "try", "for", "while", "if", "match")


@dataclass
class _Block:
    line: Logical
    previous: _Block | None
    before: int
    after: int


class _Tracker:
    def __init__(self) -> None:
        self.previous_line: Logical | None = None
        self.previous_block: _Block | None = None
        self.previous_defs: list[Logical] = []
        self.semantic_leading_comment: _Block | None = None

    def block(self, line: Logical) -> _Block:
        before, after = self._empty_lines(line)
        previous_after = self.previous_block.after if self.previous_block else 0
        before = max(0, before - previous_after)
        if self._after_module_docstring(line):
            before = 1
        block = _Block(line, self.previous_block, before, after)
        if line.is_comment:
            previous = self.previous_line
            if previous is None or (
                not previous.is_decorator
                and (not previous.is_comment or before)
                and (self.semantic_leading_comment is None or before)
            ):
                self.semantic_leading_comment = block
        elif not line.is_decorator or before:
            self.semantic_leading_comment = None
        self.previous_line = line
        self.previous_block = block
        return block

    def _after_module_docstring(self, line: Logical) -> bool:
        block = self.previous_block
        if not block:
            return False
        first = block.line
        if (
            not first.single_leaf
            or not first.is_docstring
            or first.depth != 0
            or line.is_class
            or line.is_def
        ):
            return False
        while (block := block.previous) is not None:
            if not block.line.is_comment:
                return False
        return True

    def _empty_lines(self, line: Logical) -> tuple[int, int]:
        before = min(line.blank_before, 2 if line.depth == 0 else 1)
        user_had_newline = bool(before)
        depth = line.depth
        previous_def = None
        while self.previous_defs and self.previous_defs[-1].depth >= depth:
            previous_def = self.previous_defs.pop()
        if line.is_def or line.is_class:
            self.previous_defs.append(line)
        previous = self.previous_line
        if previous is None:
            return 0, 0
        if line.is_docstring:
            if previous.is_class:
                return 0, 1
            if previous.opens_block and previous.is_def:
                return 0, 0
        if previous_def is not None:
            if depth:
                before = 1
            elif (
                previous_def.depth
                and line.opens_block
                and line.first not in _CLAUSES_WITHOUT_NEWLINE
            ):
                before = 1
            else:
                before = 2
        if line.is_decorator or line.is_def or line.is_class:
            return self._class_or_def(line, before, user_had_newline)
        if (
            previous.is_import
            and previous.depth == 0
            and line.depth == 0
            and not line.is_import
        ):
            return 1, 0
        if previous.is_import and not line.is_import and depth == previous.depth:
            return (before or 1), 0
        return before, 0

    def _class_or_def(
        self, line: Logical, before: int, user_had_newline: bool
    ) -> tuple[int, int]:
        previous = self.previous_line
        assert previous is not None
        if previous.is_decorator:
            return 0, 0
        if previous.depth < line.depth and (previous.is_class or previous.is_def):
            return (1 if user_had_newline else 0), 0
        comment_to_add_newlines = None
        if previous.is_comment and previous.depth == line.depth and before == 0:
            leading = self.semantic_leading_comment
            if (
                leading is not None
                and leading.previous is not None
                and not leading.previous.line.is_class
                and not leading.previous.line.opens_block
                and leading.before <= 1
            ):
                comment_to_add_newlines = leading
            else:
                return 0, 0
        newlines = 1 if line.depth else 2
        if comment_to_add_newlines is not None:
            block = comment_to_add_newlines.previous
            if block is not None:
                comment_to_add_newlines.before = (
                    max(comment_to_add_newlines.before, newlines) - block.after
                )
                newlines = 0
        return newlines, 0


def blank_lines_match(lines: list[Logical]) -> bool:
    """Whether the blank lines before each line are the ones black would leave there."""
    tracker = _Tracker()
    blocks = [tracker.block(line) for line in lines]
    if blocks:
        blocks[-1].after = 0
    previous_after = 0
    for block in blocks:
        if block.line.blank_before != previous_after + block.before:
            return False
        previous_after = block.after
    return True
