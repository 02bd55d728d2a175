"""Our PDS client's side of `auth` (`acs_core.client.auth`), against our emulator: a client
without credentials calls anonymous operations and fails clearly, before sending, on the others;
a bearer token goes to the operations that take one, asked for before each attempt, in the
sync and the async client; an operation's way is kept whatever the client holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from acs_core.credentials import Secret, reset_default_chain
from acs_core.errors import ConfigurationError
from sls_pds_cases import KEY_ID, REGION, SECRET, emulator, package

PDS = "pds-2022-03-01"
TOKEN_FORM = {"client_id": "app1", "grant_type": "refresh_token", "refresh_token": "r1"}
LINK = {"identity": "13800000000", "type": "mobile"}
FILE = {"drive_id": "1", "file_id": "f1"}
BEARER = "user-token-1"


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The default chain finds nothing: no ALIBABA_CLOUD_* variable, an empty home, no
    metadata service."""
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    reset_default_chain()
    yield
    reset_default_chain()


def client(endpoint: str, **options: Any) -> Any:
    return package(PDS).Client(
        region=REGION, endpoint=endpoint, max_retries=0, **options
    )


def test_a_client_without_credentials_calls_anonymous_operations_only(
    sls_pds: Path, no_credentials: None
) -> None:
    with emulator(PDS) as emu, client(emu.endpoint) as pds:
        answer = pds.token(domain_id="bj1234", **TOKEN_FORM)
        with pytest.raises(ConfigurationError) as caught:
            pds.get_file(domain_id="bj1234", body=FILE)
        sent = list(emu.requests)
    assert answer.to_dict()["token_type"] == ""  # the golden's
    assert [r.operation for r in sent] == ["Token"]  # GetFile was never sent
    assert str(caught.value).startswith("no credentials: the default chain found none")


def test_a_signed_only_operation_names_itself_when_the_client_has_a_token_only(
    sls_pds: Path, no_credentials: None
) -> None:
    with emulator(PDS) as emu, client(emu.endpoint, bearer_token=BEARER) as pds:
        with pytest.raises(
            ConfigurationError, match="ListDomains is signed with an AccessKey"
        ):
            pds.list_domains(body={"limit": 10})
        assert list(emu.requests) == []


def test_a_bearer_only_operation_needs_a_token_before_anything_is_sent(
    sls_pds: Path,
) -> None:
    with emulator(PDS) as emu:
        with client(
            emu.endpoint, access_key_id=KEY_ID, access_key_secret=SECRET
        ) as pds:
            with pytest.raises(
                ConfigurationError, match="GetLinkInfo takes a bearer token only"
            ):
                pds.get_link_info(domain_id="bj1234", body=LINK)
        assert list(emu.requests) == []


def test_with_both_the_token_goes_where_it_is_taken_and_the_key_signs_the_rest(
    sls_pds: Path,
) -> None:
    with emulator(PDS) as emu:
        emu.accept_bearer(BEARER)
        with client(
            emu.endpoint,
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            bearer_token=BEARER,
        ) as pds:
            pds.get_file(domain_id="bj1234", body=FILE)
            pds.list_domains(body={"limit": 10})
            pds.token(domain_id="bj1234", **TOKEN_FORM)
        sent = [(r.operation, r.signature_version, r.status) for r in emu.requests]
    assert sent == [
        ("GetFile", "bearer", 200),
        ("ListDomains", "pds_v1", 200),
        ("Token", "anonymous", 200),
    ]


class CountingToken:
    """A bearer token provider that counts how often it is asked."""

    def __init__(self) -> None:
        self.asked = 0

    def get_bearer_token(self) -> Secret:
        self.asked += 1
        return Secret(BEARER)

    async def get_bearer_token_async(self) -> Secret:
        self.asked += 1
        return Secret(BEARER)


def test_a_token_provider_is_asked_before_each_attempt(sls_pds: Path) -> None:
    provider = CountingToken()
    with emulator(PDS) as emu:
        emu.accept_bearer(BEARER)
        emu.inject("throttling", count=1)
        with package(PDS).Client(
            region=REGION, endpoint=emu.endpoint, bearer_token=provider, backoff_base=0
        ) as pds:
            pds.get_link_info(domain_id="bj1234", body=LINK)
        statuses = [r.status for r in emu.requests]
    assert statuses[-1] == 200 and len(statuses) == 2
    assert provider.asked == 2


async def test_the_async_client_sends_tokens_and_anonymous_calls_alike(
    sls_pds: Path, no_credentials: None
) -> None:
    provider = CountingToken()
    with emulator(PDS) as emu:
        emu.accept_bearer(BEARER)
        async with package(PDS).AsyncClient(
            region=REGION, endpoint=emu.endpoint, bearer_token=provider, max_retries=0
        ) as pds:
            await pds.get_link_info(domain_id="bj1234", body=LINK)
            await pds.token(domain_id="bj1234", **TOKEN_FORM)
        sent = [(r.operation, r.signature_version, r.status) for r in emu.requests]
    assert sent == [("GetLinkInfo", "bearer", 200), ("Token", "anonymous", 200)]
    assert provider.asked == 1


def test_a_token_the_emulator_does_not_know_is_refused_in_pds_s_shape(
    sls_pds: Path,
) -> None:
    errors = package(PDS).Error
    with emulator(PDS) as emu, client(emu.endpoint, bearer_token="stranger") as pds:
        with pytest.raises(errors) as caught:
            pds.get_link_info(domain_id="bj1234", body=LINK)
        received = emu.requests[-1]
    assert (caught.value.status, caught.value.code) == (401, "AccessTokenInvalid")
    assert caught.value.request_id == received.request_id
