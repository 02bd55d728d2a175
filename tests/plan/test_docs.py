"""The reference docs of a generated package: docs/index.md and one page per operation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import check, generate
from generator.plan.docs import ERROR_CLASSES, error_kind
from generator.plan.package import plan_service
from generator.render import render
from generator.spec.model import ErrorCode
from generator.spec.validate import load_specs

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "generated" / "acs-vod"
DOCS = PROJECT / "docs"
OPERATIONS = ("GetAIImageJobs", "ListAIImageInfo", "SubmitAIImageJob")  # hand-written
EVERY_OPERATION = sorted(
    path.stem
    for path in (ROOT / "specs" / "vod").glob("*.yaml")
    if path.name != "service.yaml"
)


def section(markdown: str, heading: str) -> str:
    """The text under `heading` (a whole heading line), up to the next heading as deep or less.

    Lines inside fenced code blocks are never headings (a `# comment` in an example).
    """
    level = len(heading) - len(heading.lstrip("#"))
    lines = markdown.splitlines()
    start = lines.index(heading) + 1
    fenced = False
    for end in range(start, len(lines)):
        if lines[end].startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(rf"^#{{1,{level}}} ", lines[end]):
            return "\n".join(lines[start:end])
    return "\n".join(lines[start:])


def table(markdown: str) -> list[dict[str, str]]:
    """The first Markdown table of `markdown`, as one mapping of header to cell per row."""
    lines = markdown.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[first:]:
        if not line.startswith("|"):
            break
        rows.append(line)

    def cells(line: str) -> list[str]:
        parts = re.split(r"(?<!\\)\|", line.strip()[1:-1])
        return [part.strip().replace("\\|", "|") for part in parts]

    header = cells(rows[0])
    assert set(rows[1]) <= set("|-"), "the second line separates the header"
    body = []
    for line in rows[2:]:
        row = cells(line)
        assert len(row) == len(header), f"a row of {len(row)} cells: {line}"
        body.append(dict(zip(header, row, strict=True)))
    return body


def page(operation: str) -> str:
    return (DOCS / f"{operation}.md").read_text(encoding="utf-8")


def facts(operation: str) -> dict[str, str]:
    return {row["Fact"]: row["Value"] for row in table(page(operation))}


def test_every_operation_has_a_page_and_the_index_links_each_once() -> None:
    assert len(EVERY_OPERATION) == 170
    assert sorted(p.name for p in DOCS.iterdir()) == sorted(
        ["index.md", *(f"{name}.md" for name in EVERY_OPERATION)]
    )
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    reads = [row["Operation"] for row in table(section(index, "## Reads"))]
    writes = table(section(index, "## Writes"))
    linked = sorted(reads + [row["Operation"] for row in writes])
    assert linked == sorted(f"[{name}]({name}.md)" for name in EVERY_OPERATION)
    assert reads == sorted(reads, key=str.lower)  # by name, case aside
    assert "[GetAIImageJobs](GetAIImageJobs.md)" in reads
    assert "[ListAIImageInfo](ListAIImageInfo.md)" in reads
    assert {
        "Operation": "[SubmitAIImageJob](SubmitAIImageJob.md)",
        "Summary": "Submits an image AI processing job.",
        "RAM action": "`vod:SubmitAIImageJob`",
    } in writes


def test_a_page_states_the_operations_regions_ram_action_and_access_level() -> None:
    get = facts("GetAIImageJobs")
    assert get["Regions"] == "cn-beijing, cn-shanghai"
    assert get["RAM action"] == "`vod:GetAIImageJobs`"
    assert get["RAM resources"] == "`*`"
    assert get["Access level"].startswith("list (RAM); read only (`read_only`)")
    assert get["Python"] == (
        "`client.get_ai_image_jobs(...)`, returns `GetAIImageJobsResponse`"
    )
    assert get["Updated"] == "2024-12-19"
    submit = facts("SubmitAIImageJob")
    assert submit["Access level"].startswith("create (RAM); a write")


def test_an_operation_offered_everywhere_says_all_regions(spec_copy: Path) -> None:
    path = spec_copy / "vod" / "ListAIImageInfo.yaml"
    path.write_text(
        re.sub(r"^regions: .*\n", "", path.read_text(), count=1, flags=re.M)
    )
    pages = _pages(spec_copy)
    rows = table(pages["ListAIImageInfo.md"])
    regions = next(row["Value"] for row in rows if row["Fact"] == "Regions")
    assert regions.startswith("all regions of the service: cn-beijing, cn-shanghai,")


def test_parameters_show_python_and_wire_names_location_type_and_limits() -> None:
    (job_ids,) = table(section(page("GetAIImageJobs"), "## Parameters"))
    assert job_ids["Python name"] == "`job_ids`"
    assert job_ids["Wire name"] == "`JobIds`"
    assert job_ids["In"] == "query (simple)"
    assert job_ids["Type"] == "`Sequence[str]`"
    assert job_ids["Required"] == "yes"
    assert job_ids["Limits"] == "1 to 10 items; each item: at least 1 character"
    assert job_ids["Description"].startswith("The ID of the image AI processing job.")
    rows = table(section(page("SubmitAIImageJob"), "## Parameters"))
    user_data = next(row for row in rows if row["Wire name"] == "`UserData`")
    assert user_data["Required"] == "no"
    assert "at most 512 bytes (UTF-8)" in user_data["Limits"]


def test_the_response_tree_nests_every_model_once_with_its_fields() -> None:
    response = section(page("GetAIImageJobs"), "## Response")
    tree = [line for line in response.splitlines() if line.lstrip().startswith("- ")]
    assert tree == [
        "- [GetAIImageJobsResponse](#getaiimagejobsresponse)",
        "  - [AIImageJob](#aiimagejob) in `ai_image_job_list`",
        "    - [AIImageResultItem](#aiimageresultitem) in `ai_image_result`",
        "    - [UserData](#userdata) in `user_data`",
        "      - [MessageCallback](#messagecallback) in `message_callback`",
        "    - [TemplateConfig](#templateconfig) in `template_config`",
    ]
    job = {row["Field"]: row for row in table(section(response, "### AIImageJob"))}
    assert job["`status`"]["Wire name"] == "`Status`"
    assert job["`status`"]["Type"] == "`AIImageJobStatus | None`"
    assert "one of `success`, `fail`" in job["`status`"]["Description"]
    assert job["`creation_time`"]["Type"] == "`datetime | None`"
    assert job["`user_data`"]["Type"] == (
        "`JsonText[UserData] | None` [UserData](#userdata)"
    )


def test_errors_are_listed_with_their_kinds_and_exception_classes() -> None:
    errors = {
        row["Code"]: row for row in table(section(page("GetAIImageJobs"), "## Errors"))
    }
    assert errors["`Throttling.User`"]["Kind"] == "throttling"
    assert errors["`Throttling.User`"]["Raised as"] == "`ThrottlingError`"
    assert errors["`Forbidden.RAM`"]["HTTP status"] == "403"
    assert errors["`Forbidden.RAM`"]["Raised as"] == "`PermissionDeniedError`"
    assert errors["`InternalError`"]["Documented for"] == "every operation"


def test_the_docs_error_classes_are_the_runtimes() -> None:
    from acs_core import errors

    assert ERROR_CLASSES == {
        kind: cls.__name__ for kind, cls in errors.ERROR_CLASSES.items()
    }
    for status in (400, 401, 403, 404, 409, 429, 500, 503):
        undeclared = ErrorCode("Some.Code", status, None, None)
        assert error_kind(undeclared, {}) == errors.kind_for_status(status)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_each_pages_example_runs_against_the_emulator(operation: str) -> None:
    example = section(page(operation), "## Example")
    (source,) = re.findall(r"```python\n(.*?)```", example, flags=re.S)
    result = subprocess.run(
        [sys.executable, "-c", source],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "RequestId" in result.stdout


def test_a_derived_ram_action_is_marked_on_its_page(spec_copy: Path) -> None:
    path = spec_copy / "vod" / "ListAIImageInfo.yaml"
    path.write_text(
        re.sub(r"^authorization:\n(?:  .*\n)+", "", path.read_text(), flags=re.M)
    )
    rows = table(_pages(spec_copy)["ListAIImageInfo.md"])
    action = next(row["Value"] for row in rows if row["Fact"] == "RAM action")
    assert action.startswith("`vod:ListAIImageInfo` (derived from the product code")


def test_spec_text_cannot_break_a_table_or_inject_html(spec_copy: Path) -> None:
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    text = path.read_text().replace(
        "      The ID of the image AI processing job. You can obtain",
        "      A | B <script>alert(1)</script> ``` `x` and\n      then. You can obtain",
    )
    path.write_text(text)
    markdown = _pages(spec_copy)["GetAIImageJobs.md"]
    (row,) = table(section(markdown, "## Parameters"))
    assert row["Description"].startswith("A | B &lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<script>" not in markdown


def test_docs_are_the_same_bytes_under_any_hash_seed(spec_copy: Path) -> None:
    script = (
        "import hashlib, sys\n"
        "from pathlib import Path\n"
        "from generator.plan.package import plan_service\n"
        "from generator.render import render\n"
        "from generator.spec.validate import load_specs\n"
        "(service,) = load_specs(Path(sys.argv[1]))\n"
        "pages = sorted((str(p.path), render(p)) for p in plan_service(service)"
        " if p.path.parent.name == 'docs')\n"
        "print(len(pages), hashlib.sha256(repr(pages).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, str(spec_copy)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(digests) == 1 and int(digests.pop().split()[0]) > 0


def test_check_reports_a_doc_page_edited_by_hand(
    spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(spec_copy, out)
    edited = out / "acs-vod" / "docs" / "GetAIImageJobs.md"
    edited.write_text(edited.read_text().replace("Queries jobs", "Finds jobs"))
    drift = check(spec_copy, out)
    assert not drift.clean
    assert [str(path) for path in drift.changed] == ["acs-vod/docs/GetAIImageJobs.md"]


def _pages(specs: Path) -> dict[str, str]:
    (service,) = load_specs(specs)
    return {
        planned.path.name: render(planned)
        for planned in plan_service(service)
        if planned.path.parent.name == "docs"
    }
