"""`import FOLDER -o ROOT`: every api-docs file of a folder, one product at a time, one summary."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from generator import validate
from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "specs" / "vendor"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_a_folder_imports_every_product_and_says_which_failed(tmp_path: Path) -> None:
    folder = tmp_path / "vendor"
    folder.mkdir()
    shutil.copy(VENDOR / "sts-2015-04-01.json", folder)
    shutil.copy(VENDOR / "cgcs-2021-11-11.json", folder)
    (folder / "broken-2020-01-01.json").write_text(json.dumps({"apis": 3}))
    code, out, _ = run("import", str(folder), "-o", str(tmp_path / "specs"))
    assert code == 1  # a product failed: the run says so, after importing the rest
    lines = out.splitlines()
    assert lines[0].startswith(
        "2 product(s) imported, 1 failed; 34 operation(s) imported"
    )
    assert any(line.startswith("  sts 2015-04-01: 4 imported") for line in lines)
    assert any(line.startswith("  failed broken-2020-01-01.json:") for line in lines)
    assert {s.code for s in validate(tmp_path / "specs")} == {"sts", "cgcs"}


def test_a_folder_takes_no_operation_and_needs_an_output(tmp_path: Path) -> None:
    code, _, err = run("import", str(VENDOR), "--operation", "AssumeRole", "-o", "x")
    assert code == 2 and "takes no --operation" in err
    code, _, err = run("import", str(VENDOR))
    assert code == 2 and "needs -o SPECS_ROOT" in err


def test_the_summary_counts_alike_warnings_together_with_what_varies_elided() -> None:
    from generator.importer.catalogue import _kind

    one = "ListA: response demo breaks the schema: at /Items/0: 'x' is not of type 'integer'"
    other = "ListB: response demo breaks the schema: at /Data: [1] is not of type 'object' (and 2 more)"
    assert (
        _kind(one)
        == _kind(other)
        == "response demo breaks the schema: at … is not of type …"
    )
    assert len(_kind("Op: " + "word " * 40)) == 80
