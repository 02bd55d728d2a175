"""Python names from wire names: deterministic, acronym-aware, always valid identifiers."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.python.names import (
    attribute_name,
    class_name,
    constant_name,
    method_name,
    snake_case,
)


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("AIImageJobList", "ai_image_job_list"),
        ("VideoId", "video_id"),
        ("CreationTime", "creation_time"),
        ("AIImageResult", "ai_image_result"),
        ("CallbackURL", "callback_url"),
        ("URL", "url"),
        ("OSSBucket", "oss_bucket"),
        ("JobIds", "job_ids"),
        ("HTTPSConfig", "https_config"),
        ("Tag.1.Key", "tag_1_key"),
        ("VideoIDs", "video_ids"),
        ("ImageURLs", "image_urls"),
        ("URIs", "uris"),
        ("DescribeVPCs", "describe_vpcs"),
        ("IPv6Address", "ipv6_address"),
        ("HTTPSettings", "http_settings"),
    ],
)
def test_snake_case_handles_acronyms(wire: str, python: str) -> None:
    assert snake_case(wire) == python


@pytest.mark.parametrize(
    ("wire", "python"),
    [("From", "from_"), ("Type", "type_"), ("ID", "id_"), ("Format", "format_")],
)
def test_keywords_and_builtins_are_escaped(wire: str, python: str) -> None:
    assert attribute_name(wire) == python


def test_dunders_lose_their_underscores() -> None:
    assert attribute_name("__class__") == "class_"


def test_model_methods_cannot_be_shadowed() -> None:
    assert attribute_name("ToDict") == "to_dict_"


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("AIImageJob", "AIImageJob"),
        ("ai_image-job", "AiImageJob"),
        ("Client", "ClientModel"),
        ("9x", "M9x"),
    ],
)
def test_class_names(wire: str, python: str) -> None:
    assert class_name(wire) == python


def test_enum_members() -> None:
    assert (
        constant_name("in-progress") == "IN_PROGRESS" and constant_name("1st") == "V1ST"
    )


@given(st.text(max_size=40))
def test_any_text_becomes_a_safe_identifier(text: str) -> None:
    for name in (attribute_name(text), class_name(text), constant_name(text)):
        assert name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


@pytest.mark.parametrize(
    ("operation", "method"),
    [("Close", "close_"), ("WithOptions", "with_options_"), ("Raw", "raw_")],
)
def test_operations_cannot_take_the_client_s_own_member_names(
    operation: str, method: str
) -> None:
    assert method_name(operation) == method


def test_model_properties_cannot_be_shadowed_by_fields() -> None:
    assert attribute_name("UnknownFields") == "unknown_fields_"


def test_nested_models_are_named_after_their_property_when_that_is_free() -> None:
    from generator.plan.types import ModuleTypes, model_for

    def model(**properties: object) -> dict[str, object]:
        return {"type": "object", "properties": properties}

    schema = model(
        UsageData={"type": "array", "items": model(Value=model(A={"type": "string"}))},
        Other=model(Value=model(B={"type": "string"})),
    )
    types = ModuleTypes()
    model_for(schema, "DescribeXResponse", types)
    # A second, different `Value` falls back to the name qualified by where it sits.
    assert list(types.models) == [
        "DescribeXResponse",
        "UsageDataItem",
        "Value",
        "Other",
        "OtherValue",
    ]
