"""Tokens black rewrites on their own: strings, docstrings, numbers and comments.

Each check answers whether black leaves a token as it is. The string functions follow black's
own (`black/strings.py`, `black/numerics.py`, `black/linegen.py` visit_STRING and
`black/comments.py`, black 26.x, MIT licence), so that a token passes exactly when black's
normalisation of it is the identity.
"""

from __future__ import annotations

import re
import sys
from functools import cache

_PREFIX_CHARS = "fturbFTURB"
_PREFIX = re.compile(r"^([" + _PREFIX_CHARS + r"]*)(.*)$", re.DOTALL)
_UNICODE_ESCAPE = re.compile(
    r"(?P<backslashes>\\+)(?P<body>"
    r"(u(?P<u>[a-fA-F0-9]{4}))"
    r"|(U(?P<U>[a-fA-F0-9]{8}))"
    r"|(x(?P<x>[a-fA-F0-9]{2}))"
    r"|(N\{(?P<N>[a-zA-Z0-9 \-]{2,})\})"
    r")?",
)
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")
_F_FIELD = re.compile(r"(?:(?<!\{)|^)\{([^{].*?)\}(?:(?!\})|$)")
_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")
_DECIMAL = re.compile(
    r"[0-9][0-9_]*(\.[0-9_]*)?(e[+-]?[0-9_]+)?|\.[0-9_]+(e[+-]?[0-9_]+)?"
)


def prefix_of(token: str) -> str:
    return token[: len(token) - len(token.lstrip(_PREFIX_CHARS))]


def _normalize_prefix(token: str) -> str:
    match = _PREFIX.match(token)
    assert match is not None
    new = match.group(1).replace("F", "f").replace("B", "b").replace("U", "")
    new = new.replace("u", "")
    if len(new) == 2 and new[0].lower() != "r":
        new = new[::-1]
    return f"{new}{match.group(2)}"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _sub_twice(regex: re.Pattern[str], replacement: str, text: str) -> str:
    return regex.sub(replacement, regex.sub(replacement, text))


def _ends_with_unescaped_quote(body: str) -> bool:
    if body[-1:] != '"':
        return False
    preceding = body[:-1]
    return (len(preceding) - len(preceding.rstrip("\\"))) % 2 == 0


def _normalize_quotes(token: str) -> str:
    value = token.lstrip(_PREFIX_CHARS)
    if value[:3] == '"""':
        return token
    if value[:3] == "'''":
        orig, new = "'''", '"""'
    elif value[0] == '"':
        orig, new = '"', "'"
    else:
        orig, new = "'", '"'
    first = token.find(orig)
    prefix = token[:first]
    unescaped_new = _compiled(rf"(([^\\]|^)(\\\\)*){new}")
    escaped_new = _compiled(rf"([^\\]|^)\\((?:\\\\)*){new}")
    escaped_orig = _compiled(rf"([^\\]|^)\\((?:\\\\)*){orig}")
    body = token[first + len(orig) : -len(orig)]
    if "r" in prefix.casefold():
        if unescaped_new.search(body):
            return token
        new_body = body
    else:
        new_body = _sub_twice(escaped_new, rf"\1\2{new}", body)
        if body != new_body:
            body = new_body
            token = f"{prefix}{orig}{body}{orig}"
        new_body = _sub_twice(escaped_orig, rf"\1\2{orig}", new_body)
        new_body = _sub_twice(unescaped_new, rf"\1\\{new}", new_body)
    if "f" in prefix.casefold() or "t" in prefix.casefold():
        if any("\\" in str(found) for found in _F_FIELD.findall(new_body)):
            return token
    if new == '"""' and _ends_with_unescaped_quote(new_body):
        new_body = new_body[:-1] + '\\"'
    if new_body.count("\\") > body.count("\\"):
        return token
    if new_body.count("\\") == body.count("\\") and orig == '"':
        return token
    return f"{prefix}{new}{new_body}{new}"


def _normalize_escapes(token: str) -> str:
    if "r" in prefix_of(token).lower():
        return token

    def replace(match: re.Match[str]) -> str:
        groups = match.groupdict()
        slashes = groups["backslashes"]
        if groups["body"] is None or len(slashes) % 2 == 0:
            return match.group(0)
        if groups["u"]:
            return slashes + "u" + groups["u"].lower()
        if groups["U"]:
            return slashes + "U" + groups["U"].lower()
        if groups["x"]:
            return slashes + "x" + groups["x"].lower()
        return slashes + "N{" + groups["N"].upper() + "}"

    return _UNICODE_ESCAPE.sub(replace, token)


def string_is_normal(token: str) -> bool:
    """Whether black leaves a string token (not in docstring position) as it is."""
    if token[0] == '"' and "\\" not in token and "\r" not in token:
        return (
            True  # double quotes, nothing escaped: every normalisation is the identity
        )
    if "\r" in token or "t" in prefix_of(token).lower():
        return False
    if "f" in prefix_of(token).lower() and "\\" in token:
        return False  # black skips, or treats specially, f-strings with backslashes
    normal = _normalize_quotes(_normalize_prefix(_normalize_escapes(token)))
    return normal == token


def _expanded_lines(text: str) -> list[str]:
    lines = []
    for line in _LINE_BREAK.split(text):
        stripped = line.lstrip()
        if not stripped or stripped == line:
            lines.append(line)
        else:
            width = len(line) - len(stripped)
            lines.append(line[:width].expandtabs(4) + stripped)
    return lines


def _fix_docstring(docstring: str, prefix: str) -> str:
    lines = _expanded_lines(docstring)
    indent = sys.maxsize
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = min(indent, len(line) - len(stripped))
    trimmed = [lines[0].strip()]
    if indent < sys.maxsize:
        last = len(lines) - 2
        for i, line in enumerate(lines[1:]):
            kept = line[indent:].rstrip()
            trimmed.append(prefix + kept if kept or i == last else "")
    return "\n".join(trimmed)


def docstring_is_normal(token: str, depth: int, line_length: int) -> bool:
    """Whether black leaves a string in docstring position (its own statement, first in a
    module, class or function) as it is, at `depth` levels of indentation."""
    if "\r" in token or set(prefix_of(token)) & set("bBfFtT"):
        return False  # not a docstring to black: checked as a plain string
    value = _normalize_escapes(token)
    if _BACKSLASH_NEWLINE.search(value):
        return string_is_normal(token)
    docstring = _normalize_quotes(_normalize_prefix(value))
    prefix = prefix_of(docstring)
    docstring = docstring[len(prefix) :]
    quote_char = docstring[0]
    quote_len = 1 if docstring[1] != quote_char else 3
    docstring = docstring[quote_len:-quote_len]
    started_empty = not docstring
    indent = " " * 4 * depth
    multiline = quote_len == 3 and "\n" in value
    docstring = _fix_docstring(docstring, indent) if multiline else docstring.strip()
    trailing_backslash = False
    if docstring:
        if docstring[0] == quote_char:
            docstring = " " + docstring
        if docstring[-1] == quote_char:
            docstring += " "
        if docstring[-1] == "\\":
            if (len(docstring) - len(docstring.rstrip("\\"))) % 2:
                docstring += " "
                trailing_backslash = True
    elif not started_empty:
        docstring = " "
    quote = quote_char * quote_len
    result = prefix + quote + docstring + quote
    if quote_len == 3:
        lines = docstring.splitlines()
        last_length = (
            len(lines[-1]) if docstring and not docstring.endswith("\n") else 0
        )
        if (
            len(lines) > 1
            and last_length + quote_len > line_length
            and len(indent) + quote_len <= line_length
            and not trailing_backslash
        ):
            if value[-1 - quote_len] == "\n":
                result = prefix + quote + docstring + quote
            else:
                result = prefix + quote + docstring + "\n" + indent + quote
    return _normalize_quotes(_normalize_prefix(result)) == token


def number_is_normal(token: str) -> bool:
    """Decimal ints and floats in black's spelling; other literals are left to black."""
    if not _DECIMAL.fullmatch(token) or token.endswith(("_", ".")):
        return False
    text = token
    if "e" in text:
        before, after = text.split("e")
        if after.startswith("+"):
            return False
        text = before
    if "." in text:
        before, after = text.split(".")
        return bool(before) and bool(after)
    return True


def comment_is_normal(text: str) -> bool:
    """A comment on a line of its own that black keeps as it is (no directive to black)."""
    if text == "#":
        return True
    if not text.startswith("# ") or text != text.rstrip():
        return False
    body = text[2:].lstrip()
    return not body.startswith(("type:", "fmt:", "yapf:")) and "fmt: " not in text


def width_bounds(text: str) -> tuple[int, int]:
    """The least and most display width black could measure for `text`: exact for ASCII; a
    character outside it counts 0 to 2 columns (black's width table is not Python's)."""
    if text.isascii():
        return len(text), len(text)
    ascii_count = sum(1 for char in text if char.isascii())
    return ascii_count, ascii_count + 2 * (len(text) - ascii_count)
