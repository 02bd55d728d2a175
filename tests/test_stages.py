"""Unit tests of the pipeline stages: load, literals, plan, render, format."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import GenerationError, SpecError, validate
from generator.format.formatter import Formatter
from generator.plan.files import PlannedFile
from generator.plan.package import plan_service
from generator.python.literals import docstring, py_literal
from generator.render import render
from generator.spec.load import load_yaml

ROOT = Path(__file__).resolve().parent.parent


# --- load ---------------------------------------------------------------------------------------


def test_load_maps_every_pointer_to_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  b:\n    - 1\n    - {c: 2}\n")
    source = load_yaml(path)
    assert source.data == {"a": {"b": [1, {"c": 2}]}}
    assert source.locate("/a/b/1/c") == (4, 11)
    assert source.locate("/a/b/7") == (3, 5)  # nearest ancestor: the list


def test_load_keeps_dates_as_text(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("updated: 2024-12-19\n")
    assert load_yaml(path).data == {"updated": "2024-12-19"}


def test_load_reports_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("")
    with pytest.raises(SpecError, match="the file is empty"):
        load_yaml(path)


def test_load_reports_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a: \xff\n")
    with pytest.raises(SpecError, match="not UTF-8 text"):
        load_yaml(path)


# --- literals -----------------------------------------------------------------------------------


@given(st.text())
def test_docstrings_hold_any_text_without_ending_early(text: str) -> None:
    literal = docstring(text)
    if literal is None:
        assert (
            not text.strip() or not "".join(c for c in text if c.isprintable()).strip()
        )
        return
    module = ast.parse(f"def f():\n    {literal}\n")
    body = module.body[0]
    assert isinstance(body, ast.FunctionDef) and len(body.body) == 1


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
    )
)
def test_literals_evaluate_back_to_the_value(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


# --- plan and render ----------------------------------------------------------------------------


def test_plan_lists_the_same_files_in_the_same_order_every_time() -> None:
    (service,) = validate(ROOT / "specs" / "vod")
    assert [f.path for f in plan_service(service)] == [
        f.path for f in plan_service(service)
    ]


def test_plan_turns_the_job_ids_limits_into_a_rule() -> None:
    (service,) = validate(ROOT / "specs" / "vod")
    models = next(
        f
        for f in plan_service(service)
        if f.path.name == "get_ai_image_jobs.py" and f.template
    )
    (param,) = models.context["operation"].params
    assert param.declaration.startswith("job_ids: Sequence[str] = _p.param(\n")
    for limit in ('style="simple"', "min_items=1", "max_items=10", "min_length=1"):
        assert limit in param.declaration


def test_render_fails_with_the_template_name_on_an_undefined_value() -> None:
    file = PlannedFile(PurePosixPath("x.py"), "service.py.jinja", {})
    with pytest.raises(
        GenerationError,
        match=r"service.py.jinja failed for x.py: 'service' is undefined",
    ):
        render(file)


# --- format -------------------------------------------------------------------------------------


def test_format_refuses_code_that_does_not_parse(tmp_path: Path) -> None:
    with pytest.raises(
        GenerationError, match=r"pkg/x.py:2: generated code does not parse"
    ):
        Formatter(tmp_path).format("x = 1\ndef (:\n", "pkg/x.py")


def test_format_reuses_cached_output_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatter = Formatter(tmp_path)
    assert formatter.format("x  =  1\n", "x.py") == "x = 1\n"
    import black

    def exploding(*args: object, **kwargs: object) -> str:
        raise AssertionError("black must not run for cached content")

    monkeypatch.setattr(black, "format_str", exploding)
    assert Formatter(tmp_path).format("x  =  1\n", "x.py") == "x = 1\n"


def test_a_corrupt_cache_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    formatter = Formatter(tmp_path)
    formatter.format("y  =  2\n", "y.py")
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    entry.write_text("def broken(:\n")
    assert Formatter(tmp_path).format("y  =  2\n", "y.py") == "y = 2\n"


def test_deeply_nested_yaml_is_reported_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(
        SpecError, match="nest"
    ):  # libyaml caps depth; pure PyYAML recurses
        load_yaml(path)


def test_a_module_formatted_block_by_block_equals_black_on_the_whole(
    tmp_path: Path,
) -> None:
    import black

    from generator.base.marks import MEMBER_MARK, TOP_LEVEL_MARK
    from generator.format.workers import _mode

    block, member = TOP_LEVEL_MARK + "\n", MEMBER_MARK + "\n"
    parts = [
        f'import os\n{block}class A:\n    """Doc."""\n\n    x  =  1\n',
        f"{member}    def f(self, a:int,b:str=   'x')->int:\n        return a\n",
        f"{member}    async def g(self):\n        yield 1\n\n    def h(self): pass\n",
        f"{block}class B(A):\n    pass\n",
    ]
    source = "".join(parts)
    whole = black.format_str(
        source.replace(block, "").replace(member, ""), mode=_mode()
    )
    assert Formatter(tmp_path).format(source, "m.py") == whole


def test_error_codes_of_single_operations_reach_the_client_s_table(
    spec_copy: Path,
) -> None:
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    path.write_text(
        path.read_text().replace(
            "golden:\n",
            "errors:\n  - {code: InvalidJob.NotFound, status: 400, kind: not_found}\ngolden:\n",
            1,
        )
    )
    (service,) = validate(spec_copy)
    planned = next(f for f in plan_service(service) if f.path.name == "_service.py")
    assignment = planned.context["service"]["assignment"]
    assert '"InvalidJob.NotFound": "not_found"' in assignment
    assert '"Throttling.User": "throttling"' in assignment


def test_a_run_with_every_file_cached_does_not_import_black(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "ACS_SPECGEN_CACHE": str(tmp_path / "cache")}
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "generator",
        "generate",
        str(ROOT / "specs"),
        "-o",
        str(tmp_path / "out"),
    ]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    warm = subprocess.run(
        command, env=env, check=True, capture_output=True, text=True, timeout=300
    )
    assert "| black" not in warm.stderr
