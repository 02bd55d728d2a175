"""Models read from the wire keep everything the service sent and give it back unchanged."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from acs_core import model as _m


class Status(_m.OpenEnum):
    DONE = "done"


class Item(_m.Model):
    url: str | None = _m.wire("URL")


class Job(_m.Model):
    job_id: str | None = _m.wire("JobId")
    status: Status | None = _m.wire("Status")
    created: datetime | None = _m.wire("CreationTime")
    count: int | None = _m.wire("Count")
    result: _m.JsonText[list[Item]] | None = _m.wire("Result")
    items: list[Item] | None = _m.wire("Items")


WIRE = {
    "JobId": "j1",
    "Status": "queued",
    "CreationTime": "2020-10-15T03:30:03Z",
    "Count": "12",
    "Result": '[{"URL": "http://a"}]',
    "Items": [{"URL": "http://b", "Extra": 1}],
    "Undeclared": {"kept": True},
}


def test_a_round_trip_gives_back_exactly_what_was_read() -> None:
    assert Job.from_dict(WIRE).to_dict() == WIRE


def test_fields_are_typed_and_unknown_values_tolerated() -> None:
    job = Job.from_dict(WIRE)
    assert job.created == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert job.status == "queued" and job.status is not None
    assert not job.status.is_known
    assert job.count == 12  # coerced losslessly; written back as "12"
    assert job.result is not None and job.result.value[0].url == "http://a"
    assert job.unknown_fields == {"Undeclared": {"kept": True}}


def test_a_changed_field_is_written_anew_and_the_rest_kept() -> None:
    job = Job.from_dict(WIRE)
    job.job_id = "j2"
    assert job.to_dict() == {**WIRE, "JobId": "j2"}


def test_a_value_that_breaks_its_type_is_kept_as_received() -> None:
    wire = {"CreationTime": {"not": "a date"}}
    job = Job.from_dict(wire)
    assert job.created is None and job.to_dict() == wire and job.raw == wire


class Address(_m.Model):
    bucket: str | None = _m.wire("Bucket")
    file_name: str | None = _m.wire("FileName")


class Upload(_m.Model):
    address: _m.Base64JsonText[Address] | None = _m.wire("UploadAddress")


def test_base64_json_text_decodes_to_its_typed_value_and_keeps_the_text() -> None:
    text = "eyJCdWNrZXQiOiAiYiIsICJGaWxlTmFtZSI6ICJzdi8xLm1wNCJ9"  # base64 of JSON
    upload = Upload.from_dict({"UploadAddress": text})
    assert upload.address is not None
    assert upload.address.value.bucket == "b"
    assert upload.address.value.file_name == "sv/1.mp4"
    assert upload.address.text == text
    assert upload.to_dict() == {"UploadAddress": text}


def test_base64_json_text_that_is_not_base64_fails_only_when_read() -> None:
    upload = Upload.from_dict({"UploadAddress": "not base64!"})
    assert upload.address is not None and upload.to_dict() == upload.raw
    with pytest.raises(_m.JsonTextError, match="not base64"):
        _ = upload.address.value


class Grant(_m.Model):
    key_id: str | None = _m.wire("KeyId")
    key_secret: str | None = _m.wire("KeySecret", secret=True)


def test_a_secret_field_is_read_and_written_but_left_out_of_the_repr() -> None:
    grant = Grant.from_dict({"KeyId": "id-1", "KeySecret": "s3cr3t"})
    assert grant.key_secret == "s3cr3t"
    assert grant.to_dict() == {"KeyId": "id-1", "KeySecret": "s3cr3t"}
    assert "s3cr3t" not in repr(grant) and "id-1" in repr(grant)


class GrantResponse(Grant):
    """A response that is a shared model: its own class, derived from the model."""


def test_a_model_derived_from_another_reads_into_itself_whichever_is_read_first() -> (
    None
):
    Grant.from_dict({"KeyId": "a"})  # the base installs its compiled reader first
    derived = GrantResponse.from_dict({"KeyId": "b", "Extra": 1})
    assert type(derived) is GrantResponse and derived.key_id == "b"
    assert derived.to_dict() == {"KeyId": "b", "Extra": 1}
    assert type(Grant.from_dict({"KeyId": "c"})) is Grant
