"""The generated clients, sync and async, over real loopback HTTP against the generated emulator:
calls that succeed, arguments and settings refused before anything is sent, batches, and the
caller's own httpx client or transport."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core import errors
from acs_vod.emulator import Emulator

# --- success ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_sync_success(emu: Emulator, version: str, helpers: Any) -> None:
    with helpers.make(emu, signature_version=version) as client:
        response = client.get_ai_image_jobs(job_ids=["job 1*~+/任务", "b"])
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert response.ai_image_job_list and response.ai_image_job_list[0].job_id
    assert emu.requests[-1].params == {"job_ids": ["job 1*~+/任务", "b"]}
    assert emu.requests[-1].signature_version == version


@pytest.mark.parametrize("version", ["v3", "v2"])
async def test_async_success(emu: Emulator, version: str, helpers: Any) -> None:
    async with helpers.make(
        emu, acs_vod.AsyncClient, signature_version=version
    ) as client:
        response = await client.get_ai_image_jobs(job_ids=["a"])
        raw = await client.raw.get_ai_image_jobs(job_ids=["b"])
    assert (
        response.request_id == raw.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    )
    assert raw.status == 200


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_security_token_is_sent(emu: Emulator, version: str, helpers: Any) -> None:
    with helpers.make(
        emu, signature_version=version, security_token=helpers.TOKEN
    ) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    received = emu.requests[-1]
    assert helpers.TOKEN in (
        received.headers.get("x-acs-security-token"),
        received.query.get("SecurityToken"),
    )


def test_raw_response(emu: Emulator, helpers: Any) -> None:
    with helpers.make(emu) as client:
        raw = client.raw.get_ai_image_jobs(job_ids=["a"])
    assert raw.status == 200
    assert raw.headers["x-acs-request-id"] == raw.request_id
    assert raw.json()["RequestId"] == raw.request_id
    assert raw.parsed.request_id == raw.request_id
    assert raw.attempts == 1
    assert b"AIImageJobList" in raw.body


# --- limits, regions, credentials: nothing is sent -------------------------------------------


@pytest.mark.parametrize(
    ("job_ids", "where"),
    [
        ([f"j{i}" for i in range(11)], "job_ids"),
        (["ok", ""], "job_ids[1]"),
        (["a,b"], "job_ids[0]"),
        ([], "job_ids"),
    ],
)
def test_limits_fail_before_sending(
    emu: Emulator, job_ids: list[str], where: str, helpers: Any
) -> None:
    with (
        helpers.make(emu) as client,
        pytest.raises(acs_vod.RequestValidationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=job_ids)
    assert info.value.argument == where
    assert "job_ids" in str(info.value)
    assert emu.requests == []


def test_region_without_the_operation_fails_before_sending(
    emu: Emulator, helpers: Any
) -> None:
    with (
        helpers.make(emu, region="cn-hangzhou") as client,
        pytest.raises(acs_vod.ConfigurationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert "cn-beijing, cn-shanghai" in str(info.value)
    assert "cn-hangzhou" in str(info.value)
    assert emu.requests == []


def test_unknown_region_without_endpoint(helpers: Any) -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="known regions"):
        acs_vod.Client(
            "mars-1", access_key_id=helpers.KEY_ID, access_key_secret=helpers.SECRET
        )


def test_default_endpoint_is_https_region_host(helpers: Any) -> None:
    client = acs_vod.Client(
        "cn-beijing", access_key_id=helpers.KEY_ID, access_key_secret=helpers.SECRET
    )
    assert client.endpoint == "https://vod.cn-beijing.aliyuncs.com"
    assert acs_vod.Client(
        "cn-beijing", access_key_id="a", access_key_secret="b", endpoint="h.example"
    ).endpoint == ("https://h.example")


def test_without_a_region_argument_the_environment_names_it(
    monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", "cn-beijing")
    keys = {"access_key_id": helpers.KEY_ID, "access_key_secret": helpers.SECRET}
    with acs_vod.Client(**keys) as client:
        assert client.region == "cn-beijing"
        assert client.endpoint == "https://vod.cn-beijing.aliyuncs.com"
    with acs_vod.Client("cn-shanghai", **keys) as client:
        assert client.region == "cn-shanghai"  # the argument wins


async def test_the_async_client_takes_its_region_from_the_environment_too(
    monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", "cn-beijing")
    keys = {"access_key_id": helpers.KEY_ID, "access_key_secret": helpers.SECRET}
    async with acs_vod.AsyncClient(**keys) as client:
        assert client.region == "cn-beijing"
        assert client.endpoint == "https://vod.cn-beijing.aliyuncs.com"


def test_the_environment_s_region_decides_where_an_operation_may_be_called(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")
    with (
        helpers.make(emu, region=None) as client,
        pytest.raises(acs_vod.ConfigurationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert "not available in region 'cn-hangzhou'" in str(info.value)
    assert emu.requests == []


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_without_a_region_anywhere_the_client_says_how_to_give_one(
    monkeypatch: pytest.MonkeyPatch, helpers: Any, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("ALIBABA_CLOUD_REGION_ID", raising=False)
    else:
        monkeypatch.setenv("ALIBABA_CLOUD_REGION_ID", value)
    with pytest.raises(acs_vod.ConfigurationError) as info:
        acs_vod.Client(access_key_id=helpers.KEY_ID, access_key_secret=helpers.SECRET)
    assert str(info.value) == "no region: pass region= or set ALIBABA_CLOUD_REGION_ID"


def test_missing_credentials(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, helpers: Any
) -> None:
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    # The default chain looks when the first request is signed, not in the constructor.
    with helpers.make(emu, access_key_id=None, access_key_secret=None) as client:
        with pytest.raises(
            acs_vod.ConfigurationError, match="ALIBABA_CLOUD_ACCESS_KEY_ID"
        ):
            client.get_ai_image_jobs(job_ids=["a"])
    assert emu.requests == []
    with pytest.raises(acs_vod.ConfigurationError, match="secret"):
        acs_vod.Client("cn-shanghai", access_key_id=helpers.KEY_ID)


def test_credentials_from_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", helpers.KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", helpers.SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", helpers.TOKEN)
    with acs_vod.Client("cn-shanghai", endpoint=emu.endpoint) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert emu.requests[-1].headers["x-acs-security-token"] == helpers.TOKEN


# --- batches ---------------------------------------------------------------------------------


def test_batch_iterates_in_chunks_in_order(emu: Emulator, helpers: Any) -> None:
    emu.set_handler("GetAIImageJobs", helpers.jobs_handler)
    ids = [f"job-{i:02}" for i in range(25)]
    with helpers.make(emu) as client:
        jobs = list(client.iter_ai_image_jobs(iter(ids)))
    assert [job.job_id for job in jobs] == ids
    assert [len(r.params["job_ids"]) for r in emu.requests] == [10, 10, 5]


async def test_async_batch(emu: Emulator, helpers: Any) -> None:
    emu.set_handler("GetAIImageJobs", helpers.jobs_handler)
    ids = [f"job-{i:02}" for i in range(25)]
    async with helpers.make(emu, acs_vod.AsyncClient) as client:
        jobs = [job async for job in client.iter_ai_image_jobs(ids)]
    assert [job.job_id for job in jobs] == ids
    assert len(emu.requests) == 3


def test_batch_of_nothing_sends_nothing(emu: Emulator, helpers: Any) -> None:
    with helpers.make(emu) as client:
        assert list(client.iter_ai_image_jobs([])) == []
    assert emu.requests == []


# --- bring your own httpx client or transport ------------------------------------------------


def test_caller_http_client_is_used_and_left_open(emu: Emulator, helpers: Any) -> None:
    seen: list[str] = []
    http = httpx.Client(
        event_hooks={"request": [lambda request: seen.append(request.url.host)]}
    )
    with helpers.make(emu, http_client=http) as client:
        client.get_ai_image_jobs(job_ids=["a"])
    assert seen == ["127.0.0.1"]
    assert not http.is_closed
    http.close()


def test_mock_transport(monkeypatch: pytest.MonkeyPatch, helpers: Any) -> None:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if len(requests) == 1:
            return httpx.Response(
                503,
                json={
                    "RequestId": "R0",
                    "Code": "ServiceUnavailable",
                    "Message": "busy",
                },
            )
        return httpx.Response(200, json={"RequestId": "R1", "AIImageJobList": []})

    client = acs_vod.Client(
        "cn-beijing",
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        transport=httpx.MockTransport(answer),
        **helpers.FAST,
    )
    with client:
        response = client.get_ai_image_jobs(job_ids=["a b"])
    assert response.request_id == "R1"
    assert str(requests[0].url) == "https://vod.cn-beijing.aliyuncs.com/?JobIds=a%20b"
    assert requests[0].headers["host"] == "vod.cn-beijing.aliyuncs.com"
    assert (
        requests[0]
        .headers["authorization"]
        .startswith("ACS3-HMAC-SHA256 Credential=testid,")
    )


async def test_async_mock_transport_and_caller_client(helpers: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"RequestId": "R", "AIImageJobList": []})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        client = acs_vod.AsyncClient(
            "cn-beijing",
            access_key_id=helpers.KEY_ID,
            access_key_secret=helpers.SECRET,
            http_client=http,
        )
        async with client:
            assert (await client.get_ai_image_jobs(job_ids=["a"])).request_id == "R"
        assert not http.is_closed


def test_wrong_kind_of_http_client() -> None:
    with pytest.raises(acs_vod.ConfigurationError):
        acs_vod.Client("cn-beijing", access_key_id="a", access_key_secret="b", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_concurrent_async_calls(emu: Emulator, helpers: Any) -> None:
    async def run() -> list[Any]:
        async with helpers.make(emu, acs_vod.AsyncClient) as client:
            return list(
                await asyncio.gather(
                    *(client.get_ai_image_jobs(job_ids=[f"j{i}"]) for i in range(8))
                )
            )

    assert len(asyncio.run(run())) == 8
    assert len(emu.requests) == 8


# --- with_options ----------------------------------------------------------------------------


async def test_async_with_options_shares_the_connections_and_changes_only_timeout_and_retries(
    emu: Emulator, helpers: Any
) -> None:
    async with helpers.make(
        emu, acs_vod.AsyncClient, timeout=10.0, max_retries=3
    ) as client:
        fast = client.with_options(timeout=2.0, max_retries=0)
        assert isinstance(fast, acs_vod.AsyncClient)
        assert fast._http is client._http  # one connection pool
        assert (fast.timeout, fast.max_retries) == (httpx.Timeout(2.0), 0)
        assert (client.timeout, client.max_retries) == (httpx.Timeout(10.0), 3)
        shared = (
            "region",
            "endpoint",
            "signature_version",
            "backoff_base",
            "backoff_max",
            "max_retry_time",
            "_provider",
            "_clock",
        )
        assert [getattr(fast, name) for name in shared] == [
            getattr(client, name) for name in shared
        ]
        emu.inject("server_error", count=1)
        with pytest.raises(errors.ServerError):
            await fast.raw.get_ai_image_jobs(
                job_ids=["a"]
            )  # its raw view: its settings
        assert len(emu.requests) == 1  # not retried
        emu.inject("server_error", count=1)
        assert (await client.raw.get_ai_image_jobs(job_ids=["a"])).attempts == 2
        await fast.close()  # a copy leaves the shared connections open
        assert not client._http.is_closed
        assert (await client.get_ai_image_jobs(job_ids=["b"])).request_id
    assert client._http.is_closed


async def test_async_with_options_keeps_what_it_is_not_given(
    emu: Emulator, helpers: Any
) -> None:
    async with helpers.make(
        emu, acs_vod.AsyncClient, timeout=10.0, max_retries=3
    ) as client:
        same = client.with_options()
        assert (same.timeout, same.max_retries) == (httpx.Timeout(10.0), 3)
        assert client.with_options(max_retries=1).timeout == httpx.Timeout(10.0)
        assert client.with_options(timeout=1.0).max_retries == 3
        with pytest.raises(errors.ConfigurationError, match="max_retries"):
            client.with_options(max_retries=-1)
