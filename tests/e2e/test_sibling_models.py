"""The sibling operations SubmitAIImageJob and ListAIImageInfo, generated afresh and used as a consumer would.

The committed `generated/acs-vod` may already be imported as `acs_vod` in this session, so the freshly
generated package is exercised in a child interpreter with its own sys.path; each check prints one JSON
document that the test then inspects.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import generate, validate

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GOLDEN = SPECS / "vod" / "golden"


def golden(operation: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (GOLDEN / operation / f"{name}.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, hand_written: Path) -> Path:
    """The acs-vod project generated from the hand-written specs, once for this module."""
    out = tmp_path_factory.mktemp("sibling-generated")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(
            "ACS_SPECGEN_CACHE", str(tmp_path_factory.getbasetemp() / "format-cache")
        )
        generate(hand_written, out)
    path = out / "acs-vod"
    assert (path / "acs_vod" / "models" / "submit_ai_image_job.py").is_file()
    assert (path / "acs_vod" / "models" / "list_ai_image_info.py").is_file()
    return path


def run_in_child(project: Path, code: str) -> Any:
    """Run `code` with the generated project first on sys.path; return the JSON it prints last."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    env.pop("PYTHONSAFEPATH", None)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- The specs themselves -------------------------------------------------------------------------


def operations() -> dict[str, Any]:
    (service,) = [s for s in validate(SPECS) if s.code == "vod"]
    return {op.name: op for op in service.operations}


def test_the_sibling_specs_are_valid_and_describe_the_vendor_facts() -> None:
    ops = operations()
    submit, listing = ops["SubmitAIImageJob"], ops["ListAIImageInfo"]
    assert submit.access == "write" and submit.idempotent is False
    assert listing.access == "read" and listing.idempotent is True
    assert submit.regions == listing.regions == ("cn-beijing", "cn-shanghai")
    assert [(p.name, p.required, p.style) for p in submit.parameters] == [
        ("VideoId", True, None),
        ("AITemplateId", True, None),
        ("UserData", False, None),
        ("AIPipelineId", False, None),
    ]
    assert [(p.name, p.required) for p in listing.parameters] == [("VideoId", True)]
    assert submit.authorization[0]["action"] == "vod:SubmitAIImageJob"
    assert listing.authorization[0]["action"] == "vod:ListAIImageInfo"


def test_every_sibling_has_the_vendor_sample_and_an_error_golden() -> None:
    ops = operations()
    for name in ("SubmitAIImageJob", "ListAIImageInfo"):
        statuses = {g.name: g.status for g in ops[name].golden}
        assert statuses["page_sample"] == 200 and statuses["invalid_parameter"] == 400


# --- SubmitAIImageJob -----------------------------------------------------------------------------


def test_user_data_over_512_bytes_is_rejected_naming_user_data(project: Path) -> None:
    result = run_in_child(
        project,
        """
        import json
        from acs_vod import RequestValidationError
        from acs_vod.models.submit_ai_image_job import SubmitAIImageJobRequest

        def attempt(user_data):
            try:
                SubmitAIImageJobRequest(
                    video_id="357a8748c5774*****89d2726e6436aa",
                    ai_template_id="ef1a8842cb9f*****cea80cad902e416",
                    user_data=user_data,
                )
            except RequestValidationError as error:
                return {"message": str(error), "parameter": error.parameter, "code": error.code}
            return None

        prefix, suffix = '{"Extend":{"a":"', '"}}'
        fill = 512 - len(prefix) - len(suffix)
        print(json.dumps({
            "ascii_513": attempt(prefix + "x" * (fill + 1) + suffix),
            "ascii_512": attempt(prefix + "x" * fill + suffix),
            # 2 bytes of UTF-8 each: 256 characters' worth of bytes, counted as bytes not characters.
            "utf8_over": attempt(prefix + "\u00e9" * (fill // 2 + 1) + suffix),
            "absent": attempt(None),
        }))
        """,
    )
    refused = result["ascii_513"]
    assert refused is not None
    assert refused["message"].startswith("user_data (UserData)")
    assert "512" in refused["message"]
    assert refused["parameter"] == "UserData"
    assert refused["code"] == "InvalidParameter"
    assert result["utf8_over"] is not None and result["utf8_over"][
        "message"
    ].startswith("user_data (UserData)")
    assert result["ascii_512"] is None
    assert result["absent"] is None


def test_submit_request_travels_as_plain_query_strings(project: Path) -> None:
    result = run_in_child(
        project,
        """
        import json
        from acs_vod.models.submit_ai_image_job import SubmitAIImageJobRequest

        request = SubmitAIImageJobRequest(
            video_id="v1", ai_template_id="t1", user_data='{"Extend":{"k":"v"}}'
        )
        wire = request.to_wire()
        back = SubmitAIImageJobRequest.from_wire(dict(wire.query))
        print(json.dumps({"query": wire.query, "form": wire.form, "same": back == request}))
        """,
    )
    assert result == {
        "query": [
            ["VideoId", "v1"],
            ["AITemplateId", "t1"],
            ["UserData", '{"Extend":{"k":"v"}}'],
        ],
        "form": [],
        "same": True,
    }


@pytest.mark.parametrize("name", ["page_sample", "another_job"])
def test_submit_response_round_trips_losslessly(project: Path, name: str) -> None:
    data = golden("SubmitAIImageJob", name)
    result = run_in_child(
        project,
        f"""
        import json
        from acs_vod.models.submit_ai_image_job import SubmitAIImageJobResponse

        data = json.loads({json.dumps(json.dumps(data))})
        response = SubmitAIImageJobResponse.from_dict(data)
        print(json.dumps({{
            "job_id": response.job_id,
            "request_id": response.request_id,
            "text": json.dumps(response.to_dict()),
        }}))
        """,
    )
    assert result["job_id"] == data["JobId"]
    assert result["request_id"] == data["RequestId"]
    assert result["text"] == json.dumps(data)


# --- ListAIImageInfo ------------------------------------------------------------------------------

LIST_CHECK = """
import json
from acs_vod.models.list_ai_image_info import AIImageInfo, ListAIImageInfoResponse

data = json.loads({payload})
response = ListAIImageInfoResponse.from_dict(data)
images = response.ai_image_info_list or []
print(json.dumps({{
    "images": [
        {{
            "type": type(image).__name__,
            "score": image.score,
            "score_type": type(image.score).__name__,
            "creation_time": image.creation_time.isoformat() if image.creation_time else None,
            "format": str(image.format_.value) if image.format_ is not None else None,
            "format_known": image.format_.is_known if image.format_ is not None else None,
            "file_url": image.file_url,
            "job_id": image.job_id,
        }}
        for image in images
    ],
    "request_id": response.request_id,
    "text": json.dumps(response.to_dict()),
}}))
"""


def check_list(project: Path, data: dict[str, Any]) -> Any:
    return run_in_child(
        project, LIST_CHECK.format(payload=json.dumps(json.dumps(data)))
    )


def test_list_score_is_a_string_exactly_as_sent(project: Path) -> None:
    result = check_list(project, golden("ListAIImageInfo", "page_sample"))
    (image,) = result["images"]
    assert image["type"] == "AIImageInfo"
    assert image["score"] == "5.035636554444242" and image["score_type"] == "str"
    assert image["creation_time"] == "2020-10-15T03:30:03+00:00"
    assert image["format"] == "gif" and image["format_known"] is True
    assert image["job_id"] == "cf08a2c6e11ee1711b738b9067****"


def test_list_scores_keep_every_digit(project: Path) -> None:
    result = check_list(project, golden("ListAIImageInfo", "several_images"))
    assert [i["score"] for i in result["images"]] == ["7.25", "6", "4.500000000000001"]
    assert {i["score_type"] for i in result["images"]} == {"str"}
    assert [i["format"] for i in result["images"]] == ["gif", "gif", "png"]


@pytest.mark.parametrize("name", ["page_sample", "several_images", "empty_list"])
def test_list_response_round_trips_losslessly(project: Path, name: str) -> None:
    data = golden("ListAIImageInfo", name)
    result = check_list(project, data)
    assert result["text"] == json.dumps(data)
    assert result["request_id"] == data["RequestId"]
    assert len(result["images"]) == len(data["AIImageInfoList"])


def test_a_numeric_score_is_read_as_text_and_written_back_as_sent(
    project: Path,
) -> None:
    data = golden("ListAIImageInfo", "page_sample")
    data["AIImageInfoList"][0]["Score"] = 5.5
    data["AIImageInfoList"][0]["Format"] = "jpg"
    result = check_list(project, data)
    (image,) = result["images"]
    assert image["score"] == "5.5" and image["score_type"] == "str"
    assert image["format"] == "jpg" and image["format_known"] is False
    assert result["text"] == json.dumps(data)


def test_the_generated_sibling_tests_pass(project: Path, generated_tests: Any) -> None:
    done = generated_tests(project, "tests/test_goldens.py", "-rA")
    assert done.returncode == 0, done.stdout + done.stderr
    test = "tests/test_goldens.py::test_golden_response_round_trips_losslessly"
    for sibling in ("SubmitAIImageJob", "ListAIImageInfo"):
        assert f"PASSED {test}[{sibling}-page_sample]" in done.stdout
