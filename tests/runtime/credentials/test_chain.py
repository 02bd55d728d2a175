"""The default credentials chain: its sources in the official library's order, the one that
answered kept, one error naming every source and why when none did; a client signs with what it
found, and nothing it holds shows a secret.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import acs_vod
import pytest
from acs_core.credentials import (
    Credentials,
    DefaultCredentialsChain,
    EcsRamRoleCredentials,
    OfficialCredentialsAdapter,
    RamRoleArnCredentials,
    UriCredentials,
)
from acs_core.credentials import base as _credentials
from acs_core.credentials import chain as _credentials_chain
from acs_core.testing.fakes import FakeCredentialsUri, FakeEcsMetadata, FakeSts
from acs_vod.emulator import Emulator


def test_environment_comes_before_the_cli_profile(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    helpers.write_cli_config(
        isolated, [helpers.ak_profile("p", "cli-id", "cli-secret")], "p"
    )
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token")
    found = DefaultCredentialsChain().get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (
        "env-id",
        "env-secret",
    )
    assert found.security_token is not None
    assert found.security_token.reveal() == "env-token"
    assert found.provider_name == "default/env"


def test_cli_profile_comes_before_the_credentials_file(
    isolated: Path, helpers: Any
) -> None:
    helpers.write_cli_config(
        isolated, [helpers.ak_profile("p", "cli-id", "cli-secret")], "p"
    )
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    found = DefaultCredentialsChain().get_credentials()
    assert (found.access_key_id, found.provider_name) == (
        "cli-id",
        "default/static_ak",
    )


def test_credentials_file_is_read_when_there_is_no_cli_profile(
    isolated: Path, helpers: Any
) -> None:
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key   # a comment\n"
        "access_key_id = ini-id\naccess_key_secret = ini-secret\n",
    )
    found = DefaultCredentialsChain().get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (
        "ini-id",
        "ini-secret",
    )


def test_the_oidc_role_comes_before_the_cli_profile(
    isolated: Path,
    sts: FakeSts,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    helpers: Any,
) -> None:
    helpers.write_cli_config(
        isolated, [helpers.ak_profile("p", "cli-id", "cli-secret")], "p"
    )
    token_file = tmp_path / "token"
    token_file.write_text("oidc-token\n")
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_ARN", helpers.ROLE_ARN)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", helpers.OIDC_PROVIDER_ARN)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token_file))
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert found.provider_name == "default/oidc_role_arn"


def test_the_credentials_file_comes_before_the_ecs_role(
    isolated: Path, ecs: FakeEcsMetadata, helpers: Any
) -> None:
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    found = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint).get_credentials()
    assert found.access_key_id == "ini-id"
    assert ecs.requests == []


def test_ecs_role_comes_before_the_credentials_uri(
    ecs: FakeEcsMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeCredentialsUri() as uri:
        monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_URI", uri.endpoint + "/creds")
        found = DefaultCredentialsChain(
            metadata_endpoint=ecs.endpoint
        ).get_credentials()
        assert found.provider_name == "default/ecs_ram_role"
        assert uri.requests == []


def test_credentials_uri_is_the_last_source(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeCredentialsUri() as uri:
        monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_URI", uri.endpoint + "/creds")
        found = DefaultCredentialsChain().get_credentials()
    assert (found.access_key_id, found.provider_name) == (
        "STS.uri-1",
        "default/credential_uri",
    )
    assert uri.requests[0].path == "/creds"


def test_chain_keeps_the_source_that_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    chain = DefaultCredentialsChain()
    chain.get_credentials()
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "other-id")
    assert chain.get_credentials().access_key_id == "env-id"
    assert "environment" in repr(chain)


def test_chain_is_walked_once_for_concurrent_first_callers(
    ecs: FakeEcsMetadata,
) -> None:
    ecs.delay = 0.05
    chain = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint)
    barrier = threading.Barrier(8)
    found: list[str] = []

    def ask() -> None:
        barrier.wait()
        found.append(chain.get_credentials().access_key_id)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert found == ["STS.ecs-1"] * 8
    assert len(ecs.issued) == 1


def test_client_without_credentials_uses_the_chain_when_it_first_signs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = acs_vod.Client("cn-shanghai")
    assert isinstance(client._provider, DefaultCredentialsChain)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "late-id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "late-secret")
    assert client._provider.get_credentials().access_key_id == "late-id"


# --- nothing found ---------------------------------------------------------------------------


def test_empty_chain_raises_one_error_naming_every_source_and_why() -> None:
    with pytest.raises(acs_vod.ConfigurationError) as raised:
        DefaultCredentialsChain().get_credentials()
    message = str(raised.value)
    for reason in (
        "environment: ALIBABA_CLOUD_ACCESS_KEY_ID is not set",
        "OIDC role: ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, "
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set",
        "CLI profile: no file ",
        "credentials file: no file ",
        "ECS RAM role: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true",
        "credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI is not set",
    ):
        assert reason in message
    assert message.index("environment") < message.index("OIDC role")
    assert message.index("credentials file") < message.index("ECS RAM role")


def test_empty_chain_says_why_the_metadata_service_gave_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
    with FakeEcsMetadata(role_name=None) as ecs:
        chain = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint)
        with pytest.raises(
            acs_vod.ConfigurationError, match=r"ECS RAM role: .*HTTP 404"
        ):
            chain.get_credentials()


def test_empty_chain_fails_the_same_way_async() -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="credentials URI: "):
        asyncio.run(DefaultCredentialsChain().get_credentials_async())


def test_a_broken_source_is_reported_and_the_next_one_used(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    (isolated / ".aliyun").mkdir()
    (isolated / ".aliyun" / "config.json").write_text("{not json")
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    assert DefaultCredentialsChain().get_credentials().access_key_id == "ini-id"


def test_a_source_failing_with_any_exception_is_reported_and_the_next_one_used(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    def broken(**_: Any) -> Any:
        raise ValueError("a bug of this source")

    monkeypatch.setattr(_credentials_chain, "cli_profile_provider", broken)
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    assert DefaultCredentialsChain().get_credentials().access_key_id == "ini-id"


def test_a_source_failing_with_any_exception_is_named_in_the_chain_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(**_: Any) -> Any:
        raise ValueError("a bug of this source")

    monkeypatch.setattr(_credentials_chain, "cli_profile_provider", broken)
    with pytest.raises(acs_vod.ConfigurationError) as raised:
        DefaultCredentialsChain().get_credentials()
    assert "CLI profile: ValueError: a bug of this source" in str(raised.value)
    assert "credentials URI: " in str(raised.value)  # the later sources were tried


# --- secrets ---------------------------------------------------------------------------------


def test_no_secret_in_reprs_of_providers_and_credentials(
    sts: FakeSts, ecs: FakeEcsMetadata, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", helpers.KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", helpers.SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token")
    chain = DefaultCredentialsChain()
    role = RamRoleArnCredentials(chain, helpers.ROLE_ARN, sts_endpoint=sts.endpoint)
    instance = EcsRamRoleCredentials(endpoint=ecs.endpoint)
    with FakeCredentialsUri() as uri:
        by_uri = UriCredentials(
            uri.endpoint.replace("://", "://user:pa55w0rd@")
            + "/c?signature=s3cr3t-query"
        )
        fetched = [p.get_credentials() for p in (chain, role, instance, by_uri)]
    texts = [repr(x) for x in (chain, role, instance, by_uri, *fetched)]
    texts.append(repr(OfficialCredentialsAdapter(helpers.official_client())))
    texts.append(repr(acs_vod.Client("cn-shanghai", credentials=role)))
    issued = [
        value
        for fake in (sts, ecs, uri)
        for grant in fake.issued
        for name, value in grant.items()
        if name in ("AccessKeySecret", "SecurityToken")
    ]
    for secret in (helpers.SECRET, "env-token", "s3cr3t-query", "pa55w0rd", *issued):
        for text in texts:
            assert secret not in text


def test_credentials_model_is_frozen_and_masks_its_secrets(helpers: Any) -> None:
    found = Credentials(
        helpers.KEY_ID, _credentials.Secret(helpers.SECRET), _credentials.Secret("tok")
    )
    assert helpers.SECRET not in repr(found) and "tok'" not in repr(found)
    with pytest.raises(AttributeError):
        found.access_key_id = "other"  # type: ignore[misc]


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_client_calls_the_emulator_with_the_ecs_role_of_the_default_chain(
    ecs: FakeEcsMetadata, kind: str
) -> None:
    with Emulator(credentials={"STS.ecs-1": "ecs-secret-1"}) as emu:
        chain = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint)
        if kind == "sync":
            with acs_vod.Client(
                "cn-shanghai", credentials=chain, endpoint=emu.endpoint
            ) as client:
                client.get_ai_image_jobs(job_ids=["a"])
                client.get_ai_image_jobs(job_ids=["b"])
        else:

            async def main() -> None:
                async with acs_vod.AsyncClient(
                    "cn-shanghai", credentials=chain, endpoint=emu.endpoint
                ) as client:
                    await client.get_ai_image_jobs(job_ids=["a"])
                    await client.get_ai_image_jobs(job_ids=["b"])

            asyncio.run(main())
        assert [r.status for r in emu.requests] == [200, 200]
        assert all(
            r.headers["x-acs-security-token"] == "ecs-token-1" for r in emu.requests
        )
    assert len(ecs.issued) == 1
