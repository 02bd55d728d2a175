"""Plan and render: literals and docstrings that are safe Python, the planned files and their
view models, and the renderer's errors."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import GenerationError, validate
from generator.plan.files import PlannedFile
from generator.plan.package import plan_service
from generator.python.literals import docstring, py_literal
from generator.render import render

ROOT = Path(__file__).resolve().parents[2]


# --- literals ---------------------------------------------------------------------------------


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


# --- plan and render ---------------------------------------------------------------------------


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


def test_render_fails_with_the_template_name_on_an_undefined_value() -> None:
    file = PlannedFile(PurePosixPath("x.py"), "service.py.jinja", {})
    with pytest.raises(
        GenerationError,
        match=r"service.py.jinja failed for x.py: 'service' is undefined",
    ):
        render(file)


def test_an_operation_named_like_a_client_member_gets_an_escaped_method(
    spec_copy: Path,
) -> None:
    from generator.plan.package import plan_service

    for name in ("GetAIImageJobs.yaml",):
        path = spec_copy / "vod" / name
        path.write_text(
            path.read_text().replace("operation: GetAIImageJobs", "operation: Close")
        )
        path.rename(spec_copy / "vod" / "Close.yaml")
    (service,) = validate(spec_copy)
    views = next(
        f for f in plan_service(service) if f.path.name == "_service.py"
    ).context["operations"]
    close = next(v for v in views if v.name == "Close")
    assert close.method_name == "close_" and close.module_name == "close"
