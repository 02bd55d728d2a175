"""The generated GetAIImageJobs models, imported and run as a consumer would."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from acs_vod import (
    GetAIImageJobsRequest,
    GetAIImageJobsResponse,
    RequestValidationError,
)
from acs_vod.models.get_ai_image_jobs import (
    AIImageJob,
    AIImageJobStatus,
    AIImageResultItem,
)

GOLDEN = (
    Path(__file__).resolve().parents[2] / "specs" / "vod" / "golden" / "GetAIImageJobs"
)


def golden(name: str) -> dict[str, object]:
    return json.loads((GOLDEN / f"{name}.json").read_text())


@pytest.fixture
def page_job() -> AIImageJob:
    response = GetAIImageJobsResponse.from_dict(golden("page_sample"))
    assert response.ai_image_job_list is not None
    return response.ai_image_job_list[0]


def test_names_are_pythonic() -> None:
    response = GetAIImageJobsResponse.from_dict(golden("page_sample"))
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert (
        response.ai_image_job_list is not None and len(response.ai_image_job_list) == 1
    )


def test_creation_time_is_a_timezone_aware_datetime(page_job: AIImageJob) -> None:
    assert page_job.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=UTC)


def test_status_is_an_enum(page_job: AIImageJob) -> None:
    assert page_job.status is AIImageJobStatus.SUCCESS


def test_unknown_status_values_are_tolerated_and_kept() -> None:
    data = golden("page_sample")
    data["AIImageJobList"][0]["Status"] = "processing"  # type: ignore[index]
    job = GetAIImageJobsResponse.from_dict(data).ai_image_job_list[0]  # type: ignore[index]
    assert (
        job.status == "processing"
        and job.status is not None
        and not job.status.is_known
    )
    assert GetAIImageJobsResponse.from_dict(data).to_dict() == data


def test_ai_image_result_is_decoded_into_typed_items_with_the_text_kept(
    page_job: AIImageJob,
) -> None:
    assert page_job.ai_image_result is not None
    (item,) = page_job.ai_image_result.value
    assert isinstance(item, AIImageResultItem)
    assert item.score == 5.035636554444242 and isinstance(item.score, float)
    assert item.url is not None and item.url.startswith(
        "http://outin-*****.oss-cn-shanghai"
    )
    assert page_job.ai_image_result.text == golden("page_sample")["AIImageJobList"][0]["AIImageResult"]  # type: ignore[index]


def test_user_data_and_template_config_are_decoded(page_job: AIImageJob) -> None:
    assert page_job.user_data is not None and page_job.user_data.value.extend == {
        "localId": "****",
        "test": "www",
    }
    assert page_job.template_config is not None
    assert page_job.template_config.value.format_ == "gif"  # a builtin name, escaped
    assert page_job.template_config.value.set_default_cover == "true"


def test_message_callback_user_data_is_typed() -> None:
    job = GetAIImageJobsResponse.from_dict(golden("failed_job")).ai_image_job_list[0]  # type: ignore[index]
    assert job.status is AIImageJobStatus.FAIL and job.code == "InvalidVideo.NoneStream"
    callback = job.user_data.value.message_callback  # type: ignore[union-attr]
    assert (
        callback is not None and callback.callback_url == "https://example.com/callback"
    )


@pytest.mark.parametrize(
    "name", ["page_sample", "failed_job", "several_jobs", "empty_list"]
)
def test_round_trip_is_lossless(name: str) -> None:
    data = golden(name)
    assert json.dumps(GetAIImageJobsResponse.from_dict(data).to_dict()) == json.dumps(
        data
    )


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = golden("page_sample")
    data["Extra"] = {"nested": [1, 2]}
    data["AIImageJobList"][0]["NewField"] = 7  # type: ignore[index]
    response = GetAIImageJobsResponse.from_dict(copy.deepcopy(data))
    assert response.unknown_fields == {"Extra": {"nested": [1, 2]}}
    assert response.to_dict() == data


def test_a_number_where_a_string_is_declared_is_coerced_and_written_back_as_sent() -> (
    None
):
    data = golden("page_sample")
    data["RequestId"] = 12345
    response = GetAIImageJobsResponse.from_dict(data)
    assert response.request_id == "12345"
    assert response.to_dict()["RequestId"] == 12345


def test_a_value_that_cannot_be_coerced_is_kept_raw_not_lost() -> None:
    data = golden("page_sample")
    data["AIImageJobList"][0]["CreationTime"] = {"odd": True}  # type: ignore[index]
    job = GetAIImageJobsResponse.from_dict(data).ai_image_job_list[0]  # type: ignore[index]
    assert job.creation_time is None and job.raw["CreationTime"] == {"odd": True}
    assert GetAIImageJobsResponse.from_dict(data).to_dict() == data


def test_malformed_json_text_does_not_stop_the_response_from_parsing() -> None:
    data = golden("page_sample")
    data["AIImageJobList"][0]["AIImageResult"] = "not json"  # type: ignore[index]
    job = GetAIImageJobsResponse.from_dict(data).ai_image_job_list[0]  # type: ignore[index]
    with pytest.raises(ValueError, match="not JSON text"):
        _ = job.ai_image_result.value  # type: ignore[union-attr]
    assert GetAIImageJobsResponse.from_dict(data).to_dict() == data


def test_changed_fields_are_written_in_wire_form(page_job: AIImageJob) -> None:
    page_job.creation_time = datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC)
    page_job.status = AIImageJobStatus.FAIL
    assert page_job.to_dict()["CreationTime"] == "2021-01-02T03:04:05Z"
    assert page_job.to_dict()["Status"] == "fail"


def test_request_sends_job_ids_comma_separated() -> None:
    wire = GetAIImageJobsRequest(job_ids=["a1", "b2", "c3"]).to_wire()
    assert wire.query == [("JobIds", "a1,b2,c3")] and wire.form == []


def test_request_reads_back_from_the_wire() -> None:
    assert GetAIImageJobsRequest.from_wire(
        {"JobIds": "a1,b2"}
    ) == GetAIImageJobsRequest(job_ids=["a1", "b2"])


@pytest.mark.parametrize(
    ("job_ids", "message"),
    [
        ([], "job_ids (JobIds) needs at least 1 item(s), got 0"),
        (
            [f"id{i}" for i in range(11)],
            "job_ids (JobIds) takes at most 10 items, got 11",
        ),
        (["a", ""], "job_ids[1] (JobIds) must not be empty"),
        (["a,b"], "job_ids[0] (JobIds) must not contain ','"),
        ("abc", "job_ids (JobIds) must be a list, not str"),
    ],
)
def test_request_limits_are_enforced_before_sending(
    job_ids: list[str], message: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        GetAIImageJobsRequest(job_ids=job_ids)
    assert str(caught.value).startswith(message)
    assert caught.value.parameter == "JobIds"


def test_missing_job_ids_on_the_wire_is_a_missing_parameter() -> None:
    with pytest.raises(RequestValidationError) as caught:
        GetAIImageJobsRequest.from_wire({})
    assert caught.value.code == "MissingParameter"


def test_ten_ids_are_accepted() -> None:
    assert (
        len(GetAIImageJobsRequest(job_ids=[f"id{i}" for i in range(10)]).job_ids) == 10
    )


def test_a_nan_string_in_a_number_field_is_kept_as_text() -> None:
    item = AIImageResultItem.from_dict({"Score": "NaN", "Url": "u"})
    assert item.score is None and item.raw["Score"] == "NaN"
    assert item.to_dict() == {"Score": "NaN", "Url": "u"}


def test_a_model_built_by_hand_writes_every_field_it_holds() -> None:
    job = AIImageJob(job_id="j1", status=AIImageJobStatus.SUCCESS, creation_time=None)
    assert job.to_dict() == {"Status": "success", "JobId": "j1"}
    response = GetAIImageJobsResponse(request_id="r", ai_image_job_list=[job])
    assert response.to_dict() == {
        "RequestId": "r",
        "AIImageJobList": [{"Status": "success", "JobId": "j1"}],
    }


def test_a_field_set_to_none_is_dropped_and_the_rest_keep_their_place(
    page_job: AIImageJob,
) -> None:
    original = dict(page_job.raw)
    page_job.video_id = None
    page_job.user_data = None  # a JSON-text field never read before
    expected = {k: v for k, v in original.items() if k not in ("VideoId", "UserData")}
    assert page_job.to_dict() == expected
    assert list(page_job.to_dict()) == list(expected)


def test_a_new_field_comes_after_the_received_ones() -> None:
    job = AIImageJob.from_dict({"JobId": "j1", "Extra": 1})
    job.video_id = "v1"
    assert list(job.to_dict().items()) == [
        ("JobId", "j1"),
        ("Extra", 1),
        ("VideoId", "v1"),
    ]


def test_a_value_set_equal_to_what_was_read_is_written_as_received() -> None:
    job = AIImageJob.from_dict({"CreationTime": "2020-10-15T03:30:03.000Z"})
    job.creation_time = datetime(2020, 10, 15, 3, 30, 3, tzinfo=UTC)
    assert job.to_dict() == {"CreationTime": "2020-10-15T03:30:03.000Z"}


def test_a_list_item_changed_in_place_is_written() -> None:
    response = GetAIImageJobsResponse.from_dict(golden("several_jobs"))
    jobs = response.ai_image_job_list
    assert jobs is not None
    jobs[1].job_id = "changed"
    jobs.pop(0)
    written = response.to_dict()["AIImageJobList"]
    assert [job["JobId"] for job in written] == [
        "changed",
        *[job["JobId"] for job in golden("several_jobs")["AIImageJobList"][2:]],  # type: ignore[index]
    ]


def test_fields_read_lazily_and_eagerly_compare_alike() -> None:
    data = golden("page_sample")["AIImageJobList"][0]  # type: ignore[index]
    assert AIImageJob.from_dict(data) == AIImageJob.from_dict(data)
    read = AIImageJob.from_dict(data)
    built = AIImageJob(**{f: getattr(read, f) for f in read.__dataclass_fields__})
    assert built == read and built.to_dict() != {}
