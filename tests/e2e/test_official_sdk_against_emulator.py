"""The official SDK (alibabacloud-vod20170321) against our emulator, over real loopback HTTP.

A correct key succeeds and parses, a wrong secret gets SignatureDoesNotMatch: the emulator (and so
our signing, which it shares) speaks the real protocol. The SDK takes a port inside its endpoint
(`127.0.0.1:PORT`, with `protocol="http"`): it sends that as the Host header and builds the URL from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from acs_vod.emulator import Emulator
from alibabacloud_tea_openapi.utils_models import Config
from alibabacloud_vod20170321.client import Client
from alibabacloud_vod20170321.models import GetAIImageJobsRequest

KEY_ID, SECRET = "testid", "testsecret"
MODES = {"v3": None, "v2": "v2"}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={KEY_ID: SECRET}) as emulator:
        yield emulator


def sdk(
    emu: Emulator, mode: str, secret: str = SECRET, token: str | None = None
) -> Any:
    config = Config(
        access_key_id=KEY_ID,
        access_key_secret=secret,
        security_token=token,
        endpoint=emu.endpoint.removeprefix("http://"),
        protocol="http",
        region_id="cn-shanghai",
        signature_algorithm=MODES[mode],
    )
    return Client(config)


@pytest.mark.parametrize("token", [None, "CAIS-sts+token/="], ids=["ak", "sts"])
@pytest.mark.parametrize("mode", MODES)
def test_correct_key_succeeds_and_parses(
    emu: Emulator, mode: str, token: str | None
) -> None:
    response = sdk(emu, mode, token=token).get_aiimage_jobs(
        GetAIImageJobsRequest(job_ids="a b*~+/任务,x")
    )
    assert response.status_code == 200
    assert response.body.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert (
        response.body.aiimage_job_list[0].job_id == "cf08a2c6e11e*****de1711b738b9067"
    )
    received = emu.requests[-1]
    assert received.signature_version == mode
    assert received.params == {"job_ids": ["a b*~+/任务", "x"]}


@pytest.mark.parametrize("mode", MODES)
def test_wrong_secret_is_signature_mismatch(emu: Emulator, mode: str) -> None:
    with pytest.raises(Exception) as info:
        sdk(emu, mode, secret="wrong").get_aiimage_jobs(
            GetAIImageJobsRequest(job_ids="a")
        )
    assert getattr(info.value, "code", None) == "SignatureDoesNotMatch"
    assert emu.requests[-1].code == "SignatureDoesNotMatch"


@pytest.mark.parametrize("mode", MODES)
def test_sdk_sees_the_emulator_limits(emu: Emulator, mode: str) -> None:
    with pytest.raises(Exception) as info:
        sdk(emu, mode).get_aiimage_jobs(
            GetAIImageJobsRequest(job_ids=",".join(f"j{i}" for i in range(11)))
        )
    assert getattr(info.value, "code", None) == "InvalidParameter"


@pytest.mark.parametrize("mode", MODES)
def test_sdk_write_with_json_text_parameter(emu: Emulator, mode: str) -> None:
    from alibabacloud_vod20170321.models import SubmitAIImageJobRequest

    request = SubmitAIImageJobRequest(
        video_id="v1",
        aipipeline_id="p",
        aitemplate_id="t",
        user_data='{"k": "v w*~+/任务"}',
    )
    response = sdk(emu, mode).submit_aiimage_job(request)
    assert response.status_code == 200
    assert emu.requests[-1].params == {
        "video_id": "v1",
        "ai_template_id": "t",
        "user_data": '{"k": "v w*~+/任务"}',
        "ai_pipeline_id": "p",
    }
