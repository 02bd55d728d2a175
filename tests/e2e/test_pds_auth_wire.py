"""PDS's calls without an AccessKey signature, against its official SDK (alibabacloud-pds20220301).

The metadata's `security` says how each operation authenticates: `Anonymous` (Token,
GetShareLinkToken: the SDK sends no Authorization at all), `BearerToken` (the SDK, configured
with `bearer_token`, sends `Authorization: Bearer <token>` and `x-acs-bearer-token`), `AK`. The
operations are imported with their `auth` and generated (the `sls_pds` fixture); for each
call, the SDK and our client talk to our emulator over loopback (the SDK through it as its
proxy): the emulator lets unsigned calls reach anonymous operations only and bearer tokens it
was told about reach the operations that take one; our client sends what the SDK sends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alibabacloud_tea_openapi.utils_models import Config
from sls_pds_cases import KEY_ID, REGION, SDK_ENDPOINTS, SECRET, emulator, package

PDS = "pds-2022-03-01"
TOKEN_FORM = {"client_id": "app1", "grant_type": "refresh_token", "refresh_token": "r1"}
SHARE = {"share_id": "7JQX1FswpQ8", "share_pwd": "abcF123x"}
LINK = {"identity": "13800000000", "type": "mobile"}
BEARER = "eyJhbGciOiJSUzI1NiJ9.user-1.sig"


def sdk(proxy: str, **credentials: str) -> tuple[Any, Any]:
    """The official PDS client through the emulator at `proxy`, with `credentials` (none,
    an AccessKey, or `bearer_token`)."""
    from alibabacloud_pds20220301 import models
    from alibabacloud_pds20220301.client import Client

    config = Config(
        region_id=REGION,
        endpoint=SDK_ENDPOINTS[PDS],
        protocol="http",
        http_proxy=proxy,
        read_timeout=5000,
        connect_timeout=5000,
        **credentials,
    )
    return Client(config), models


def ours(endpoint: str, **credentials: str) -> Any:
    client = package(PDS).Client(
        region=REGION, endpoint=endpoint, max_retries=0, **credentials
    )
    return client


def test_the_sdk_s_anonymous_calls_are_answered_unsigned(sls_pds: Path) -> None:
    with emulator(PDS) as emu:
        client, models = sdk(emu.endpoint)
        token = client.token(models.TokenRequest(**TOKEN_FORM))
        share = client.get_share_link_token(models.GetShareLinkTokenRequest(**SHARE))
        received = list(emu.requests)
    assert (token.status_code, share.status_code) == (200, 200)
    assert [r.operation for r in received] == ["Token", "GetShareLinkToken"]
    assert all("authorization" not in r.headers for r in received)
    assert [r.signature_version for r in received] == ["anonymous", "anonymous"]
    assert received[0].params == {
        **{key: None for key in received[0].params},
        **TOKEN_FORM,
        "domain_id": "bj1234",
    }


def test_our_client_without_credentials_sends_what_the_sdk_sends(
    sls_pds: Path,
) -> None:
    with emulator(PDS) as emu:
        client, models = sdk(emu.endpoint)
        client.token(models.TokenRequest(**TOKEN_FORM))
        client.get_share_link_token(models.GetShareLinkTokenRequest(**SHARE))
        # A provider that fails if asked: an anonymous call asks none.
        with ours(emu.endpoint, credentials=_FailingProvider()) as mine:
            answer = mine.token(domain_id="bj1234", **TOKEN_FORM)
            mine.get_share_link_token(domain_id="bj1234", body=SHARE)
        theirs, sent = emu.requests[:2], emu.requests[2:]
    assert answer.to_dict()["access_token"] == ""  # the golden's
    for their, our in zip(theirs, sent, strict=True):
        assert (our.status, our.code, our.operation) == (200, None, their.operation)
        assert (our.method, our.path, our.query) == (
            their.method,
            their.path,
            their.query,
        )
        assert our.body == their.body
        assert our.params == their.params
        assert _auth_headers(our.headers) == _auth_headers(their.headers) == {}
        assert our.headers.get("content-type") == their.headers.get("content-type")


def test_the_sdk_s_bearer_token_reaches_the_operations_that_take_one(
    sls_pds: Path,
) -> None:
    with emulator(PDS) as emu:
        emu.accept_bearer(BEARER)
        client, models = sdk(emu.endpoint, bearer_token=BEARER)
        link = client.get_link_info(models.GetLinkInfoRequest(**LINK))
        file = client.get_file(models.GetFileRequest(drive_id="1", file_id="f1"))
        received = list(emu.requests)
    assert (link.status_code, file.status_code) == (200, 200)
    assert [r.signature_version for r in received] == ["bearer", "bearer"]
    assert _auth_headers(received[0].headers) == {
        "authorization": f"Bearer {BEARER}",
        "x-acs-bearer-token": BEARER,
    }


def test_our_bearer_calls_send_what_the_sdk_sends(sls_pds: Path) -> None:
    with emulator(PDS) as emu:
        emu.accept_bearer(BEARER)
        client, models = sdk(emu.endpoint, bearer_token=BEARER)
        client.get_link_info(models.GetLinkInfoRequest(**LINK))
        client.get_file(models.GetFileRequest(drive_id="1", file_id="f1"))
        with ours(emu.endpoint, bearer_token=BEARER) as mine:
            mine.get_link_info(domain_id="bj1234", body=LINK)
            mine.get_file(domain_id="bj1234", body={"drive_id": "1", "file_id": "f1"})
        theirs, sent = emu.requests[:2], emu.requests[2:]
    for their, our in zip(theirs, sent, strict=True):
        assert (our.status, our.code, our.operation) == (200, None, their.operation)
        assert (our.method, our.path, our.body) == (
            their.method,
            their.path,
            their.body,
        )
        assert _auth_headers(our.headers) == _auth_headers(their.headers)
        assert our.signature_version == "bearer"


def test_the_emulator_refuses_a_token_it_was_not_told_about_in_pds_s_shape(
    sls_pds: Path,
) -> None:
    from Tea.exceptions import TeaException

    with emulator(PDS) as emu:
        client, models = sdk(emu.endpoint, bearer_token="someone-else")
        with pytest.raises(TeaException) as caught:
            client.get_link_info(models.GetLinkInfoRequest(**LINK))
        received = emu.requests[-1]
    assert (received.status, received.code) == (401, "AccessTokenInvalid")
    assert caught.value.code == "AccessTokenInvalid"
    # PDS's shape: the SDK reads the request ID from `x-ca-request-id`.
    assert caught.value.data["requestId"] == received.request_id


def test_the_emulator_refuses_unsigned_calls_to_signed_operations(
    sls_pds: Path,
) -> None:
    from Tea.exceptions import TeaException

    with emulator(PDS) as emu:
        client, models = sdk(emu.endpoint)  # no credentials: the SDK sends it unsigned
        with pytest.raises(TeaException) as caught:
            client.get_file(models.GetFileRequest(drive_id="1", file_id="f1"))
        received = emu.requests[-1]
    assert "authorization" not in received.headers
    assert (received.status, received.code) == (400, "IncompleteSignature")
    assert caught.value.code == "IncompleteSignature"


def test_an_access_key_still_signs_where_no_bearer_token_is_given(
    sls_pds: Path,
) -> None:
    with emulator(PDS) as emu:
        with ours(emu.endpoint, access_key_id=KEY_ID, access_key_secret=SECRET) as mine:
            mine.get_file(domain_id="bj1234", body={"drive_id": "1", "file_id": "f1"})
            mine.token(domain_id="bj1234", **TOKEN_FORM)  # anonymous all the same
        signed, unsigned = emu.requests[-2], emu.requests[-1]
    assert signed.headers["authorization"].startswith(f"acs {KEY_ID}:")
    assert signed.signature_version == "pds_v1"
    assert "authorization" not in unsigned.headers


def _auth_headers(headers: dict[str, str]) -> dict[str, str]:
    """The headers that say who is calling."""
    names = ("authorization", "x-acs-bearer-token", "x-acs-security-token")
    return {name: headers[name] for name in names if name in headers}


class _FailingProvider:
    """A credentials provider that fails if it is ever asked."""

    def get_credentials(self) -> Any:
        raise AssertionError("an anonymous call asked for credentials")

    async def get_credentials_async(self) -> Any:
        raise AssertionError("an anonymous call asked for credentials")
