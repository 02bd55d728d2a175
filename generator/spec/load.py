"""Stage 1, load: read YAML and JSON spec files safely into plain data plus source positions.

PyYAML's safe composer gives us nodes with marks; we build the plain tree ourselves so that every
value's JSON pointer maps to the line and column it came from. Only the YAML core schema is
accepted: a Python tag, or any tag we do not know, is an error, never an object.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..base.cache import digest
from ..base.diagnostics import Diagnostic, SpecError

try:  # libyaml is about four times faster on big specs; the pure-Python loader is identical.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# A spec file has a few thousand nodes; a YAML alias bomb expands to billions.
MAX_NODES = 200_000

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
# Dates stay text: a spec's `updated: 2024-12-19` must not become a datetime.date.
_TEXT_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, token: str | int) -> str:
    return f"{pointer}/{escape_pointer_token(token)}"


@dataclass
class SourceFile:
    """A loaded file: its data and where each JSON pointer starts (1-based line and column)."""

    path: Path
    data: Any
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    digest: str = ""  # of the file's text: what a content-keyed cache knows it by

    def locate(self, pointer: str) -> tuple[int, int]:
        """The position of `pointer`, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.positions:
                return self.positions[pointer]
            if not pointer:
                return (1, 1)
            pointer = pointer.rsplit("/", 1)[0]

    def diagnostic(self, pointer: str, message: str) -> Diagnostic:
        line, column = self.locate(pointer)
        return Diagnostic(self.path, line, column, pointer, message)


class _TreeBuilder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions: dict[str, tuple[int, int]] = {}
        self.errors: list[Diagnostic] = []
        self.count = 0
        self._open: set[int] = (
            set()
        )  # nodes being built: meeting one again is a recursive alias
        self._scalars = yaml.constructor.SafeConstructor()

    def _error(self, node: yaml.Node, pointer: str, message: str) -> None:
        mark = node.start_mark
        self.errors.append(
            Diagnostic(self.path, mark.line + 1, mark.column + 1, pointer, message)
        )

    def build(self, node: yaml.Node, pointer: str) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(node)
        self.positions.setdefault(
            pointer, (node.start_mark.line + 1, node.start_mark.column + 1)
        )
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            if id(node) in self._open:
                self._error(node, pointer, "recursive YAML alias")
                return None
            self._open.add(id(node))
            try:
                return self._collection(node, pointer)
            finally:
                self._open.discard(id(node))
        assert isinstance(node, yaml.ScalarNode)
        value = self._scalar(node, pointer)
        return None if value is _BAD else value

    def _scalar(self, node: yaml.Node, pointer: str) -> Any:
        """A scalar of the YAML core schema, or _BAD (reported) for any other tag or bad text."""
        if node.tag in _TEXT_TAGS:
            return str(node.value)
        if node.tag not in _SCALAR_TAGS:
            self._error(node, pointer, f"unsupported YAML tag {node.tag!r}")
            return _BAD
        try:
            return self._scalars.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:
            self._error(node, pointer, f"invalid {node.tag.rsplit(':', 1)[-1]}: {exc}")
            return _BAD

    def _collection(self, node: yaml.Node, pointer: str) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer)
        if node.tag != "tag:yaml.org,2002:seq":
            self._error(node, pointer, f"unsupported YAML tag {node.tag!r}")
            return None
        return [
            self.build(item, pointer_join(pointer, i))
            for i, item in enumerate(node.value)
        ]

    def _mapping(self, node: yaml.MappingNode, pointer: str) -> dict[str, Any] | None:
        if node.tag != "tag:yaml.org,2002:map":
            self._error(node, pointer, f"unsupported YAML tag {node.tag!r}")
            return None
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:merge"
            ):
                self._error(
                    key_node,
                    pointer,
                    "mapping keys must be plain scalars (no merge keys)",
                )
                continue
            key_value = self._scalar(key_node, pointer)
            if key_value is _BAD:
                continue
            key = str(key_value)
            child = pointer_join(pointer, key)
            if key in result:
                self._error(key_node, child, f"duplicate key {key!r}")
                continue
            result[key] = self.build(value_node, child)
        return result


_BAD = object()  # a scalar that could not be built (already reported)


class _TooLarge(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def load_yaml(path: Path) -> SourceFile:
    """Load one YAML file, or raise SpecError listing everything wrong with it."""
    text = _read_text(path)
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise SpecError(
            [Diagnostic(path, line, column, "", f"invalid YAML: {problem}")]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(path, 1, 1, "", f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise SpecError(
            [Diagnostic(path, 1, 1, "", "the document is nested too deeply")]
        ) from None
    if root is None:
        raise SpecError([Diagnostic(path, 1, 1, "", "the file is empty")])
    builder = _TreeBuilder(path)
    try:
        data = builder.build(root, "")
    except RecursionError:
        raise SpecError(
            [Diagnostic(path, 1, 1, "", "the document is nested too deeply")]
        ) from None
    except _TooLarge as exc:
        mark = exc.node.start_mark
        message = f"the document expands to more than {MAX_NODES} nodes (YAML aliases?)"
        raise SpecError(
            [Diagnostic(path, mark.line + 1, mark.column + 1, "", message)]
        ) from None
    if builder.errors:
        raise SpecError(builder.errors)
    return SourceFile(path, data, builder.positions, digest(text))


def load_json(path: Path) -> SourceFile:
    """Load a golden JSON file exactly as written (numbers keep their precision)."""
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(
            [Diagnostic(path, exc.lineno, exc.colno, "", f"invalid JSON: {exc.msg}")]
        ) from None
    return _JsonSource(path, data, text=text)


@dataclass
class _JsonSource(SourceFile):
    """A JSON file whose positions are computed only when an error needs one."""

    text: str = ""
    _indexed: bool = False

    def locate(self, pointer: str) -> tuple[int, int]:
        if not self._indexed:
            self._indexed = True
            try:  # JSON is YAML; its composer knows where each value starts.
                root = yaml.compose(self.text, Loader=_SafeLoader)
                builder = _TreeBuilder(self.path)
                if root is not None:
                    builder.build(root, "")
                self.positions = builder.positions
            except (yaml.YAMLError, _TooLarge):
                self.positions = {}
        return super().locate(pointer)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(path, 1, 1, "", f"not UTF-8 text: {exc.reason}")]
        ) from None
    except OSError as exc:
        raise SpecError(
            [Diagnostic(path, 1, 1, "", f"cannot read: {exc.strerror}")]
        ) from None
