"""Names: wire names turned into Python names that are valid the moment they exist.

Every Python name in generated code comes from here, through an allow-list (ASCII letters, digits,
underscore), so a crafted spec name can never become anything but an identifier.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable

_ACRONYM_BOUNDARY = re.compile(r"([A-Z]+)([A-Z][a-z])")  # AIImage -> AI_Image
_WORD_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])")  # JobList -> Job_List
_NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9]+")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A class name inside a type hint (`list[AIImageJob] | None`): how models are found in hints.
CLASS_NAMES = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")

# Names a generated field or parameter may not take: they would shadow Python itself or the
# members that every generated model and client has.
RESERVED_ATTRIBUTES = frozenset(
    {
        "self",
        "cls",
        "from_dict",
        "to_dict",
        "to_wire",
        "from_wire",
        "raw",
        "unknown_fields",
        "is_known",
        "PARAMS",
        "timeout",
        "options",
    }
    | set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {name for name in dir(builtins) if not name.startswith("_")}
)
# Members every generated client has: an operation may not take their names.
CLIENT_MEMBERS = frozenset(
    {
        "close",
        "aclose",
        "with_options",
        "raw",
        "region",
        "endpoint",
        "timeout",
        "max_retries",
        "max_retry_time",
        "backoff_base",
        "backoff_max",
        "signature_version",
        "presign_url",
    }
)
# Class names the shared runtime of every generated package already uses.
RESERVED_CLASSES = frozenset(
    {
        "Any",
        "Client",
        "AsyncClient",
        "JsonText",
        "OpenEnum",
        "Model",
        "Response",
        "Error",
        "Enum",
        "Mapping",
        "Sequence",
    }
    | {name for name in dir(builtins) if name[:1].isupper()}
)


class PythonIdentifier(str):
    """A snake_case identifier that is safe to emit verbatim."""

    __slots__ = ()

    def __new__(cls, value: str) -> PythonIdentifier:
        if not _IDENTIFIER.match(value) or keyword.iskeyword(value):
            raise ValueError(f"not a safe Python identifier: {value!r}")
        return super().__new__(cls, value)


class ClassName(str):
    """A PascalCase class name that is safe to emit verbatim."""

    __slots__ = ()

    def __new__(cls, value: str) -> ClassName:
        if (
            not _IDENTIFIER.match(value)
            or not value[0].isupper()
            or keyword.iskeyword(value)
        ):
            raise ValueError(f"not a safe class name: {value!r}")
        return super().__new__(cls, value)


# Plural acronyms (VideoIDs, ImageURLs) and mixed-case tokens (IPv6) are single words.
_PLURAL_ACRONYM = re.compile(r"([A-Z]{2,})s(?=[A-Z0-9._-]|$)")
_MIXED_TOKENS = (("IPv4", "Ipv4"), ("IPv6", "Ipv6"))


def _words(name: str) -> list[str]:
    for token, word in _MIXED_TOKENS:
        name = name.replace(token, word)
    name = _PLURAL_ACRONYM.sub(lambda m: m.group(1).capitalize() + "s", name)
    spaced = _WORD_BOUNDARY.sub(r"\1_\2", _ACRONYM_BOUNDARY.sub(r"\1_\2", name))
    return [word for word in _NOT_IDENTIFIER.split(spaced.replace("_", " ")) if word]


def snake_case(name: str) -> str:
    """`AIImageJobList` -> `ai_image_job_list`, `CallbackURL` -> `callback_url`."""
    return "_".join(word.lower() for word in _words(name))


def attribute_name(wire_name: str, chosen: str | None = None) -> PythonIdentifier:
    """The Python name of a field or parameter, escaped away from keywords and builtins.

    `chosen` is a name the spec gives explicitly (`python_name`, `pythonName`), where the
    derived one would collide.
    """
    name = chosen or snake_case(wire_name) or "field"
    if name[0].isdigit():
        name = f"n{name}"
    if name in RESERVED_ATTRIBUTES:
        name = f"{name}_"
    return PythonIdentifier(name)


def method_name(operation: str) -> PythonIdentifier:
    """A client method's name: like a field's, and never one of the client's own members."""
    name = attribute_name(operation)
    return PythonIdentifier(f"{name}_") if name in CLIENT_MEMBERS else name


def iterator_method(operation: str) -> str:
    """`iter_<method>`: the page iterator of a paginated operation."""
    return f"iter_{method_name(operation).rstrip('_')}"


def waiter_method(waiter: str) -> str:
    """`wait_<name>`: a waiter of an operation."""
    return f"wait_{waiter}"


# The keyword arguments a waiter method takes besides its operation's.
WAITER_OPTIONS = ("delay", "max_wait")
# An upload method's own arguments: the file, then how it is sent (`acs_core.oss.Transfer`'s).
UPLOAD_SOURCE = "source"
UPLOAD_OPTIONS = ("part_size", "parallelism", "progress", "checkpoint_dir")


def module_name(wire_name: str) -> PythonIdentifier:
    name = snake_case(wire_name) or "module"
    if name[0].isdigit():
        name = f"m{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name = f"{name}_"
    return PythonIdentifier(name)


def class_name(wire_name: str) -> ClassName:
    """`AIImageJob` stays `AIImageJob`; `ai_image-job` becomes `AiImageJob`."""
    words = _NOT_IDENTIFIER.split(wire_name)
    name = "".join(word[:1].upper() + word[1:] for word in words if word)
    if not name or not name[0].isalpha():
        name = f"M{name}"
    if name in RESERVED_CLASSES:
        name = f"{name}Model"
    return ClassName(name)


def constant_name(value: str) -> PythonIdentifier:
    """An enum member name for a wire value: `success` -> `SUCCESS`, `in-progress` -> `IN_PROGRESS`."""
    name = snake_case(value).upper() or "EMPTY"
    if name[0].isdigit():
        name = f"V{name}"
    return PythonIdentifier(name)


def export_order(exported: Iterable[str]) -> list[str]:
    """`__all__` in the order ruff's RUF022 expects: CONSTANTS, then Classes, then the rest,
    each in natural order (Model2 before Model10)."""

    def key(name: str) -> tuple[int, list[tuple[int, int | str]]]:
        group = 0 if name.isupper() else 1 if name[:1].isupper() else 2
        parts = re.split(r"([0-9]+)", name)
        return group, [
            (1, int(part)) if part.isdigit() else (0, part) for part in parts if part
        ]

    return sorted(exported, key=key)


def import_order(imported: Iterable[str]) -> list[str]:
    """The names of a `from ... import` in the order ruff's isort keeps them: CONSTANTS, Classes,
    then the rest, each in case-insensitive natural order."""

    def key(name: str) -> tuple[int, list[tuple[int, int | str]], str]:
        group = (
            0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        )
        parts = re.split(r"([0-9]+)", name.lower())
        natural = [
            (1, int(part)) if part.isdigit() else (0, part) for part in parts if part
        ]
        return group, natural, name

    return sorted(imported, key=key)
