"""Importing the vendor's real api-docs files: counts, validity, determinism, the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer import ImportReport, emit, import_product
from generator.importer.__main__ import main

PRODUCTS = [
    "sts-2015-04-01",
    "vod-2017-03-21",
    "imm-2020-09-30",
    "cgcs-2021-11-11",
    "cs-2015-12-15",
    "elasticsearch-2017-06-13",
    "eas-2021-07-01",
    "ocr-api-2021-07-07",
    "fc-2023-03-30",
    "fc-open-2021-04-06",
    "aligenie-ip_1.0",
    "aligenie-iap_1.0",
    "aligenie-ssp_1.0",
]
# What each product gives today (operations, goldens); a change here is a change in behaviour.
EXPECTED = {
    "sts-2015-04-01": (4, 4),
    "vod-2017-03-21": (170, 172),
    "imm-2020-09-30": (100, 100),
    "cgcs-2021-11-11": (30, 30),
    # operations, goldens (success and error demos kept)
    "cs-2015-12-15": (117, 115),
    "elasticsearch-2017-06-13": (196, 193),
    "eas-2021-07-01": (74, 74),
    "ocr-api-2021-07-07": (74, 74),
    # FC and AliGenie: REST-style on the wire (204 deletes' demos kept as 204 goldens)
    "fc-2023-03-30": (54, 54),
    "fc-open-2021-04-06": (66, 66),
    "aligenie-ip_1.0": (96, 93),
    "aligenie-iap_1.0": (16, 16),
    "aligenie-ssp_1.0": (71, 71),
}


def test_sts_imports_fully(tmp_path: Path, helpers: Any) -> None:
    report = import_product(helpers.api_docs("sts-2015-04-01"), tmp_path)

    assert report.imported == [
        "AssumeRole",
        "AssumeRoleWithSAML",
        "AssumeRoleWithOIDC",
        "GetCallerIdentity",
    ]
    assert report.skipped == []
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == [
        "AssumeRole.yaml",
        "AssumeRoleWithOIDC.yaml",
        "AssumeRoleWithSAML.yaml",
        "GetCallerIdentity.yaml",
        "service.yaml",
    ]
    assert helpers.meta_schema_errors(tmp_path) == []
    assert helpers.generator_errors(tmp_path) == []
    service = yaml.safe_load((tmp_path / "service.yaml").read_text(encoding="utf-8"))
    assert service["service"] == "sts"
    assert service["package"] == {
        "distribution": "acs-sts",
        "import_name": "acs_sts",
        "version": "0.1.0",
    }
    assert service["signing"] == {"default": "v3", "supported": ["v3", "v2"]}
    assert service["endpoints"]["cn-hangzhou"] == "sts.cn-hangzhou.aliyuncs.com"
    role = yaml.safe_load((tmp_path / "AssumeRole.yaml").read_text(encoding="utf-8"))
    assert role["methods"] == ["POST", "GET"]
    errors = {e["code"]: (e["status"], e["kind"]) for e in role["errors"]}
    assert errors["InvalidParameter.RoleArn"] == (400, "validation")
    assert errors["NoPermission"] == (403, "permission")
    assert errors["EntityNotExist.Role"] == (404, "not_found")
    assert errors["InternalError"] == (500, "server")
    duration = next(p for p in role["parameters"] if p["name"] == "DurationSeconds")
    # The vendor writes every example as text; the typed example is coerced, the wire one kept.
    assert duration["example"] == "3600"
    assert duration["schema"] == {
        "type": "integer",
        "format": "int64",
        "examples": [3600],
    }
    expiration = role["response"]["properties"]["Credentials"]["properties"][
        "Expiration"
    ]
    assert expiration["format"] == "date-time"
    # Anonymous and OIDC operations cannot be expressed yet: the report says so.
    assert any("AssumeRoleWithSAML" in w and "Anonymous" in w for w in report.warnings)


def test_one_vod_operation(tmp_path: Path, helpers: Any) -> None:
    report = import_product(
        helpers.api_docs("vod-2017-03-21"), tmp_path, operations=["GetAIImageJobs"]
    )

    assert report.imported == ["GetAIImageJobs"]
    assert report.goldens == ["golden/GetAIImageJobs/vendor_example.json"]
    assert helpers.tree(tmp_path).keys() == {
        "service.yaml",
        "GetAIImageJobs.yaml",
        "golden/GetAIImageJobs/vendor_example.json",
    }
    assert helpers.meta_schema_errors(tmp_path) == []
    assert helpers.generator_errors(tmp_path) == []
    spec = yaml.safe_load(
        (tmp_path / "GetAIImageJobs.yaml").read_text(encoding="utf-8")
    )
    assert spec["access"] == "read"
    assert spec["parameters"][0]["name"] == "JobIds"
    assert spec["parameters"][0]["required"] is True
    text = (tmp_path / "GetAIImageJobs.yaml").read_text(encoding="utf-8")
    assert text.startswith(emit.HEADER_MARK + " from vod-2017-03-21.json.\n")


def test_a_second_operation_keeps_the_first(tmp_path: Path, helpers: Any) -> None:
    source = helpers.api_docs("imm-2020-09-30")
    import_product(source, tmp_path, operations=["IndexFileMeta"])
    report = import_product(source, tmp_path, operations=["CreateProject"])

    assert (tmp_path / "IndexFileMeta.yaml").is_file()
    # The service's models still serve the operation imported earlier.
    assert "InputFile" in report.models
    assert helpers.generator_errors(tmp_path) == []


# Page iterators inferred from each product's metadata (page_number, next_token), and the
# operations whose paging the metadata leaves ambiguous (no overlay applied here).
PAGING = {
    "sts-2015-04-01": ((0, 0), []),
    "vod-2017-03-21": ((15, 0), ["SearchMedia"]),
    "imm-2020-09-30": ((0, 11), ["SimpleQuery"]),
    "cgcs-2021-11-11": ((3, 1), []),
    "cs-2015-12-15": ((5, 1), []),
    "elasticsearch-2017-06-13": ((24, 0), []),
    "eas-2021-07-01": ((9, 0), []),
    "ocr-api-2021-07-07": (
        (0, 0),
        [
            "RecognizeAllText",
            "RecognizeDocumentStructure",
            "RecognizeInvoice",
            "RecognizeMixedInvoices",
        ],
    ),
    # FC 3.0's lists answer shared models (`$ref`), which paging inference does not enter.
    "fc-2023-03-30": ((0, 0), []),
    "fc-open-2021-04-06": ((0, 14), []),
    # AliGenie's `Page` is a json-style object ({PageNumber, PageSize}), not a number.
    "aligenie-ip_1.0": (
        (1, 0),
        [
            "ListCustomQA",
            "ListHotelSceneBookItems",
            "ListHotels",
            "ListServiceQA",
            "ListTickets",
        ],
    ),
    "aligenie-iap_1.0": ((0, 0), []),
    "aligenie-ssp_1.0": ((0, 0), ["ListSub"]),
}


@pytest.mark.slow
@pytest.mark.parametrize("product", PRODUCTS)
def test_whole_products_import_and_validate(
    product: str, tmp_path: Path, helpers: Any
) -> None:
    report = import_product(helpers.api_docs(product), tmp_path)

    operations, goldens = EXPECTED[product]
    assert (len(report.imported), len(report.goldens)) == (
        operations,
        goldens,
    ), report.summary()
    assert report.skipped == []
    (page_number, next_token), ambiguous = PAGING[product]
    styles = list(report.paginated.values())
    assert (styles.count("page_number"), styles.count("next_token")) == (
        page_number,
        next_token,
    )
    assert sorted(report.paging_ambiguous) == ambiguous
    assert helpers.meta_schema_errors(tmp_path) == []
    assert helpers.generator_errors(tmp_path) == []
    for path in tmp_path.glob("*.yaml"):
        assert emit.is_imported(path)


@pytest.mark.slow
@pytest.mark.parametrize(
    "product",
    [
        "vod-2017-03-21",
        "imm-2020-09-30",
        "cs-2015-12-15",
        "ocr-api-2021-07-07",
        "fc-open-2021-04-06",
        "aligenie-ssp_1.0",
    ],
)
def test_import_is_deterministic(product: str, tmp_path: Path, helpers: Any) -> None:
    source = helpers.api_docs(product)
    import_product(source, tmp_path / "a")
    import_product(source, tmp_path / "b")
    again = import_product(source, tmp_path / "a")

    assert helpers.tree(tmp_path / "a") == helpers.tree(tmp_path / "b")
    assert again.files_written == []
    assert again.files_unchanged == len(helpers.tree(tmp_path / "a"))


def test_written_yaml_reads_back_to_the_same_text(tmp_path: Path, helpers: Any) -> None:
    import_product(helpers.api_docs("cgcs-2021-11-11"), tmp_path)
    for path in sorted(tmp_path.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        head = "".join(text.splitlines(keepends=True)[:2])
        data = yaml.safe_load(text)
        again = (
            emit.service_text(data, head)
            if path.name == "service.yaml"
            else emit.operation_text(data, head)
        )
        assert again == text, path.name


def test_parameter_styles_are_kept(tmp_path: Path, helpers: Any) -> None:
    import_product(
        helpers.api_docs("cgcs-2021-11-11"),
        tmp_path,
        operations=["ListInstances", "CreateAppSession", "CreateAdaptation"],
    )

    def parameter(operation: str, name: str) -> dict[str, Any]:
        spec = yaml.safe_load((tmp_path / f"{operation}.yaml").read_text("utf-8"))
        found: dict[str, Any] = next(p for p in spec["parameters"] if p["name"] == name)
        return found

    instance_id = parameter("ListInstances", "InstanceId")
    assert (instance_id["style"], instance_id["schema"]["maxItems"]) == (
        "repeatList",
        100,
    )
    assert parameter("CreateAppSession", "StartParameters")["style"] == "flat"
    target = parameter("CreateAdaptation", "AdaptTarget")
    assert (target["style"], target["in"]) == ("json", "formData")
    assert target["schema"]["properties"]["FrameRate"]["examples"] == [30]


def test_cli_prints_the_report(
    tmp_path: Path, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    source = helpers.api_docs("sts-2015-04-01")
    code = main([str(source), "-o", str(tmp_path), "--operation", "AssumeRole"])

    assert code == 0
    assert capsys.readouterr().out.startswith("sts 2015-04-01: 1 operation(s) imported")


def test_cli_reports_failures_without_a_traceback(
    tmp_path: Path, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    source = helpers.api_docs("sts-2015-04-01")
    code = main([str(source), "-o", str(tmp_path), "--operation", "AssumeRol"])

    assert code == 1
    err = capsys.readouterr().err
    assert "has no operation 'AssumeRol'; did you mean AssumeRole" in err
    assert "Traceback" not in err


def test_report_summary_lists_skips(tmp_path: Path) -> None:
    report = ImportReport("demo", "2020-01-01", imported=["A"])
    report.skip("B", "parameter 'X' travels in 'body'")
    report.warn("something odd")

    assert report.summary().splitlines()[1:] == [
        "  skipped B: parameter 'X' travels in 'body'",
        "  warning: something odd",
    ]
