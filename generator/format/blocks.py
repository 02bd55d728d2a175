"""A long generated module cut into blocks at the marks templates put between them
(`base/marks.py`), each formatted on its own, and joined again.

A top-level block is formatted as a module, a member block (methods at class level) inside a
stand-in class. Joined with the blank lines black puts there, the result is what black gives for
the whole file (the golden-record tests run `black --check` on it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.marks import MEMBER_MARK, TOP_LEVEL_MARK

_STAND_IN = "class _Member:\n"


@dataclass(frozen=True)
class Block:
    member: bool
    text: str

    @property
    def black_input(self) -> str:
        return _STAND_IN + self.text.lstrip("\n") if self.member else self.text


def split_blocks(source: str) -> list[Block]:
    blocks: list[Block] = []
    member, lines = False, list[str]()
    for line in source.splitlines(keepends=True):
        mark = line.strip()
        if mark in (TOP_LEVEL_MARK, MEMBER_MARK):
            blocks.append(Block(member, "".join(lines)))
            member, lines = mark == MEMBER_MARK, []
        else:
            lines.append(line)
    blocks.append(Block(member, "".join(lines)))
    return blocks


def join_blocks(blocks: list[Block], formatted: list[str]) -> str:
    text = formatted[0]
    for block, result in zip(blocks[1:], formatted[1:], strict=True):
        if block.member:
            text = text.rstrip("\n") + "\n\n" + result.removeprefix(_STAND_IN)
        else:
            text = text.rstrip("\n") + "\n\n\n" + result
    return text
