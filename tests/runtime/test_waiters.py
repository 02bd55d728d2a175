"""Waiters: `wait_ai_image_jobs_finished` polls GetAIImageJobs over the wire until it is done.

The emulator runs a submitted job as "processing" for two reads, then as "success"; tests seed
or change its records ("fail", or a job stuck in "processing") and queue exact answers. Delays
are tiny, or the wait runs on `fake_clock`: its pauses recorded, never slept, and only they
move the clock the waiter reads. The waiter's spec broken in each way the checks must catch is
data: tests/spec/cases/waiter_*.
"""

from __future__ import annotations

import builtins
import inspect
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import acs_vod
import pytest
from acs_core import waiters as _waiters
from acs_vod.emulator import Emulator
from acs_vod.models.get_ai_image_jobs import (
    OPERATION,
    AIImageJobStatus,
    GetAIImageJobsResponse,
)

WAITER = "ai_image_jobs_finished"


@pytest.fixture
def client(emu: Emulator) -> Iterator[acs_vod.Client]:
    with acs_vod.Client(
        region="cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as api:
        yield api


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[acs_vod.AsyncClient]:
    async with acs_vod.AsyncClient(
        region="cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as api:
        yield api


# The pauses of a wait with delay 0.01 and max_wait 0.2 on a clock that only the pauses move:
# doubling, then what remains, so that the sixth and last poll falls at the deadline.
UNTIL_0_2_S = [0.01, 0.02, 0.04, 0.08, 0.05]


def polls(emu: Emulator) -> list[Any]:
    """The GetAIImageJobs requests received, oldest first."""
    return [r for r in emu.requests if r.operation == "GetAIImageJobs"]


def jobs_body(*statuses: str) -> dict[str, Any]:
    return {
        "RequestId": "R",
        "AIImageJobList": [
            {"JobId": f"job-{index}", "Status": status}
            for index, status in enumerate(statuses)
        ],
    }


def stuck_job(emu: Emulator, job_id: str = "stuck") -> str:
    """A seeded job that reads "processing" for ever (no progress moves it on)."""
    emu.records("AIImageJob").append(
        {"JobId": job_id, "VideoId": "v", "Status": "processing"}
    )
    return job_id


# --- success -----------------------------------------------------------------------------------


def test_a_submitted_job_is_waited_for_until_success_in_three_polls(
    client: acs_vod.Client, emu: Emulator
) -> None:
    job_id = client.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
    assert job_id
    answer = client.wait_ai_image_jobs_finished(job_ids=[job_id], delay=0.01)
    assert isinstance(answer, GetAIImageJobsResponse)
    (job,) = answer.ai_image_job_list or []
    assert job.job_id == job_id and job.status is AIImageJobStatus.SUCCESS
    assert [r.query["JobIds"] for r in polls(emu)] == [job_id] * 3


async def test_the_async_waiter_waits_for_a_submitted_job_in_three_polls(
    aclient: acs_vod.AsyncClient, emu: Emulator
) -> None:
    job_id = (
        await aclient.submit_ai_image_job(video_id="v", ai_template_id="t")
    ).job_id
    assert job_id
    answer = await aclient.wait_ai_image_jobs_finished(job_ids=[job_id], delay=0.01)
    assert isinstance(answer, GetAIImageJobsResponse)
    (job,) = answer.ai_image_job_list or []
    assert job.job_id == job_id and job.status is AIImageJobStatus.SUCCESS
    assert len(polls(emu)) == 3


def test_every_job_asked_for_must_succeed_before_the_wait_ends(
    client: acs_vod.Client, emu: Emulator
) -> None:
    first = client.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
    client.get_ai_image_jobs(job_ids=[first or ""])  # first is one read ahead
    second = client.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
    assert first and second
    emu.requests.clear()
    answer = client.wait_ai_image_jobs_finished(job_ids=[first, second], delay=0.01)
    statuses = [job.status for job in answer.ai_image_job_list or []]
    assert statuses == [AIImageJobStatus.SUCCESS] * 2
    # `first` succeeds at the second poll, but `second` only at the third.
    assert len(polls(emu)) == 3


def test_the_waiter_takes_the_operation_s_arguments_and_its_own_options() -> None:
    for cls in (acs_vod.Client, acs_vod.AsyncClient):
        signature = inspect.signature(cls.wait_ai_image_jobs_finished)
        parameters = signature.parameters
        assert list(parameters) == ["self", "job_ids", "delay", "max_wait"]
        assert all(
            parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
            for name in ("job_ids", "delay", "max_wait")
        )
        assert parameters["job_ids"].default is inspect.Parameter.empty
        assert parameters["delay"].default is None
        assert parameters["max_wait"].default is None
    assert inspect.iscoroutinefunction(acs_vod.AsyncClient.wait_ai_image_jobs_finished)


# --- failure -----------------------------------------------------------------------------------


def test_a_failed_job_raises_waiter_failed_error_with_the_last_response(
    client: acs_vod.Client, emu: Emulator
) -> None:
    job_id = client.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
    (record,) = emu.records("AIImageJob")
    record["Status"] = "fail"
    with pytest.raises(acs_vod.WaiterFailedError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=[job_id or ""], delay=0.01)
    error = caught.value
    assert isinstance(error, acs_vod.WaiterError)
    assert error.waiter == WAITER
    assert error.states == ["fail"]
    assert isinstance(error.last_response, GetAIImageJobsResponse)
    (job,) = error.last_response.ai_image_job_list or []
    assert job.job_id == job_id and job.status is AIImageJobStatus.FAIL
    assert "'fail'" in str(error) and "1 poll" in str(error)
    assert len(polls(emu)) == 1


async def test_the_async_waiter_raises_waiter_failed_error_on_a_failed_job(
    aclient: acs_vod.AsyncClient, emu: Emulator
) -> None:
    emu.records("AIImageJob").append({"JobId": "bad", "Status": "fail"})
    with pytest.raises(acs_vod.WaiterFailedError) as caught:
        await aclient.wait_ai_image_jobs_finished(job_ids=["bad"], delay=0.01)
    assert caught.value.states == ["fail"]
    assert isinstance(caught.value.last_response, GetAIImageJobsResponse)
    assert len(polls(emu)) == 1


def test_one_failed_job_among_several_fails_the_wait_even_beside_a_running_one(
    client: acs_vod.Client, emu: Emulator
) -> None:
    emu.queue_response("GetAIImageJobs", jobs_body("processing", "processing"))
    emu.queue_response("GetAIImageJobs", jobs_body("success", "fail", "processing"))
    with pytest.raises(acs_vod.WaiterFailedError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=["a", "b", "c"], delay=0.01)
    assert caught.value.states == ["success", "fail", "processing"]
    assert len(polls(emu)) == 2


# --- time running out ------------------------------------------------------------------------


def test_a_job_that_never_finishes_raises_waiter_timeout_error_at_max_wait(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    job_id = stuck_job(emu)
    with pytest.raises(acs_vod.WaiterTimeoutError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=[job_id], delay=0.01, max_wait=0.2)
    error = caught.value
    # 0.01 doubling, then what remains of the 0.2 s: the last poll falls at the deadline.
    assert fake_clock.sleeps == pytest.approx(UNTIL_0_2_S)
    assert fake_clock.now == pytest.approx(0.2)
    assert isinstance(caught.value, acs_vod.WaiterError)
    assert isinstance(caught.value, builtins.TimeoutError)
    assert error.waiter == WAITER and error.states == ["processing"]
    (job,) = error.last_response.ai_image_job_list or []
    assert job.job_id == job_id and job.status is not None
    assert job.status.value == "processing"
    assert "still 'processing' after 0.2s and 6 poll(s)" in str(error)
    assert len(polls(emu)) == 6


async def test_the_async_waiter_raises_waiter_timeout_error_at_max_wait(
    aclient: acs_vod.AsyncClient, emu: Emulator, fake_clock: Any
) -> None:
    job_id = stuck_job(emu)
    with pytest.raises(acs_vod.WaiterTimeoutError) as caught:
        await aclient.wait_ai_image_jobs_finished(
            job_ids=[job_id], delay=0.01, max_wait=0.2
        )
    assert fake_clock.sleeps == pytest.approx(UNTIL_0_2_S)
    assert fake_clock.now == pytest.approx(0.2)
    assert len(polls(emu)) == 6
    assert caught.value.states == ["processing"]
    assert isinstance(caught.value.last_response, GetAIImageJobsResponse)


def test_a_max_wait_of_zero_polls_exactly_once(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    job_id = stuck_job(emu)
    with pytest.raises(acs_vod.WaiterTimeoutError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=[job_id], max_wait=0)
    assert "1 poll" in str(caught.value)
    assert len(polls(emu)) == 1 and fake_clock.sleeps == []


def test_an_unknown_job_id_is_no_success_and_is_polled_until_the_time_runs_out(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    stuck_job(emu, "some-other-job")  # records exist: an unknown id is left out
    with pytest.raises(acs_vod.WaiterTimeoutError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=["nope"], delay=0.01, max_wait=0.2)
    assert caught.value.states == []
    assert caught.value.last_response.ai_image_job_list == []
    assert "still none after 0.2s and 6 poll(s)" in str(caught.value)
    assert fake_clock.sleeps == pytest.approx(UNTIL_0_2_S)
    assert len(polls(emu)) == 6


# --- the pauses between polls -------------------------------------------------------------------


def test_pauses_double_from_delay_and_never_exceed_max_delay(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    for _ in range(7):
        emu.queue_response("GetAIImageJobs", jobs_body("processing"))
    emu.queue_response("GetAIImageJobs", jobs_body("success"))
    client.wait_ai_image_jobs_finished(job_ids=["job-0"], delay=2.0)
    # The spec's max_delay is 20 s: 2, 4, 8, 16, then 20 from then on.
    assert fake_clock.sleeps == [2.0, 4.0, 8.0, 16.0, 20.0, 20.0, 20.0]
    assert len(polls(emu)) == 8


def test_without_delay_the_spec_s_first_delay_is_used(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    job_id = client.submit_ai_image_job(video_id="v", ai_template_id="t").job_id
    client.wait_ai_image_jobs_finished(job_ids=[job_id or ""])
    assert fake_clock.sleeps == [2.0, 4.0]  # the spec says delay: 2


async def test_the_async_waiter_s_pauses_double_up_to_max_delay(
    aclient: acs_vod.AsyncClient, emu: Emulator, fake_clock: Any
) -> None:
    for _ in range(5):
        emu.queue_response("GetAIImageJobs", jobs_body("processing"))
    emu.queue_response("GetAIImageJobs", jobs_body("success"))
    await aclient.wait_ai_image_jobs_finished(job_ids=["job-0"], delay=3.0)
    assert fake_clock.sleeps == [3.0, 6.0, 12.0, 20.0, 20.0]


def test_the_last_pause_is_cut_short_so_the_last_poll_falls_at_the_deadline(
    client: acs_vod.Client, emu: Emulator, fake_clock: Any
) -> None:
    job_id = stuck_job(emu)
    with pytest.raises(acs_vod.WaiterTimeoutError):
        client.wait_ai_image_jobs_finished(job_ids=[job_id], delay=0.1, max_wait=0.5)
    # 0.1, 0.2, then what remains of 0.5 s (less than the 0.4 doubling would give).
    assert fake_clock.sleeps == pytest.approx([0.1, 0.2, 0.2])
    assert fake_clock.now == pytest.approx(0.5)
    assert len(polls(emu)) == 4


def test_a_long_wait_keeps_its_pauses_at_max_delay_past_a_thousand_polls() -> None:
    now = [0.0]
    waiter = OPERATION.waiters[WAITER]  # delay 2.0, max_delay 20.0
    polling = _waiters.Polling(WAITER, waiter, None, 86_400.0, clock=lambda: now[0])
    running = SimpleNamespace(ai_image_job_list=[SimpleNamespace(status="processing")])
    for _ in range(1100):
        pause = polling.after(running)
        assert pause is not None and 0 < pause <= 20.0
        now[0] += pause


# --- errors of the calls themselves ------------------------------------------------------------


@pytest.mark.parametrize("job_ids", [[], [f"j{i}" for i in range(11)]])
def test_an_invalid_argument_raises_request_validation_error_before_any_poll(
    client: acs_vod.Client, emu: Emulator, job_ids: list[str]
) -> None:
    with pytest.raises(acs_vod.RequestValidationError):
        client.wait_ai_image_jobs_finished(job_ids=job_ids, delay=0.01, max_wait=1)
    assert emu.requests == []


async def test_the_async_waiter_refuses_an_invalid_argument_before_any_poll(
    aclient: acs_vod.AsyncClient, emu: Emulator
) -> None:
    with pytest.raises(acs_vod.RequestValidationError):
        await aclient.wait_ai_image_jobs_finished(job_ids=[], delay=0.01)
    assert emu.requests == []


@pytest.mark.parametrize(
    ("options", "named"),
    [({"delay": 0}, "delay"), ({"delay": -1}, "delay"), ({"max_wait": -1}, "max_wait")],
)
def test_a_delay_or_max_wait_out_of_range_is_refused_before_any_poll(
    client: acs_vod.Client, emu: Emulator, options: dict[str, float], named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        client.wait_ai_image_jobs_finished(job_ids=["job-0"], **options)
    assert emu.requests == []


def test_an_error_answering_a_poll_propagates_unchanged(
    client: acs_vod.Client, emu: Emulator
) -> None:
    emu.queue_response("GetAIImageJobs", jobs_body("processing"))
    emu.queue_response(
        "GetAIImageJobs",
        {"RequestId": "R", "Code": "InvalidParameter", "Message": "no such job"},
        status=400,
    )
    with pytest.raises(acs_vod.InvalidRequestError) as caught:
        client.wait_ai_image_jobs_finished(job_ids=["job-0"], delay=0.01, max_wait=5)
    assert not isinstance(caught.value, acs_vod.WaiterError)
    assert len(polls(emu)) == 2
