"""`client.presign_url(url)`: any product's client signs an OSS object URL that an answer carried
(VOD's `AIImageResult` URLs "do not include the complete authentication information"), with its
own credentials, as a V4 presigned URL; bad input is refused before anything is asked or sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import acs_vod
import httpx
import pytest
from acs_core.credentials.base import Credentials
from acs_core.errors import RequestValidationError
from acs_core.oss.urls import parse_object_url
from acs_core.testing import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(
        acs_vod, credentials={"testid": "testsecret", "STS.x": ("stssecret", "tok")}
    ) as emulator:
        emulator.oss.create_bucket("media", acl="private")
        emulator.oss.put_object("media", "a b/ü.gif", b"GIF89a-bytes")
        yield emulator


def vod(emu: Emulator, key_id: str = "testid", **options: Any) -> acs_vod.Client:
    secret, token = ("testsecret", None) if key_id == "testid" else ("stssecret", "tok")
    return acs_vod.Client(
        "cn-shanghai",
        access_key_id=key_id,
        access_key_secret=secret,
        security_token=token,
        endpoint=emu.endpoint,
        **options,
    )


def object_url(emu: Emulator) -> str:
    return (
        f"{emu.endpoint}/media/a%20b/%C3%BC.gif"  # path style, as the emulator answers
    )


def test_a_presigned_url_fetches_a_private_object_an_unsigned_one_is_refused(
    emu: Emulator,
) -> None:
    url = object_url(emu)
    assert httpx.get(url).status_code == 403
    with vod(emu) as client:
        signed = client.presign_url(url)
    assert signed.startswith(url + "?")
    query = parse_qs(urlsplit(signed).query)
    assert query["x-oss-signature-version"] == ["OSS4-HMAC-SHA256"]
    assert query["x-oss-expires"] == ["3600"]
    assert query["x-oss-credential"][0].startswith("testid/")
    assert "/cn-shanghai/oss/aliyun_v4_request" in query["x-oss-credential"][0]
    answer = httpx.get(signed)
    assert answer.status_code == 200 and answer.content == b"GIF89a-bytes"


def test_sts_credentials_put_their_token_in_the_url(emu: Emulator) -> None:
    with vod(emu, "STS.x") as client:
        signed = client.presign_url(object_url(emu), expires=timedelta(minutes=5))
    query = parse_qs(urlsplit(signed).query)
    assert query["x-oss-security-token"] == ["tok"] and query["x-oss-expires"] == [
        "300"
    ]
    assert httpx.get(signed).content == b"GIF89a-bytes"


async def test_the_async_client_presigns_the_same_way(emu: Emulator) -> None:
    async with acs_vod.AsyncClient(
        "cn-shanghai",
        access_key_id="testid",
        access_key_secret="testsecret",
        endpoint=emu.endpoint,
    ) as client:
        signed = await client.presign_url(object_url(emu), expires=60)
    async with httpx.AsyncClient() as http:
        answer = await http.get(signed)
    assert answer.status_code == 200 and answer.content == b"GIF89a-bytes"


class NoCredentials:
    """A provider that fails the test if it is asked: refusals come before credentials."""

    def get_credentials(self) -> Credentials:
        raise AssertionError("credentials were asked for")

    async def get_credentials_async(self) -> Credentials:
        raise AssertionError("credentials were asked for")


@pytest.mark.parametrize(
    "expires", [604_801, timedelta(days=7, seconds=1), 10**9, 0, -5, "3600"]
)
def test_an_expiry_out_of_range_is_refused_before_anything_else(expires: Any) -> None:
    client = acs_vod.Client("cn-shanghai", credentials=NoCredentials())
    with pytest.raises(RequestValidationError) as caught:
        client.presign_url("not even a URL", expires=expires)
    assert caught.value.argument == "expires"
    if isinstance(expires, (int, timedelta)) and expires not in (0, -5):
        assert "at most 604800 seconds (7 days)" in str(caught.value)


def test_seven_days_exactly_is_allowed(emu: Emulator) -> None:
    with vod(emu) as client:
        signed = client.presign_url(object_url(emu), expires=604_800)
    assert parse_qs(urlsplit(signed).query)["x-oss-expires"] == ["604800"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://cdn.example.com/video/a.mp4", "is not an OSS object URL"),
        ("https://vod.cn-shanghai.aliyuncs.com/a.gif", "is not an OSS object URL"),
        ("ftp://bucket.oss-cn-shanghai.aliyuncs.com/a.gif", "is not an OSS object URL"),
        ("https://bucket.oss-cn-shanghai.aliyuncs.com/", "names no object"),
        ("http://127.0.0.1:9000/bucket", "names no object"),
        ("http://outin-*****.oss-cn-shanghai.aliyuncs.com/a.gif", "is not an OSS"),
        (
            "https://b1.oss-cn-shanghai.aliyuncs.com/a.gif?x-oss-signature=ab",
            "is signed already",
        ),
        ("http://u:p@127.0.0.1:9000/bucket/a", "is not an OSS object URL"),
    ],
)
def test_a_url_that_is_not_an_oss_object_url_is_refused_clearly(
    url: str, reason: str
) -> None:
    client = acs_vod.Client("cn-shanghai", credentials=NoCredentials())
    with pytest.raises(RequestValidationError) as caught:
        client.presign_url(url)
    assert caught.value.argument == "url" and reason in str(caught.value)
    assert "<bucket>.oss-<region>.aliyuncs.com" in str(caught.value) or (
        "signed already" in reason
    )


def test_virtual_hosted_urls_are_signed_for_the_region_their_host_names() -> None:
    client = acs_vod.Client(
        "cn-shanghai", access_key_id="id", access_key_secret="secret"
    )
    signed = client.presign_url(
        "http://outin-1.oss-cn-beijing-internal.aliyuncs.com/v/image/ai/1.gif"
        "?x-oss-process=image/resize,w_100"
    )
    parts = urlsplit(signed)
    assert parts.scheme == "http"
    assert parts.netloc == "outin-1.oss-cn-beijing-internal.aliyuncs.com"
    assert parts.path == "/v/image/ai/1.gif"
    query = parse_qs(parts.query)
    assert "/cn-beijing/oss/" in query["x-oss-credential"][0]
    assert query["x-oss-process"] == ["image/resize,w_100"]  # signed along


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://bkt.oss-cn-hangzhou.aliyuncs.com/a/b.mp4",
            (
                "https://oss-cn-hangzhou.aliyuncs.com",
                "bkt",
                "a/b.mp4",
                False,
                "cn-hangzhou",
            ),
        ),
        (
            "https://bkt.oss-accelerate.aliyuncs.com/k",
            ("https://oss-accelerate.aliyuncs.com", "bkt", "k", False, None),
        ),
        (
            "http://127.0.0.1:8080/bkt/sv/x%2By.mp4",
            ("http://127.0.0.1:8080", "bkt", "sv/x+y.mp4", True, None),
        ),
        (
            "http://localhost:8080/bkt/k",
            ("http://localhost:8080", "bkt", "k", True, None),
        ),
    ],
)
def test_object_urls_are_read_as_both_addressing_styles(
    url: str, expected: tuple[Any, ...]
) -> None:
    found = parse_object_url(url)
    assert (
        found.endpoint,
        found.bucket,
        found.key,
        found.path_style,
        found.region,
    ) == expected
