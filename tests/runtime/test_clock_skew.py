"""A client whose clock is off: rejected for its timestamp once, it signs again at the server's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from acs_vod import AsyncClient, AuthenticationError, Client
from acs_vod.emulator import Emulator

HOUR = 3600.0


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={"testid": "testsecret"}) as emulator:
        emulator.clock_offset = HOUR  # the server's clock is an hour ahead of ours
        yield emulator


def client(emu: Emulator, version: str, **options: object) -> Client:
    return Client(
        region="cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
        signature_version=version,
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_a_rejected_timestamp_is_signed_again_at_the_server_s_time(
    emu: Emulator, version: str
) -> None:
    with client(emu, version, max_retries=0) as c:
        response = c.get_ai_image_jobs(job_ids=["a"])
    assert response.request_id
    assert [r.code for r in emu.requests] == ["InvalidTimeStamp.Expired", None]


def test_later_calls_and_copies_keep_the_offset(emu: Emulator) -> None:
    with client(emu, "v3") as c:
        c.get_ai_image_jobs(job_ids=["a"])
        c.with_options(timeout=5).get_ai_image_jobs(job_ids=["a"])
        c.raw.get_ai_image_jobs(job_ids=["a"])
    assert [r.code for r in emu.requests] == [
        "InvalidTimeStamp.Expired",
        None,
        None,
        None,
    ]


@pytest.mark.parametrize("date", ["Tue, 01 Dec 2026 10:00:00 GMT", None])
def test_the_correction_is_tried_once_per_call_and_only_with_a_server_date(
    date: str | None,
) -> None:
    import json

    import httpx

    sent: list[httpx.Request] = []

    def expired(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = {"RequestId": "r", "Code": "InvalidTimeStamp.Expired", "Message": "old"}
        headers = {"date": date} if date else {}
        return httpx.Response(400, headers=headers, content=json.dumps(body))

    with (
        Client(
            region="cn-shanghai",
            access_key_id="testid",
            access_key_secret="testsecret",
            transport=httpx.MockTransport(expired),
        ) as c,
        pytest.raises(AuthenticationError) as caught,
    ):
        c.get_ai_image_jobs(job_ids=["a"])
    assert caught.value.code == "InvalidTimeStamp.Expired"
    assert len(sent) == (2 if date else 1)


def test_the_emulator_answers_with_its_own_date(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    import email.utils

    import acs_core.testing.emulator as runtime
    import httpx

    monkeypatch.setattr(
        runtime, "_now", lambda: 1_700_000_000.0
    )  # the emulator's clock
    answer = httpx.get(emu.endpoint + "/")
    server = email.utils.parsedate_to_datetime(answer.headers["date"]).timestamp()
    assert server == 1_700_000_000.0 + HOUR


async def test_the_async_client_corrects_its_clock_too(emu: Emulator) -> None:
    async with AsyncClient(
        region="cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
        max_retries=0,
    ) as c:
        await c.get_ai_image_jobs(job_ids=["a"])
        await c.get_ai_image_jobs(job_ids=["a"])
    assert [r.code for r in emu.requests] == ["InvalidTimeStamp.Expired", None, None]
