"""Validation: every broken spec is reported as file:line:col: pointer: message, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import SpecError, validate

OPERATION = "vod/GetAIImageJobs.yaml"
SERVICE = "vod/service.yaml"


def break_spec(specs: Path, relative: str, old: str, new: str) -> list[str]:
    path = specs / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        validate(specs)
    return [str(d).replace(str(specs) + "/", "") for d in caught.value.diagnostics]


def line_of(specs: Path, relative: str, needle: str) -> int:
    lines = (specs / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def test_the_committed_specs_are_valid() -> None:
    services = validate(Path(__file__).resolve().parents[2] / "specs")
    assert [op.name for op in services[0].operations][:1] == [
        "GetAIImageJobs"
    ] or services


def test_unknown_key_is_an_error_with_its_line(spec_copy: Path) -> None:
    errors = break_spec(spec_copy, OPERATION, "access: read", "acess: read")
    line = line_of(spec_copy, OPERATION, "acess: read")
    assert (
        f"{OPERATION}:{line}:8: /acess: unknown key 'acess' (did you mean 'access'?)"
        in errors
    )


def test_wrong_type_names_file_line_and_pointer(spec_copy: Path) -> None:
    errors = break_spec(spec_copy, OPERATION, "maxItems: 10", "maxItems: ten")
    line = line_of(spec_copy, OPERATION, "maxItems: ten")
    assert (
        f"{OPERATION}:{line}:17: /parameters/0/schema/maxItems: 'ten' is not of type 'integer'"
        in errors
    )


def test_min_greater_than_max_is_reported(spec_copy: Path) -> None:
    errors = break_spec(spec_copy, OPERATION, "minItems: 1", "minItems: 11")
    line = line_of(spec_copy, OPERATION, "minItems: 11")
    assert (
        f"{OPERATION}:{line}:17: /parameters/0/schema/minItems: minItems (11) is greater than maxItems (10)"
        in errors
    )


def test_example_that_breaks_its_own_schema_is_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy, OPERATION, "examples: [success]", "examples: [succeeded]"
    )
    assert any(
        "/Status/examples/0: example: 'succeeded' is not one of ['success', 'fail']"
        in e
        for e in errors
    ), errors


def test_parameter_example_is_checked_in_wire_form(spec_copy: Path) -> None:
    old = "    example: cf08a2c6e11e*****de1711b738b9067\n    schema:"
    errors = break_spec(spec_copy, OPERATION, old, "    example: a,,b\n    schema:")
    assert any(
        "/parameters/0/example: example/1: '' should be non-empty" in e for e in errors
    ), errors


def test_golden_response_that_breaks_the_schema_names_the_golden_file(
    spec_copy: Path,
) -> None:
    golden = "vod/golden/GetAIImageJobs/several_jobs.json"
    errors = break_spec(spec_copy, golden, '"Status": "fail"', '"Status": 3')
    assert (
        f"{golden}:17:17: /AIImageJobList/1/Status: 3 is not of type 'string'" in errors
    )


def test_json_text_inside_a_golden_is_checked_against_its_content_schema(
    spec_copy: Path,
) -> None:
    golden = "vod/golden/GetAIImageJobs/page_sample.json"
    errors = break_spec(
        spec_copy, golden, '\\"Score\\":5.035636554444242', '\\"Score\\":\\"high\\"'
    )
    assert any(
        e.startswith(f"{golden}:7:")
        and "/AIImageJobList/0/AIImageResult: inside its JSON text at /0/Score: 'high'"
        in e
        for e in errors
    ), errors


def test_user_data_over_512_bytes_is_rejected(spec_copy: Path) -> None:
    golden = "vod/golden/GetAIImageJobs/page_sample.json"
    errors = break_spec(
        spec_copy, golden, '\\"test\\":\\"www\\"', '\\"test\\":\\"' + "w" * 600 + '\\"'
    )
    assert any(
        "/AIImageJobList/0/UserData: is 639 bytes long, more than the 512 bytes allowed"
        in e
        for e in errors
    ), errors


def test_error_golden_is_checked_against_the_error_schema(spec_copy: Path) -> None:
    golden = "vod/golden/GetAIImageJobs/invalid_parameter.json"
    errors = break_spec(spec_copy, golden, '"Code": "InvalidParameter",', "")
    assert f"{golden}:1:1: /: 'Code' is a required property" in errors


def test_names_that_collide_in_python_are_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy,
        OPERATION,
        "          JobId:\n",
        "          Job_Id:\n            type: string\n          JobId:\n",
    )
    assert any(
        "'JobId' and 'Job_Id' both become the Python name 'job_id'" in e for e in errors
    ), errors


def test_missing_golden_file_is_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy,
        OPERATION,
        "file: golden/GetAIImageJobs/empty_list.json",
        "file: golden/nope.json",
    )
    assert any(
        "/golden/3/file: golden file 'golden/nope.json' does not exist" in e
        for e in errors
    ), errors


def test_golden_file_outside_the_spec_folder_is_refused(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy,
        OPERATION,
        "file: golden/GetAIImageJobs/empty_list.json",
        "file: golden/../../etc.json",
    )
    assert any(
        "/golden/3/file: golden file must lie inside the spec folder" in e
        for e in errors
    ), errors


def test_region_without_endpoint_is_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy,
        OPERATION,
        "regions: [cn-beijing, cn-shanghai]",
        "regions: [cn-beijing, mars-north-1]",
    )
    assert any(
        "/regions/1: region 'mars-north-1' has no endpoint in service.yaml" in e
        for e in errors
    ), errors


def test_python_tags_are_refused_not_constructed(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy,
        OPERATION,
        "summary: Queries",
        "summary: !!python/object/apply:os.system [echo hacked]\nx: Queries",
    )
    assert any(
        "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'" in e
        for e in errors
    ), errors


def test_duplicate_keys_are_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy, OPERATION, "access: read", "access: read\naccess: write"
    )
    line = line_of(spec_copy, OPERATION, "access: write")
    assert f"{OPERATION}:{line}:1: /access: duplicate key 'access'" in errors


def test_yaml_alias_bomb_is_stopped(spec_copy: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    errors = break_spec(
        spec_copy,
        OPERATION,
        "operation: GetAIImageJobs\n",
        "operation: GetAIImageJobs\n" + bomb,
    )
    assert any("expands to more than" in e for e in errors), errors


def test_invalid_yaml_reports_its_position(spec_copy: Path) -> None:
    errors = break_spec(spec_copy, OPERATION, "access: read", "access: [read")
    assert any(
        e.startswith(f"{OPERATION}:") and "invalid YAML" in e for e in errors
    ), errors


def test_every_problem_is_reported_at_once(spec_copy: Path) -> None:
    break_spec(spec_copy, SERVICE, "title: ApsaraVideo VOD", "title: 7")
    errors = break_spec(spec_copy, OPERATION, "access: read", "access: sometimes")
    assert any(e.startswith(SERVICE) for e in errors) and any(
        e.startswith(OPERATION) for e in errors
    ), errors


def test_operation_file_must_be_named_after_the_operation(spec_copy: Path) -> None:
    (spec_copy / OPERATION).rename(spec_copy / "vod/Other.yaml")
    with pytest.raises(SpecError) as caught:
        validate(spec_copy)
    assert any(
        "operation 'GetAIImageJobs' must live in GetAIImageJobs.yaml" in str(d)
        for d in caught.value.diagnostics
    )


def test_a_recursive_yaml_alias_is_reported_not_a_crash(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy, OPERATION, "related: [ListAIImageInfo]", "related: &loop [*loop]"
    )
    assert any("/related/0: recursive YAML alias" in e for e in errors), errors


def test_a_service_title_may_not_hold_control_characters(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy, SERVICE, "title: ApsaraVideo VOD", 'title: "VOD\\"\\n[evil]"'
    )
    assert any(e.startswith(f"{SERVICE}:") and "/title:" in e for e in errors), errors


def test_a_batch_method_may_not_take_an_operation_s_method_name(
    spec_copy: Path,
) -> None:
    other = (spec_copy / "vod" / "ListAIImageInfo.yaml").read_text()
    (spec_copy / "vod" / "IterAIImageJobs.yaml").write_text(
        other.replace("operation: ListAIImageInfo", "operation: IterAIImageJobs")
    )
    with pytest.raises(SpecError) as caught:
        validate(spec_copy)
    assert any(
        "/batch/method: 'iter_ai_image_jobs' is already a method of the client"
        in str(d)
        for d in caught.value.diagnostics
    )


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


def test_tagged_or_malformed_mapping_keys_are_reported(spec_copy: Path) -> None:
    errors = break_spec(
        spec_copy, OPERATION, "access: read", "access: read\n!foo odd: 1\n!!float x: 2"
    )
    assert any("unsupported YAML tag '!foo'" in e for e in errors), errors
    assert any("invalid float" in e for e in errors), errors


def test_two_operations_may_not_declare_the_same_batch_method(spec_copy: Path) -> None:
    text = (spec_copy / OPERATION).read_text()
    (spec_copy / "vod" / "GetAIImageJobz.yaml").write_text(
        text.replace("operation: GetAIImageJobs", "operation: GetAIImageJobz")
    )
    with pytest.raises(SpecError) as caught:
        validate(spec_copy)
    assert any(
        "'iter_ai_image_jobs' is already a method of the client: "
        "the batch method of GetAIImageJobs" in str(d)
        for d in caught.value.diagnostics
    )
