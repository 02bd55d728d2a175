"""Crafted spec text cannot break out of strings, docstrings, comments or TOML into live code."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from generator import generate

BREAKOUT = '""" + __import__("os").system("echo pwned") + """'
HOSTILE_TEXT = f"ends here {BREAKOUT} \\ \r x = 1 \x0c \u2028 ''' {{{{ 7 * 7 }}}} {{% if %}} \" ]\n[tool.evil]"
HOSTILE_NAME = 'Evil"); __import__("os").system("echo pwned")  # \r\nx'
HOSTILE_VALUE = '\'"); __import__("os").system("echo pwned") #'
FORBIDDEN_CALLS = {"system", "__import__", "eval", "exec", "popen"}


@pytest.fixture
def hostile_out(spec_copy: Path, tmp_path: Path) -> Path:
    operation = spec_copy / "vod" / "GetAIImageJobs.yaml"
    text = operation.read_text()
    text = text.replace(
        "summary: Queries jobs of image AI processing.",
        f"summary: {json.dumps(HOSTILE_TEXT)}",
    )
    text = text.replace(
        "      description: The ID of the request.\n      examples: [7721B494-1F78-4E*****E8-A7CEE7315BFA]\n",
        f"      description: {json.dumps(HOSTILE_TEXT)}\n"
        f"    {json.dumps(HOSTILE_NAME)}:\n      type: string\n      enum: [{json.dumps(HOSTILE_VALUE)}]\n"
        f"      description: {json.dumps(HOSTILE_TEXT)}\n",
    )
    text = text.replace(
        "    example: cf08a2c6e11e*****de1711b738b9067\n    schema:",
        f"    example: {json.dumps(HOSTILE_VALUE)}\n    schema:",
    )
    operation.write_text(text)
    service = spec_copy / "vod" / "service.yaml"
    service.write_text(
        service.read_text().replace(
            "title: ApsaraVideo VOD", 'title: "VOD \\" ]\\\\ [tool.evil] x = 1"'
        )
    )
    golden = spec_copy / "vod" / "golden" / "GetAIImageJobs" / "invalid_parameter.json"
    data = json.loads(golden.read_text())
    data["Message"] = HOSTILE_TEXT
    golden.write_text(json.dumps(data))
    out = tmp_path / "out"
    generate(spec_copy, out)
    return out


def dangerous_calls(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(call, enclosing function, line) of every forbidden call in a module."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in FORBIDDEN_CALLS:
                found.append((name, function, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "")
    return found


def test_every_generated_python_file_parses_and_calls_nothing_dangerous(
    hostile_out: Path,
) -> None:
    # The one deliberate exception: the runtime compiles each model's reader and writer, as
    # dataclasses compiles __init__, from repr literals (the round-trip test below feeds it a
    # hostile wire name).
    allowed = {
        ("compiled.py", "exec", "compile_reader"),
        ("compiled.py", "exec", "compile_writer"),
    }
    seen = set()
    for source in hostile_out.rglob("*.py"):
        tree = ast.parse(source.read_text(), filename=str(source))
        for name, function, line in dangerous_calls(tree):
            site = (source.name, name, function)
            assert site in allowed, f"{source}:{line} calls {name}"
            seen.add(site)
    assert seen == allowed


def test_the_generated_pyproject_holds_the_title_as_text(hostile_out: Path) -> None:
    project = tomllib.loads((hostile_out / "acs-vod" / "pyproject.toml").read_text())
    assert "tool" not in project or "evil" not in project["tool"]
    assert 'VOD " ]\\ [tool.evil] x = 1' in project["project"]["description"]


def test_the_readme_examples_are_valid_python(hostile_out: Path) -> None:
    readme = (hostile_out / "acs-vod" / "README.md").read_text()
    blocks = [block.split("```", 1)[0] for block in readme.split("```python\n")[1:]]
    assert blocks
    for block in blocks:
        ast.parse(block)


def test_hostile_names_and_values_round_trip_as_data(hostile_out: Path) -> None:
    probe = (
        "from acs_vod.models.get_ai_image_jobs import GetAIImageJobsResponse as R\n"
        "from acs_core.testing.products import load_product\n"
        "OPERATIONS = load_product('acs_vod').operations.values()\n"
        f"data = {{{HOSTILE_NAME!r}: {HOSTILE_VALUE!r}, 'RequestId': 'r'}}\n"
        "m = R.from_dict(data)\n"
        "assert m.to_dict() == data and m.unknown_fields == {}, m\n"
        "import json\n"
        f"assert any(json.loads(text).get('Message') == {HOSTILE_TEXT!r} for op in OPERATIONS for _, text in op.goldens)\n"
        "print('ok')\n"
    )
    project = hostile_out / "acs-vod"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "ok", result.stderr
    assert "pwned" not in result.stdout + result.stderr
