"""The emulator's media rules, as VOD's specs declare them: upload grants in its own OSS
(CreateUploadVideo, RefreshUploadVideo), temporary credentials that expire, and the images an
AI image job writes there (GetAIImageJobs' `AIImageResult`), private to presigned URLs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import acs_vod
import httpx
import pytest
from acs_core.errors import APIError, AuthenticationError, NotFoundError
from acs_core.oss import Sender
from acs_vod.emulator import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={"testid": "testsecret"}) as emulator:
        yield emulator


@pytest.fixture
def vod(emu: Emulator) -> Iterator[acs_vod.Client]:
    with acs_vod.Client(
        "cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as client:
        yield client


def sender(emu: Emulator, auth: acs_vod.CreateUploadVideoResponse) -> Sender:
    assert auth.upload_auth is not None
    value = auth.upload_auth.value
    return Sender(
        "cn-shanghai",
        endpoint=emu.endpoint,
        access_key_id=value.access_key_id,
        access_key_secret=value.access_key_secret,
        security_token=value.security_token,
        max_retries=0,
    )


def test_create_upload_video_grants_an_address_in_the_emulator_s_oss(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    answer = vod.create_upload_video(title="t", file_name="D:\\video_01.mp4")
    assert answer.upload_address is not None and answer.upload_auth is not None
    address, auth = answer.upload_address.value, answer.upload_auth.value
    assert address.endpoint == emu.endpoint and address.bucket == "outin-emulator"
    assert address.file_name == f"sv/{answer.video_id}/video_01.mp4"
    assert emu.oss.bucket("outin-emulator").acl == "private"
    assert auth.access_key_id.startswith("STS.") and auth.security_token
    assert auth.expiration == "3000"  # text, as the spec types it
    left = auth.expire_utc_time.timestamp() - time.time()
    assert 2990 < left <= 3000
    assert emu.records("Video")[0]["Title"] == "t"
    with sender(emu, answer) as oss:  # the credentials put the file there
        oss.send("PUT", address.bucket, address.file_name, body=b"video")
    assert emu.oss.read_object(address.bucket, address.file_name) == b"video"


def test_refresh_upload_video_answers_the_same_address_with_new_credentials(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    first = vod.create_upload_video(title="t", file_name="a.mp4")
    again = vod.refresh_upload_video(video_id=first.video_id)
    assert again.video_id == first.video_id
    assert again.upload_address and first.upload_address
    assert again.upload_address.text == first.upload_address.text
    assert again.upload_auth and first.upload_auth
    assert (
        again.upload_auth.value.access_key_id != first.upload_auth.value.access_key_id
    )
    assert emu.media.issued == [
        first.upload_auth.value.access_key_id,
        again.upload_auth.value.access_key_id,
    ]


def test_refreshing_an_unknown_video_is_not_found(vod: acs_vod.Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        vod.refresh_upload_video(video_id="no-such-video")
    assert caught.value.code == "InvalidVideo.NotFound" and caught.value.status == 404


def test_expired_credentials_are_refused_by_oss_and_by_the_gateway(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    answer = vod.create_upload_video(title="t", file_name="a.mp4")
    assert answer.upload_address is not None and answer.upload_auth is not None
    address, auth = answer.upload_address.value, answer.upload_auth.value
    emu.expire_credentials()
    with sender(emu, answer) as oss, pytest.raises(AuthenticationError) as caught:
        oss.send("PUT", address.bucket, address.file_name, body=b"late")
    assert caught.value.code == "SecurityTokenExpired" and caught.value.status == 403
    with (
        acs_vod.Client(
            "cn-shanghai",
            access_key_id=auth.access_key_id,
            access_key_secret=auth.access_key_secret,
            security_token=auth.security_token,
            endpoint=emu.endpoint,
            max_retries=0,
        ) as as_sts,
        pytest.raises(APIError) as refused,
    ):
        as_sts.refresh_upload_video(video_id=answer.video_id)
    assert refused.value.code == "InvalidSecurityToken.Expired"


def test_credentials_live_token_lifetime_seconds_and_accept_takes_an_expiry(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    emu.token_lifetime = 120
    answer = vod.create_upload_video(title="t", file_name="a.mp4")
    assert answer.upload_auth is not None
    assert answer.upload_auth.value.expiration == "120"
    emu.accept("STS.past", "s", "tok", expires_at=time.time() - 1)
    emu.oss.create_bucket("media")
    with (
        Sender(
            "cn-shanghai",
            endpoint=emu.endpoint,
            access_key_id="STS.past",
            access_key_secret="s",
            security_token="tok",
            max_retries=0,
        ) as oss,
        pytest.raises(AuthenticationError, match="SecurityTokenExpired"),
    ):
        oss.send("GET", "media", "k")


def test_a_finished_ai_image_job_has_written_private_images_into_oss(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    job_id = vod.submit_ai_image_job(video_id="v-1", ai_template_id="t").job_id
    assert job_id
    seen = []
    for _ in range(3):  # runs twice, then succeeds (the spec's progress)
        (job,) = vod.get_ai_image_jobs(job_ids=[job_id]).ai_image_job_list or []
        seen.append((job.status and job.status.value, job.ai_image_result))
    assert [status for status, _ in seen] == ["processing", "processing", "success"]
    assert seen[0][1] is None and seen[1][1] is None  # no images while it runs
    result = seen[2][1]
    assert result is not None
    (image,) = result.value
    assert image.score == 5.035636554444242  # the golden's score, kept
    key = f"v-1/image/ai/{job_id}-00001.gif"
    assert image.url == f"{emu.endpoint}/outin-emulator/{key}"
    stored = emu.oss.object_info("outin-emulator", key)
    assert stored.content_type == "image/gif"
    assert httpx.get(image.url).status_code == 403  # private: no signature, no image
    answer = httpx.get(vod.presign_url(image.url))
    assert answer.status_code == 200
    assert answer.content == emu.oss.read_object("outin-emulator", key)
    (again,) = vod.get_ai_image_jobs(job_ids=[job_id]).ai_image_job_list or []
    assert again.ai_image_result is not None
    assert again.ai_image_result.text == result.text  # written once
    assert len(emu.oss.objects("outin-emulator", prefix="v-1/")) == 1


def test_a_seeded_job_answers_what_it_was_seeded_with(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    emu.records("AIImageJob").append({"JobId": "seeded", "Status": "fail"})
    (job,) = vod.get_ai_image_jobs(job_ids=["seeded"]).ai_image_job_list or []
    assert job.status is not None and job.status.value == "fail"
    assert job.ai_image_result is not None
    assert "outin-*****" in job.ai_image_result.text  # the golden's, not the emulator's
    assert not emu.oss.buckets()


def test_the_expiry_is_a_utc_timestamp_of_the_emulator_s_clock(
    emu: Emulator, vod: acs_vod.Client
) -> None:
    emu.clock_offset = 3600.0
    answer = vod.create_upload_video(title="t", file_name="a.mp4")
    assert answer.upload_auth is not None
    expires = answer.upload_auth.value.expire_utc_time
    assert expires is not None and expires.tzinfo == UTC
    expected = datetime.fromtimestamp(emu.now() + 3000, UTC)
    assert abs((expires - expected).total_seconds()) < 5
