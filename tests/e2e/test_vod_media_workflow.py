"""The seed's workflow, end to end against the emulator, sync and async: upload a video
(`upload_video`: CreateUploadVideo, then the file to OSS, small in one PutObject or multipart),
submit an AI image job on it, wait for it, presign every `AIImageResult` URL ("does not
include the complete authentication information ... you must generate a signed URL") and
download the images; credentials that expire mid-upload are renewed with RefreshUploadVideo;
bad input is refused before anything is sent.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import acs_vod
import httpx
import pytest
from acs_core.credentials import base as credentials_base
from acs_core.errors import RequestValidationError
from acs_core.oss import SourceChangedError
from acs_vod.emulator import Emulator

PART = 100 * 1024  # the smallest part OSS takes


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={"testid": "testsecret"}) as emulator:
        yield emulator


def client(emu: Emulator) -> acs_vod.Client:
    return acs_vod.Client(
        "cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    )


def async_client(emu: Emulator) -> acs_vod.AsyncClient:
    return acs_vod.AsyncClient(
        "cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    )


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.mp4"
    path.write_bytes(os.urandom(40_000))
    return path


@pytest.fixture
def large(tmp_path: Path) -> Path:
    path = tmp_path / "large.mp4"
    path.write_bytes(os.urandom(3 * PART + 12_345))  # four parts
    return path


def stored(emu: Emulator, answer: acs_vod.CreateUploadVideoResponse) -> bytes:
    assert answer.upload_address is not None
    address = answer.upload_address.value
    return emu.oss.read_object(address.bucket, address.file_name)


def calls(emu: Emulator, product: str = "acs_vod") -> list[str]:
    return [r.operation or "" for r in emu.requests if r.product == product]


def oss_calls(emu: Emulator) -> list[tuple[str, str, int | None]]:
    return [
        (r.method, r.code or "", r.status) for r in emu.requests if r.product == "oss"
    ]


def test_the_seed_workflow_upload_ai_images_presign_download(
    emu: Emulator, small: Path, large: Path
) -> None:
    with client(emu) as vod:
        one = vod.upload_video(small, title="Small")
        assert stored(emu, one) == small.read_bytes()
        assert [m for m, _, _ in oss_calls(emu)] == ["PUT"]  # one PutObject
        two = vod.upload_video(str(large), title="Large", part_size=PART)
        assert stored(emu, two) == large.read_bytes()
        methods = [m for m, _, _ in oss_calls(emu)][1:]
        assert methods == ["POST", "PUT", "PUT", "PUT", "PUT", "POST"]  # multipart
        assert two.upload_address is not None
        assert two.upload_address.value.file_name == f"sv/{two.video_id}/large.mp4"
        sent = emu.requests[0].params
        assert sent["title"] == "Small" and sent["file_name"] == "small.mp4"
        assert sent["file_size"] == 40_000

        assert two.video_id is not None
        job = vod.submit_ai_image_job(video_id=two.video_id, ai_template_id="tpl")
        assert job.job_id is not None
        done = vod.wait_ai_image_jobs_finished(job_ids=[job.job_id], delay=0.01)
        (finished,) = done.ai_image_job_list or []
        assert finished.status is not None and finished.status.value == "success"
        assert finished.ai_image_result is not None
        images = finished.ai_image_result.value
        assert images
        for image in images:
            assert image.url is not None and image.url.startswith(emu.endpoint)
            assert httpx.get(image.url).status_code == 403  # as the seed says
            answer = httpx.get(vod.presign_url(image.url, expires=600))
            assert answer.status_code == 200
            assert answer.headers["content-type"] == "image/gif"
            assert answer.content.startswith(b"acs-core emulator: outin-emulator/")
    assert calls(emu)[:3] == [
        "CreateUploadVideo",
        "CreateUploadVideo",
        "SubmitAIImageJob",
    ]


async def test_the_seed_workflow_async(emu: Emulator, small: Path, large: Path) -> None:
    async with async_client(emu) as vod, httpx.AsyncClient() as http:
        with small.open("rb") as file:  # a binary file: its name is the file name
            one = await vod.upload_video(file, title="Small")
        assert stored(emu, one) == small.read_bytes()
        two = await vod.upload_video(
            large, title="Large", part_size=PART, parallelism=2
        )
        assert stored(emu, two) == large.read_bytes()
        assert two.video_id is not None
        job = await vod.submit_ai_image_job(video_id=two.video_id, ai_template_id="t")
        assert job.job_id is not None
        done = await vod.wait_ai_image_jobs_finished(job_ids=[job.job_id], delay=0.01)
        (finished,) = done.ai_image_job_list or []
        assert finished.ai_image_result is not None
        for image in finished.ai_image_result.value:
            assert image.url is not None
            assert (await http.get(image.url)).status_code == 403
            answer = await http.get(await vod.presign_url(image.url))
            assert answer.status_code == 200 and answer.content
    assert emu.requests[0].params["file_name"] == "small.mp4"


def expire_after_first_part(emu: Emulator) -> Any:
    """A progress callback that makes the emulator's granted credentials expire once the
    upload has begun: the next part is refused with 403 SecurityTokenExpired."""
    state = {"done": False}

    def progress(done: int, total: int | None) -> None:
        if done >= PART and not state["done"]:
            state["done"] = True
            emu.expire_credentials()

    return progress


def test_credentials_expiring_mid_upload_are_renewed_and_the_upload_goes_on(
    emu: Emulator, large: Path
) -> None:
    with client(emu) as vod:
        answer = vod.upload_video(
            large,
            title="Large",
            part_size=PART,
            parallelism=1,
            progress=expire_after_first_part(emu),
        )
    assert stored(emu, answer) == large.read_bytes()
    assert calls(emu) == ["CreateUploadVideo", "RefreshUploadVideo"]
    (refresh,) = [r for r in emu.requests if r.operation == "RefreshUploadVideo"]
    assert refresh.params["video_id"] == answer.video_id
    refused = [c for c in oss_calls(emu) if c[1] == "SecurityTokenExpired"]
    assert refused == [("PUT", "SecurityTokenExpired", 403)]  # one part, sent again
    assert [m for m, code, _ in oss_calls(emu) if not code].count("POST") == 2
    assert emu.oss.uploads("outin-emulator") == []  # completed, nothing left over


async def test_credentials_expiring_mid_upload_are_renewed_async(
    emu: Emulator, large: Path
) -> None:
    async with async_client(emu) as vod:
        answer = await vod.upload_video(
            large,
            title="Large",
            part_size=PART,
            parallelism=1,
            progress=expire_after_first_part(emu),
        )
    assert stored(emu, answer) == large.read_bytes()
    assert calls(emu) == ["CreateUploadVideo", "RefreshUploadVideo"]


def test_credentials_near_their_expiry_are_renewed_before_oss_refuses_them(
    emu: Emulator, large: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def later(done: int, total: int | None) -> None:
        if done >= PART:  # 2500 s on: past the 15-minute margin of 3000 s credentials
            monkeypatch.setattr(credentials_base, "_now", lambda: time.time() + 2500)

    with client(emu) as vod:
        answer = vod.upload_video(
            large, title="Large", part_size=PART, parallelism=1, progress=later
        )
    assert stored(emu, answer) == large.read_bytes()
    assert calls(emu) == ["CreateUploadVideo", "RefreshUploadVideo"]
    assert all(status == 200 for _, _, status in oss_calls(emu))  # nothing refused


def test_a_stream_with_its_name_given_uploads_without_a_size(emu: Emulator) -> None:
    chunks = [b"a" * 70_000, b"b" * 70_000]
    with client(emu) as vod:
        answer = vod.upload_video(
            iter(chunks), title="Stream", file_name="live.ts", part_size=PART
        )
    assert stored(emu, answer) == b"".join(chunks)
    assert (
        "file_size" not in emu.requests[0].params
        or not emu.requests[0].params["file_size"]
    )


def test_a_file_that_changes_size_while_uploaded_is_not_completed(
    emu: Emulator, large: Path
) -> None:
    def grow(done: int, total: int | None) -> None:
        if done >= PART:
            with large.open("ab") as file:
                file.write(b"more")

    with client(emu) as vod, pytest.raises(SourceChangedError, match="size changed"):
        vod.upload_video(large, title="Large", part_size=PART, progress=grow)
    assert emu.oss.objects("outin-emulator") == []  # never completed
    assert emu.oss.uploads("outin-emulator") == []  # and the upload aborted


@pytest.mark.parametrize(
    ("source", "options", "argument"),
    [
        ("/no/such/file.mp4", {}, "source"),
        (io.BytesIO(b"no name"), {}, "file_name"),
        (iter([b"x"]), {}, "file_name"),
        (io.StringIO("text"), {"file_name": "a.txt"}, "source"),
        (b"bytes", {"file_name": "a.mp4", "checkpoint_dir": "/tmp"}, "checkpoint_dir"),
        (b"bytes", {"file_name": "a.mp4", "part_size": 1024}, "part_size"),
        (b"bytes", {"file_name": "a.mp4", "parallelism": 0}, "parallelism"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    emu: Emulator, source: Any, options: dict[str, Any], argument: str
) -> None:
    with client(emu) as vod, pytest.raises(RequestValidationError) as caught:
        vod.upload_video(source, title="t", **options)
    assert caught.value.argument == argument
    assert list(emu.requests) == []


@pytest.mark.parametrize(
    ("url", "expires", "argument"),
    [
        ("http://127.0.0.1:1/outin-emulator/a.gif", 604_801, "expires"),
        ("https://cdn.example.com/a.gif", 60, "url"),
        ("http://outin-*****.oss-cn-shanghai.aliyuncs.com/a.gif", 60, "url"),
    ],
)
def test_a_bad_url_or_expiry_is_refused_before_anything_is_sent(
    emu: Emulator, url: str, expires: int, argument: str
) -> None:
    with client(emu) as vod, pytest.raises(RequestValidationError) as caught:
        vod.presign_url(url, expires=expires)
    assert caught.value.argument == argument
    assert list(emu.requests) == []


def test_the_readme_example_runs_as_it_stands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("### VOD's media: upload, AI images, signed URLs\n", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    lines = capsys.readouterr().out.splitlines()
    video_id, key = lines[0].split()
    assert key == f"sv/{video_id}/demo.mp4"
    assert lines[1].startswith("5.035636554444242 ")  # the image, downloaded
