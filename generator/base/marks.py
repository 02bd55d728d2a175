"""The marker lines a template may put between blocks of a long generated module.

Templates get them as `block_mark` and `member_mark` (render passes them in); the formatter cuts
a module at them and formats each block on its own: a top-level block as a module, a member
block (methods at class level) inside a stand-in class. The marks hold a control character,
which no spec text can put into generated code (docstrings drop control characters, literals
escape them).
"""

from __future__ import annotations

TOP_LEVEL_MARK = "#\x01block"
MEMBER_MARK = "#\x01member"
