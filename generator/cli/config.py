"""Defaults for the command line from a `[tool.acs-specgen]` table in `pyproject.toml`.

Found as black finds its own: from the current folder upward, the first `pyproject.toml` that
has the table wins, and the search stops at the project root (a folder holding `.git` or `.hg`).
Paths are relative to the folder of that `pyproject.toml`; options given on the command line win.

    [tool.acs-specgen]              # shared: every command that takes the option
    specs = "specs"                 # SPECS of validate, generate, check, watch, ...
    out = "generated"               # OUT of generate, check, watch (not import's: see below)
    verify = false                  # generate, check
    quiet = false                   # every command: no progress line

    [tool.acs-specgen.check]        # one command's own defaults; they beat the shared ones
    verify = true                   # keys: the command's long options (and positionals)

    [[tool.acs-specgen.import]]     # one product to import; `import` with no API_DOCS_JSON
    api-docs = "specs/vendor/vod-2017-03-21.json"   # imports every product listed, and
    out = "specs/vod"                               # `import API_DOCS_JSON` takes the rest of
    overlay = "specs/overlays/vod-2017-03-21.yaml"  # its entry (out, overlay, operation)
    operation = ["GetVideoInfo"]

    [tool.acs-specgen.diff]         # a side that is a folder is relative to this file's folder;
    old = "HEAD~1:specs"            # a REV:PATH is left to git (PATH from the repository root)

The keys a command takes are read from its argparse definition, so a new subcommand is
configurable the moment it exists. An unknown key or a value of the wrong type is an error that
names the file and the line.
"""

from __future__ import annotations

import argparse
import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TABLE = "acs-specgen"
PYPROJECT = "pyproject.toml"
IMPORT = "import"
SHARED_KEYS = ("specs", "out", "verify", "quiet")
# `import` writes specs, so the shared `out` (the generated code) is not its OUT.
_NOT_SHARED = {IMPORT: {"out"}}


class ConfigError(Exception):
    """A configuration that cannot be used; the message starts with `file:line:`."""


@dataclass(frozen=True)
class ImportEntry:
    """One product of `[[tool.acs-specgen.import]]`, its paths resolved."""

    api_docs: Path
    defaults: dict[str, Any]


@dataclass
class Config:
    """The table as found: its file, shared keys, per-command tables and import entries."""

    path: Path
    shared: dict[str, Any] = field(default_factory=dict)
    commands: dict[str, dict[str, Any]] = field(default_factory=dict)
    imports: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""

    @property
    def root(self) -> Path:
        return self.path.parent


def find(start: Path) -> Path | None:
    """The `pyproject.toml` with a `[tool.acs-specgen]` table at or above `start`, if any."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / PYPROJECT
        if candidate.is_file() and TABLE in _read(candidate)[0].get("tool", {}):
            return candidate
        if (directory / ".git").exists() or (directory / ".hg").is_dir():
            return None  # the project root: nothing above it configures this project
    return None


def load(path: Path) -> Config:
    """Read the table of `path` (not yet checked against the commands: see `apply`)."""
    data, text = _read(path)
    table = data.get("tool", {}).get(TABLE, {})
    config = Config(path, text=text)
    if not isinstance(table, dict):
        raise _error(config, (), f"[tool.{TABLE}] must be a table")
    for key, value in table.items():
        if key == IMPORT:
            if not isinstance(value, list) or not all(
                isinstance(entry, dict) for entry in value
            ):
                raise _error(
                    config,
                    (key,),
                    f"'{key}' must be an array of tables ([[tool.{TABLE}.{key}]])",
                )
            config.imports = value
        elif isinstance(value, dict):
            config.commands[key] = value
        else:
            config.shared[key] = value
    return config


def discover(start: Path) -> Config | None:
    path = find(start)
    return load(path) if path is not None else None


def apply(config: Config, commands: dict[str, argparse.ArgumentParser]) -> None:
    """Make the configured values the defaults of each subcommand's arguments.

    Command-line options still win, since only defaults change; an option the configuration
    supplies is no longer required.
    """
    for key in config.shared:
        if key not in SHARED_KEYS:
            raise _unknown(config, (key,), key, [*SHARED_KEYS, *commands, IMPORT])
    for name in config.commands:
        if name not in commands or name == IMPORT:
            raise _unknown(config, (name,), name, [*SHARED_KEYS, *commands, IMPORT])
    for name, parser in commands.items():
        arguments = _arguments(parser)
        values: dict[str, Any] = {}
        for key, value in config.shared.items():
            if key in arguments and key not in _NOT_SHARED.get(name, set()):
                values[key] = _convert(config, (key,), arguments[key], value)
        for key, value in config.commands.get(name, {}).items():
            if key not in arguments:
                raise _unknown(config, (name, key), key, list(arguments))
            values[key] = _convert(config, (name, key), arguments[key], value)
        _set_defaults(parser, arguments, values)


def import_entries(
    config: Config, parser: argparse.ArgumentParser
) -> list[ImportEntry]:
    """The `[[tool.acs-specgen.import]]` products, checked against `import`'s arguments."""
    arguments = _arguments(parser)
    arguments.pop("quiet", None)  # a setting of the run, not of a product
    entries = []
    for number, entry in enumerate(config.imports):
        where: tuple[str | int, ...] = (IMPORT, number)
        for required in ("api-docs", "out"):
            if required not in entry:
                raise _error(config, where, f"an import entry needs '{required}'")
        values = {}
        for key, value in entry.items():
            if key not in arguments:
                raise _unknown(config, (*where, key), key, list(arguments))
            values[key] = _convert(config, (*where, key), arguments[key], value)
        api_docs = values.pop("api-docs")
        entries.append(ImportEntry(api_docs, values))
    return entries


def _read(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), text
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _arguments(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    """A subcommand's arguments by configuration key: the long option, or the positional."""
    found = {}
    for action in parser._actions:  # argparse keeps no public list of them
        if isinstance(action, argparse._HelpAction):
            continue
        longs = [o for o in action.option_strings if o.startswith("--")]
        if longs:
            found[longs[0][2:]] = action
        elif not action.option_strings:
            found[action.dest.replace("_", "-")] = action
    return found


def folder_or_revision(value: str) -> str:
    """The argparse type of a spec tree that is a folder or git's `REV:PATH` (`diff`'s sides):
    the value as given; configured, a folder is resolved against the config's folder and a
    `REV:PATH` is left as git reads it (see `_folder_or_revision`)."""
    return value


def _folder_or_revision(root: Path, value: str) -> str:
    if ":" in value and not (root / value).is_dir():
        return value  # REV:PATH: git reads PATH from the repository's root
    return str(_path(root, value))


def _convert(
    config: Config, where: tuple[str | int, ...], action: argparse.Action, value: Any
) -> Any:
    """A configured value as the argument would hold it, or a ConfigError saying why not."""
    key = str(where[-1])
    if action.nargs == 0:  # a flag
        if not isinstance(value, bool):
            raise _error(config, where, f"'{key}' must be true or false")
        return value
    many = isinstance(action, argparse._AppendAction) or action.nargs in ("*", "+")
    items = value if many and isinstance(value, list) else [value]
    if many and not isinstance(value, list):
        raise _error(config, where, f"'{key}' must be an array")
    converted: list[Any] = []
    for item in items:
        if action.type is int:
            if isinstance(item, bool) or not isinstance(item, int):
                raise _error(config, where, f"'{key}' must be an integer")
            converted.append(item)
            continue
        if not isinstance(item, str):
            kind = "an array of strings" if many else "a string"
            raise _error(config, where, f"'{key}' must be {kind}")
        if action.choices is not None and item not in action.choices:
            choices = ", ".join(map(str, action.choices))
            raise _error(config, where, f"'{key}' must be one of {choices}")
        if action.type is Path:
            converted.append(_path(config.root, item))
        elif action.type is folder_or_revision:
            converted.append(_folder_or_revision(config.root, item))
        else:
            converted.append(item)
    return converted if many else converted[0]


def _path(root: Path, value: str) -> Path:
    """A configured path, relative to the config's folder, shown relative to the cwd."""
    absolute = Path(os.path.normpath(root / value))
    try:
        return Path(os.path.relpath(absolute))
    except ValueError:  # another drive (Windows)
        return absolute


def _set_defaults(
    parser: argparse.ArgumentParser,
    arguments: dict[str, argparse.Action],
    values: dict[str, Any],
) -> None:
    for key, value in values.items():
        action = arguments[key]
        action.default = value
        action.required = False
        if type(action) is argparse._AppendAction:
            action.__class__ = _AppendOverDefault
        if not action.option_strings and action.nargs is None:
            action.nargs = "?"  # a configured positional may be left out


class _AppendOverDefault(argparse._AppendAction):
    """A repeatable option whose configured list is replaced, not extended, by the first use
    on the command line (argparse would append to the default)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest, None) is self.default:
            setattr(namespace, self.dest, None)
        super().__call__(parser, namespace, values, option_string)


def _unknown(
    config: Config, where: tuple[str | int, ...], key: str, known: list[str]
) -> ConfigError:
    import difflib

    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    table = ".".join(str(part) for part in where[:-1] if isinstance(part, str))
    place = f"[tool.{TABLE}{'.' + table if table else ''}]"
    return _error(config, where, f"unknown key '{key}' in {place}{hint}")


def _error(config: Config, where: tuple[str | int, ...], message: str) -> ConfigError:
    return ConfigError(f"{config.path}:{line_of(config.text, where)}: {message}")


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def line_of(text: str, where: tuple[str | int, ...]) -> int:
    """The line of a key of the table (tomllib gives none): found by scanning the text.

    `where` is the key's path below `[tool.acs-specgen]`; an int is the index of an entry of an
    array of tables. Good enough for the files people write: a key on its own line under its
    table's header, or dotted (`check.verify = true`) under the main table. Falls back to the
    inline table that holds it, or the nearest table header, then to line 1.
    """
    lines = text.splitlines()
    tables = [part for part in where if isinstance(part, str)]
    index = next((part for part in where if isinstance(part, int)), None)
    key = tables.pop() if tables and where and isinstance(where[-1], str) else None
    if key is not None:  # the key may name a table of its own
        for start, _ in _sections(lines, ["tool", TABLE, *tables, key], None):
            return start + 1
    nearest: int | None = None
    # The deepest table's header first, then its parents' with the rest as a dotted key.
    for depth in range(len(tables), -1, -1):
        header = ["tool", TABLE, *tables[:depth]]
        section = next(
            _sections(lines, header, index if depth == len(tables) else None), None
        )
        if section is None:
            continue
        start, end = section
        nearest = nearest or start + 1
        if key is None:
            return nearest
        dotted = [*tables[depth:], key]
        for number in range(start + 1, end):
            found = re.match(r"^\s*([^=#\[]+?)\s*=", lines[number])
            if not found:
                continue
            written = _split_key(found.group(1))
            if written == dotted:
                return number + 1
            if written == dotted[: len(written)]:  # an inline table holds it
                nearest = number + 1
    return nearest or 1


def _sections(
    lines: list[str], header: list[str], index: int | None
) -> Iterator[tuple[int, int]]:
    """(header line, end) of each section whose header is `header` ([[...]]: the index-th)."""
    starts = []
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match and _split_key(match.group(2)) == header:
            starts.append(number)
    if index is not None:
        starts = starts[index : index + 1]
    for start in starts:
        end = next(
            (n for n in range(start + 1, len(lines)) if _HEADER.match(lines[n])),
            len(lines),
        )
        yield start, end


def _split_key(key: str) -> list[str]:
    return [
        part.strip().strip("\"'")
        for part in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', key)
    ]
