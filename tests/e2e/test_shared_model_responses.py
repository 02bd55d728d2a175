"""An operation whose response is a shared model (`response: {$ref: '#/models/Token'}`, as 26 of
PDS's and 19 of SLS's are) answers a class of its own derived from that model: every field of
the model is typed on the response, and it is still an instance of the shared model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import json, sys
from acs_pds import TokenResponse
from acs_pds.models._shared import Token
golden = json.loads(open(sys.argv[1], encoding="utf-8").read())
Token.from_dict(golden)  # the base prepared first: its reader is not the response's
response = TokenResponse.from_dict(golden)
print(json.dumps({
    "derived": issubclass(TokenResponse, Token),
    "type": type(response).__name__,
    "access_token": response.access_token,
    "expires_in": response.expires_in,
    "lossless": response.to_dict() == golden,
}))
"""


def test_a_response_that_is_a_shared_model_reads_into_a_class_derived_from_it(
    tmp_path: Path,
) -> None:
    import_product(
        ROOT / "specs" / "vendor" / "pds-2022-03-01.json",
        tmp_path / "specs" / "pds",
        operations=["Token"],
    )
    spec = (tmp_path / "specs" / "pds" / "Token.yaml").read_text(encoding="utf-8")
    assert "$ref: '#/models/Token'" in spec  # the case this test is about
    generate(tmp_path / "specs", tmp_path / "out")
    project = tmp_path / "out" / "acs-pds"
    golden = project / "tests" / "golden" / "Token" / "vendor_example.json"
    data = json.loads(golden.read_text(encoding="utf-8"))
    data.update(access_token="at-1", expires_in=7200)
    golden_copy = tmp_path / "token.json"
    golden_copy.write_text(json.dumps(data), encoding="utf-8")
    paths = [str(project), str(tmp_path / "out" / "acs-core")]
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(golden_copy)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == {
        "derived": True,
        "type": "TokenResponse",
        "access_token": "at-1",
        "expires_in": 7200,
        "lossless": True,
    }


def test_the_reference_page_lists_the_shared_model_s_fields_on_the_response(
    tmp_path: Path,
) -> None:
    import_product(
        ROOT / "specs" / "vendor" / "pds-2022-03-01.json",
        tmp_path / "specs" / "pds",
        operations=["Token"],
    )
    generate(tmp_path / "specs", tmp_path / "out")
    page = (tmp_path / "out" / "acs-pds" / "docs" / "Token.md").read_text("utf-8")
    section = page.split("### TokenResponse", 1)[1].split("## Errors", 1)[0]
    assert "| `access_token` | `access_token` | `str \\| None` |" in section
