"""The emulator keeps state across the AI image operations: submit, then poll, then list."""

from __future__ import annotations

import json

import acs_vod
from acs_vod.emulator import Emulator
from acs_vod.models.get_ai_image_jobs import AIImageJobStatus


def client(emu: Emulator) -> acs_vod.Client:
    return acs_vod.Client(
        region="cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    )


def test_a_submitted_job_is_returned_by_get_ai_image_jobs_with_its_user_data(
    emu: Emulator,
) -> None:
    user_data = json.dumps({"Extend": {"order": "42"}}, separators=(",", ":"))
    with client(emu) as api:
        submitted = api.submit_ai_image_job(
            video_id="video-1", ai_template_id="tpl-1", user_data=user_data
        )
        assert submitted.job_id
        (job,) = (
            api.get_ai_image_jobs(job_ids=[submitted.job_id]).ai_image_job_list or []
        )
    assert (
        job.job_id == submitted.job_id
        and job.video_id == "video-1"
        and job.template_id == "tpl-1"
    )
    assert job.user_data is not None and job.user_data.text == user_data
    assert job.user_data.value.extend == {"order": "42"}
    assert job.status is not None and job.status.value == "processing"
    assert job.creation_time is not None


def test_a_submitted_job_runs_for_two_reads_then_succeeds(emu: Emulator) -> None:
    with client(emu) as api:
        job_id = api.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
        assert job_id
        seen = []
        for _ in range(4):
            (job,) = api.get_ai_image_jobs(job_ids=[job_id]).ai_image_job_list or []
            assert job.status is not None
            seen.append(job.status.value)
    assert seen == ["processing", "processing", "success", "success"]


def test_a_status_a_test_sets_stays_while_the_job_is_read(emu: Emulator) -> None:
    with client(emu) as api:
        job_id = api.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
        (record,) = emu.records("AIImageJob")
        record["Status"] = "fail"
        seen = []
        for _ in range(4):
            (job,) = (
                api.get_ai_image_jobs(job_ids=[job_id or ""]).ai_image_job_list or []
            )
            seen.append(job.status.value if job.status else None)
    assert seen == ["fail"] * 4


def test_listing_a_videos_images_does_not_move_its_jobs_on(emu: Emulator) -> None:
    with client(emu) as api:
        job_id = api.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
        assert job_id
        for _ in range(3):
            api.list_ai_image_info(video_id="v")
        (job,) = api.get_ai_image_jobs(job_ids=[job_id]).ai_image_job_list or []
    assert job.status is not None and job.status.value == "processing"


def test_jobs_come_back_in_the_order_asked_and_unknown_ids_are_left_out(
    emu: Emulator,
) -> None:
    with client(emu) as api:
        first = api.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
        second = api.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
        assert first and second and first != second
        jobs = (
            api.get_ai_image_jobs(job_ids=[second, "nope", first]).ai_image_job_list
            or []
        )
    assert [job.job_id for job in jobs] == [second, first]


def test_list_ai_image_info_lists_the_images_of_the_video_s_jobs(emu: Emulator) -> None:
    with client(emu) as api:
        job_id = api.submit_ai_image_job(video_id="video-7", ai_template_id="t").job_id
        api.submit_ai_image_job(video_id="other", ai_template_id="t")
        images = api.list_ai_image_info(video_id="video-7").ai_image_info_list or []
    assert [(image.job_id, image.video_id) for image in images] == [(job_id, "video-7")]


def test_tests_can_seed_jobs(emu: Emulator) -> None:
    emu.records("AIImageJob").append(
        {"JobId": "seeded-1", "VideoId": "v9", "Status": "fail", "Code": "Oops"}
    )
    with client(emu) as api:
        (job,) = api.get_ai_image_jobs(job_ids=["seeded-1"]).ai_image_job_list or []
    assert job.status is AIImageJobStatus.FAIL and job.code == "Oops"


def test_without_records_the_golden_response_answers(emu: Emulator) -> None:
    with client(emu) as api:
        response = api.get_ai_image_jobs(job_ids=["anything"])
    assert (
        response.ai_image_job_list
        and response.ai_image_job_list[0].job_id == "cf08a2c6e11e*****de1711b738b9067"
    )
