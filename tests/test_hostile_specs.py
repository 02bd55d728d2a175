"""Crafted spec text cannot break out of strings, docstrings or comments into live code."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from generator import generate

HOSTILE_TEXT = 'ends here """ + __import__("os").system("echo pwned") + """ \\ \r x = 1 \x0c \u2028 \'\'\' {{ 7 * 7 }} {% if %}'
HOSTILE_NAME = 'Evil"); import os  # \r\nx'


def test_hostile_descriptions_and_names_generate_inert_code(
    spec_copy: Path, tmp_path: Path
) -> None:
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    text = path.read_text()
    text = text.replace(
        "summary: Queries jobs of image AI processing.",
        f"summary: {json.dumps(HOSTILE_TEXT)}",
    )
    text = text.replace(
        "      description: The ID of the request.\n",
        f"      description: {json.dumps(HOSTILE_TEXT)}\n    {json.dumps(HOSTILE_NAME)}:\n      type: string\n      description: {json.dumps(HOSTILE_TEXT)}\n",
    )
    path.write_text(text)
    out = tmp_path / "out"
    generate(spec_copy, out)
    for source in out.rglob("*.py"):
        tree = ast.parse(source.read_text(), filename=str(source))
        calls = [
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "system"
        ]
        assert calls == [], f"{source} calls os.system"
    project = out / "acs-vod"
    probe = (
        "from acs_vod.models.get_ai_image_jobs import GetAIImageJobsResponse as R\n"
        f"data = {{{HOSTILE_NAME!r}: 'v', 'RequestId': 'r'}}\n"
        "m = R.from_dict(data)\n"
        "assert m.to_dict() == data and m.unknown_fields == {}, m\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "ok", result.stderr
    assert "pwned" not in result.stdout
