"""Every product of the catalogue imports: each kind of defect met in Alibaba Cloud's metadata,
written as a small api-docs file, is repaired where it has one meaning and dropped with a
warning where it has none; the import never writes a spec that `validate` refuses, never loses a
whole product, and drops no response body."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import generate, validate
from generator.importer import import_catalogue, import_product

ApiDocs = Callable[..., Path]


def imported(source: Path, tmp_path: Path) -> tuple[Any, Path]:
    """Import `source`, validate the specs (raising if refused) and generate them."""
    specs = tmp_path / "specs"
    report = import_product(source, specs / "demo")
    validate(specs)
    out = tmp_path / "out"
    generate(specs, out)
    return report, out / "acs-demo"


def run(project: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


def demo(example: Any) -> str:
    return json.dumps([{"type": "json", "example": json.dumps(example)}])


def test_models_named_like_what_their_module_imports_do_not_shadow_it(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    names = ["OperationInfo", "Pager", "Waiter", "Any", "Sequence", "Mapping", "IO"]
    components = {
        name: {"type": "object", "properties": {"Id": {"type": "string"}}}
        for name in names
    }
    response = {
        "type": "object",
        "properties": {
            "RequestId": {"type": "string"},
            **{name: {"$ref": f"#/components/schemas/{name}"} for name in names},
        },
    }
    source = make_api_docs(
        {
            "ListThings": make_operation(
                "ListThings",
                responses={"200": {"schema": response}},
                responseDemo=demo({"RequestId": "r", "Pager": {"Id": "p"}}),
                parameters=[
                    {
                        "name": "PageNumber",
                        "in": "query",
                        "schema": {"type": "integer"},
                    },
                    {"name": "Datetime", "in": "query", "schema": {"type": "string"}},
                ],
            )
        },
        components=components,
    )
    _, project = imported(source, tmp_path)
    checked = run(
        project,
        "import acs_demo.models.list_things as m, acs_demo\n"
        "r = m.ListThingsResponse.from_dict({'RequestId': 'r', 'Pager': {'Id': 'p'}})\n"
        "assert m.OPERATION.name == 'ListThings'\n"
        "print(type(r.pager).__module__, r.pager.id_)\n",
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.split() == ["acs_demo.models._shared", "p"]


def test_a_boolean_example_written_with_a_newline_is_repaired(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    flag = {
        "name": "Force",
        "in": "query",
        "schema": {"type": "boolean", "example": "false\n"},
    }
    source = make_api_docs({"Stop": make_operation("Stop", parameters=[flag])})
    report, _ = imported(source, tmp_path)
    assert report.imported == ["Stop"]


@pytest.mark.parametrize("header", ["Content-Type", "Authorization", "x-acs-date"])
def test_a_header_the_signer_sets_is_dropped_with_a_warning_naming_it(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path, header: str
) -> None:
    parameters = [
        {"name": header, "in": "header", "schema": {"type": "string"}},
        {"name": "Name", "in": "query", "schema": {"type": "string"}},
    ]
    source = make_api_docs(
        {"Describe": make_operation("Describe", parameters=parameters, path="/things")},
        style="ROA",
    )
    report, _ = imported(source, tmp_path)
    assert report.imported == ["Describe"]
    assert any(
        "Describe" in w and header in w for w in report.warnings
    ), report.warnings


def test_a_path_parameter_missing_from_the_path_is_dropped_with_a_warning(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    parameters = [
        {"name": "ThingId", "in": "path", "schema": {"type": "string"}},
        {"name": "Other", "in": "path", "schema": {"type": "string"}},
    ]
    source = make_api_docs(
        {
            "GetThing": make_operation(
                "GetThing", parameters=parameters, path="/things/{ThingId}"
            )
        },
        style="ROA",
    )
    report, _ = imported(source, tmp_path)
    assert report.imported == ["GetThing"]
    assert any("GetThing" in w and "'Other'" in w for w in report.warnings)


def test_a_placeholder_of_the_path_without_its_parameter_gets_one(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    source = make_api_docs(
        {
            "GetThing": make_operation(
                "GetThing", parameters=[], path="/things/{ThingId}"
            )
        },
        style="ROA",
    )
    report, project = imported(source, tmp_path)
    assert report.imported == ["GetThing"]
    assert "thing_id: str" in (project / "acs_demo" / "_client.py").read_text()


def test_a_body_of_unknown_shape_is_sent_as_the_json_the_caller_gives(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    body = {"name": "body", "in": "body", "schema": {"description": "anything"}}
    source = make_api_docs(
        {
            "Push": make_operation(
                "Push", parameters=[body], path="/push", methods=["post"]
            )
        },
        style="ROA",
    )
    report, project = imported(source, tmp_path)
    assert report.imported == ["Push"]
    checked = run(
        project,
        "import json, acs_demo\nfrom acs_core.testing import Emulator\n"
        "with Emulator('acs_demo') as emu:\n"
        "    c = acs_demo.Client('cn-hangzhou', access_key_id='testid',"
        " access_key_secret='testsecret', endpoint=emu.endpoint)\n"
        "    c.push(body=[1, {'a': None}])\n"
        "    print(emu.requests[-1].body.decode())\n",
    )
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == [1, {"a": None}]


@pytest.mark.parametrize(
    ("responses", "answer"),
    [
        ({"200": {}}, {"Namespaces": ["a", "b"], "RequestId": "r"}),
        ({"200": {"schema": {"type": "string"}}}, "plain text"),
        ({"200": {"schema": {"type": "array", "items": {"type": "string"}}}}, ["a"]),
    ],
    ids=["no-schema", "a-string", "an-array-of-strings"],
)
def test_a_body_without_a_model_is_answered_as_the_decoded_json(
    make_api_docs: ApiDocs,
    make_operation: Any,
    tmp_path: Path,
    responses: dict[str, Any],
    answer: Any,
) -> None:
    source = make_api_docs(
        {
            "Describe": make_operation(
                "Describe", responses=responses, responseDemo=demo(answer)
            )
        }
    )
    report, project = imported(source, tmp_path)
    assert report.imported == ["Describe"]
    checked = run(
        project,
        "import json, acs_demo\nfrom acs_core.testing import Emulator\n"
        "with Emulator('acs_demo') as emu:\n"
        "    c = acs_demo.Client('cn-hangzhou', access_key_id='testid',"
        " access_key_secret='testsecret', endpoint=emu.endpoint)\n"
        "    print(json.dumps(c.describe(name='x')))\n",
    )
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == answer


def test_a_catalogue_run_imports_every_product_and_reports_the_one_it_cannot(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    make_api_docs({"Get": make_operation("Get")}, name="a-2020-01-01.json")
    broken = make_api_docs({}, name="b-2020-01-01.json")
    broken.write_text("{not json", encoding="utf-8")
    folder = broken.parent
    report = import_catalogue(folder, tmp_path / "specs")
    assert [r.imported for r in report.products] == [["Get"]]
    assert list(report.failed) == ["b-2020-01-01.json"]
    summary = report.summary()
    assert summary.startswith(
        "1 product(s) imported, 1 failed; 1 operation(s) imported"
    )
    assert "failed b-2020-01-01.json:" in summary
    validate(tmp_path / "specs")


def test_an_operation_the_validation_refuses_is_skipped_and_the_product_kept(
    make_api_docs: ApiDocs, make_operation: Any, tmp_path: Path
) -> None:
    # An RPC operation is sent to "/": a path parameter has nowhere to go.
    odd = {"name": "Id", "in": "path", "schema": {"type": "string"}}
    source = make_api_docs(
        {"Odd": make_operation("Odd", parameters=[odd]), "Fine": make_operation("Fine")}
    )
    report, _ = imported(source, tmp_path)
    assert report.imported == ["Fine"]
    (skipped,) = report.skipped
    assert skipped.operation == "Odd"
    assert "the generator's validation refuses it" in skipped.reason
    assert "/parameters/0/" in skipped.reason and "path parameter" in skipped.reason
    assert not (tmp_path / "specs" / "demo" / "Odd.yaml").exists()
