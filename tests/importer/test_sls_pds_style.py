"""SLS and PDS: styles of their own in the metadata, REST-style on the wire and signed their own
way. Each difference from the metadata is mapped explicitly (`log_drive.py`, `convert._path`);
these tests hold the mapping to the vendor files in `specs/vendor/` (a few operations each).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator import validate
from generator.importer import import_product


def load(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    return data


def imported(
    helpers: Any, tmp_path: Path, product: str, operations: list[str]
) -> tuple[Path, Any]:
    out = tmp_path / product
    report = import_product(helpers.api_docs(product), out, operations=operations)
    assert helpers.meta_schema_errors(out) == []
    assert helpers.generator_errors(out) == []
    return out, report


def test_sls_imports_as_rest_style_signed_with_its_own_log_signature(
    tmp_path: Path, helpers: Any
) -> None:
    out, report = imported(helpers, tmp_path, "sls-2020-12-30", ["GetLogStore"])
    assert report.skipped == []
    service = load(out, "service.yaml")
    assert service["style"] == "ROA"
    assert service["signing"] == {
        "default": "sls_v1",
        "supported": ["sls_v1", "sls_v4"],
    }
    assert "host_endpoint" not in service  # `<project>.<the region's endpoint>`
    assert list(service["error_response"]["properties"])[:2] == [
        "errorCode",
        "errorMessage",
    ]
    assert service["endpoints"]["cn-hangzhou"] == "cn-hangzhou.log.aliyuncs.com"


def test_the_sls_project_is_a_host_parameter(tmp_path: Path, helpers: Any) -> None:
    out, _ = imported(helpers, tmp_path, "sls-2020-12-30", ["GetLogStore"])
    operation = load(out, "GetLogStore.yaml")
    host = [p for p in operation["parameters"] if p["in"] == "host"]
    assert [(p["name"], p.get("required")) for p in host] == [("project", True)]
    assert operation["path"] == "/logstores/{logstore}"


def test_operations_without_a_project_go_to_the_bare_endpoint(
    tmp_path: Path, helpers: Any
) -> None:
    out, _ = imported(helpers, tmp_path, "sls-2020-12-30", ["ListProject"])
    operation = load(out, "ListProject.yaml")
    assert all(p["in"] != "host" for p in operation["parameters"])


def test_a_path_written_with_a_query_gives_a_fixed_query(
    tmp_path: Path, helpers: Any
) -> None:
    out, report = imported(
        helpers, tmp_path, "sls-2020-12-30", ["GetLogs", "SplitShard", "StartETL"]
    )
    assert report.skipped == []
    expected = {
        "GetLogs": ("/logstores/{logstore}", {"type": "log"}),
        "SplitShard": ("/logstores/{logstore}/shards/{shard}", {"action": "split"}),
        "StartETL": ("/etls/{etlName}", {"action": "START"}),
    }
    for name, (path, fixed) in expected.items():
        operation = load(out, f"{name}.yaml")
        assert (operation["path"], operation["fixed_query"]) == (path, fixed)


def test_a_one_valued_required_query_parameter_joins_the_fixed_query(
    tmp_path: Path, helpers: Any
) -> None:
    """GetContextLogs shares GetLogStore's `GET /logstores/{logstore}`; its SDK writes
    `?type=context_log` into the path."""
    out, report = imported(helpers, tmp_path, "sls-2020-12-30", ["GetContextLogs"])
    operation = load(out, "GetContextLogs.yaml")
    assert operation["fixed_query"] == {"type": "context_log"}
    assert "type" not in [p["name"] for p in operation["parameters"]]
    assert any("'type' has one value" in w for w in report.warnings)


def test_pds_imports_with_its_acs_signature_and_the_domain_in_the_host(
    tmp_path: Path, helpers: Any
) -> None:
    out, report = imported(
        helpers, tmp_path, "pds-2022-03-01", ["GetFile", "ListDomains", "Token"]
    )
    assert report.skipped == []
    service = load(out, "service.yaml")
    assert service["style"] == "ROA"
    assert service["signing"] == {"default": "pds_v1", "supported": ["pds_v1"]}
    assert service["host_endpoint"] == "api.aliyunpds.com"
    assert list(service["error_response"]["properties"])[:2] == ["code", "message"]
    get_file = load(out, "GetFile.yaml")
    assert [p["name"] for p in get_file["parameters"] if p["in"] == "host"] == [
        "domain_id"
    ]
    # Domain administration: the region's `<region>.admin.aliyunpds.com`, no domain.
    list_domains = load(out, "ListDomains.yaml")
    assert all(p["in"] != "host" for p in list_domains["parameters"])
    token = load(out, "Token.yaml")
    assert {p["in"] for p in token["parameters"]} == {"host", "formData"}


def test_the_specs_validate_and_generate_whole(tmp_path: Path, helpers: Any) -> None:
    for product in ("sls-2020-12-30", "pds-2022-03-01"):
        report = import_product(helpers.api_docs(product), tmp_path / product)
        assert report.skipped == []
    services = {s.code: s for s in validate(tmp_path)}
    assert len(services["sls"].operations) == 163
    assert len(services["pds"].operations) == 109
