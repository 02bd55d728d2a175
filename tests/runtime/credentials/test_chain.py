"""The credentials of the generated runtime: the default chain, STS/ECS/URI providers, refresh,
the official library's adapter, against the loopback fakes of `_fake_cloud` (and, where the
two can be compared, against the official `alibabacloud_credentials` library on the same inputs).
"""

from __future__ import annotations

import asyncio
import calendar
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import acs_vod
import pytest
from acs_core import signing as _signing
from acs_core.credentials import (
    Credentials,
    DefaultCredentialsChain,
    EcsRamRoleCredentials,
    OfficialCredentialsAdapter,
    OidcRoleCredentials,
    RamRoleArnCredentials,
    StaticCredentials,
    UriCredentials,
)
from acs_core.credentials import base as _credentials
from acs_core.credentials import chain as _credentials_chain
from acs_core.credentials import resolve as _resolve
from acs_core.credentials import sources as _sources
from acs_core.credentials import sts as _sts
from acs_core.testing.fakes import (
    FakeCredentialsUri,
    FakeEcsMetadata,
    FakeRequest,
    FakeSts,
)
from acs_vod.emulator import Emulator

KEY_ID = "testid"
SECRET = "testsecret-never-shown"
ROLE_ARN = "acs:ram::1234567890:role/test-role"
OIDC_PROVIDER_ARN = "acs:ram::1234567890:oidc-provider/test"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No ALIBABA_CLOUD_* variable of the machine, an empty home, no metadata service."""
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    return home


@pytest.fixture
def sts() -> Iterator[FakeSts]:
    with FakeSts(credentials={KEY_ID: SECRET}) as fake:
        yield fake


@pytest.fixture
def ecs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEcsMetadata]:
    monkeypatch.delenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
    with FakeEcsMetadata() as fake:
        yield fake


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """Moves the refresh clock forward by the given seconds (the fakes' clock stays real)."""
    offset = [0.0]
    monkeypatch.setattr(_credentials, "_now", lambda: time.time() + offset[0])

    def advance(seconds: float) -> None:
        offset[0] += seconds

    return advance


def static(key_id: str = KEY_ID, secret: str = SECRET) -> StaticCredentials:
    return StaticCredentials.of(key_id, secret, provider_name="static_ak")


def write_cli_config(home: Path, profiles: list[dict[str, Any]], current: str) -> Path:
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"current": current, "profiles": profiles}))
    return path


def write_ini(home: Path, text: str) -> Path:
    path = home / ".alibabacloud" / "credentials.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def ak_profile(name: str, key_id: str, secret: str) -> dict[str, Any]:
    return {
        "name": name,
        "mode": "AK",
        "access_key_id": key_id,
        "access_key_secret": secret,
    }


def sts_calls(fake: FakeSts, action: str = "AssumeRole") -> list[FakeRequest]:
    return [r for r in fake.requests if r.params.get("Action") == action]


# A source token whose raw, once and twice percent-encoded forms all differ.
SOURCE_TOKEN = "source/token+never=shown"


def token_forms(token: str) -> list[str]:
    once = _signing.percent_encode(token)
    return [token, once, _signing.percent_encode(once)]


# --- the chain: order --------------------------------------------------------------------------


def test_environment_comes_before_the_cli_profile(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cli_config(isolated, [ak_profile("p", "cli-id", "cli-secret")], "p")
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


def test_cli_profile_comes_before_the_credentials_file(isolated: Path) -> None:
    write_cli_config(isolated, [ak_profile("p", "cli-id", "cli-secret")], "p")
    write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    found = DefaultCredentialsChain().get_credentials()
    assert (found.access_key_id, found.provider_name) == (
        "cli-id",
        "default/static_ak",
    )


def test_credentials_file_is_read_when_there_is_no_cli_profile(isolated: Path) -> None:
    write_ini(
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
    isolated: Path, sts: FakeSts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_cli_config(isolated, [ak_profile("p", "cli-id", "cli-secret")], "p")
    token_file = tmp_path / "token"
    token_file.write_text("oidc-token\n")
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", OIDC_PROVIDER_ARN)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token_file))
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert found.provider_name == "default/oidc_role_arn"


def test_the_credentials_file_comes_before_the_ecs_role(
    isolated: Path, ecs: FakeEcsMetadata
) -> None:
    write_ini(
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


# --- the chain: nothing found ------------------------------------------------------------------


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
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (isolated / ".aliyun").mkdir()
    (isolated / ".aliyun" / "config.json").write_text("{not json")
    write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    assert DefaultCredentialsChain().get_credentials().access_key_id == "ini-id"


def test_a_source_failing_with_any_exception_is_reported_and_the_next_one_used(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: Any) -> Any:
        raise ValueError("a bug of this source")

    monkeypatch.setattr(_credentials_chain, "cli_profile_provider", broken)
    write_ini(
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


# --- CLI profile -------------------------------------------------------------------------------


def test_cli_profile_is_the_current_one_unless_named_by_the_environment(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cli_config(
        isolated, [ak_profile("a", "id-a", "s-a"), ak_profile("b", "id-b", "s-b")], "a"
    )
    assert _sources.cli_profile_provider().get_credentials().access_key_id == ("id-a")
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "b")
    assert _sources.cli_profile_provider().get_credentials().access_key_id == ("id-b")


@pytest.mark.parametrize(
    "profile",
    [
        ak_profile("p", "id-1", "secret-1"),
        {
            "name": "p",
            "mode": "StsToken",
            "access_key_id": "id-2",
            "access_key_secret": "secret-2",
            "sts_token": "token-2",
        },
    ],
    ids=["AK", "StsToken"],
)
def test_cli_profile_reads_as_the_official_library_reads_it(
    isolated: Path, profile: dict[str, Any]
) -> None:
    from alibabacloud_credentials.provider import CLIProfileCredentialsProvider

    path = write_cli_config(isolated, [profile], "p")
    official = CLIProfileCredentialsProvider(
        profile_file=str(path), profile_name="p"
    ).get_credentials()
    ours = _sources.cli_profile_provider(path, "p").get_credentials()
    token = ours.security_token.reveal() if ours.security_token else None
    assert (ours.access_key_id, ours.access_key_secret.reveal(), token) == (
        official.get_access_key_id(),
        official.get_access_key_secret(),
        official.get_security_token(),
    )
    assert f"cli_profile/{ours.provider_name}" == official.get_provider_name()


def test_cli_profile_ram_role_arn_assumes_the_role_at_sts(
    isolated: Path, sts: FakeSts
) -> None:
    profile = {
        **ak_profile("p", KEY_ID, SECRET),
        "mode": "RamRoleArn",
        "ram_role_arn": ROLE_ARN,
        "ram_session_name": "my-session",
        "expired_seconds": 1800,
        "external_id": "ext-1",
    }
    write_cli_config(isolated, [profile], "p")
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert found.provider_name == "default/ram_role_arn/static_ak"
    sent = sts_calls(sts)[0].params
    assert (sent["RoleArn"], sent["RoleSessionName"], sent["DurationSeconds"]) == (
        ROLE_ARN,
        "my-session",
        "1800",
    )
    assert sent["ExternalId"] == "ext-1"


def test_cli_profile_chainable_ram_role_signs_with_its_source_profile(
    isolated: Path, sts: FakeSts
) -> None:
    profiles = [
        ak_profile("base", KEY_ID, SECRET),
        {
            "name": "p",
            "mode": "ChainableRamRoleArn",
            "source_profile": "base",
            "ram_role_arn": ROLE_ARN,
        },
    ]
    write_cli_config(isolated, profiles, "p")
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert sts_calls(sts)[0].params["AccessKeyId"] == KEY_ID


def test_cli_profile_ecs_ram_role_uses_the_named_role(
    isolated: Path, ecs: FakeEcsMetadata
) -> None:
    profile = {"name": "p", "mode": "EcsRamRole", "ram_role_name": "test-role"}
    write_cli_config(isolated, [profile], "p")
    found = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint).get_credentials()
    assert found.provider_name == "default/ecs_ram_role"
    assert all(not r.path.endswith("security-credentials/") for r in ecs.requests)


@pytest.mark.parametrize("mode", ["CloudSSO", "OAuth", "External", "Bogus"])
def test_cli_profile_with_an_unsupported_mode_says_which(
    isolated: Path, mode: str
) -> None:
    write_cli_config(isolated, [{"name": "p", "mode": mode}], "p")
    with pytest.raises(acs_vod.ConfigurationError, match=f"CLI profile: .*mode {mode}"):
        DefaultCredentialsChain().get_credentials()


def test_cli_profile_can_be_disabled(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cli_config(isolated, [ak_profile("p", "cli-id", "s")], "p")
    monkeypatch.setenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "TRUE")
    with pytest.raises(
        acs_vod.ConfigurationError,
        match="CLI profile: disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED",
    ):
        DefaultCredentialsChain().get_credentials()


MALFORMED_PROFILES = [
    ({"expired_seconds": "3600s"}, "expired_seconds must be a whole number"),
    ({"enable_vpc": "yes"}, "enable_vpc must be true or false"),
    ({"ram_session_name": 5}, "ram_session_name must be a string"),
]


def ram_role_profile(**fields: Any) -> dict[str, Any]:
    return {
        "name": "p",
        "mode": "RamRoleArn",
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "ram_role_arn": ROLE_ARN,
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "complaint"),
    MALFORMED_PROFILES,
    ids=["expired_seconds", "enable_vpc", "ram_session_name"],
)
def test_a_malformed_cli_profile_field_is_named_with_the_file_and_profile(
    isolated: Path, fields: dict[str, Any], complaint: str
) -> None:
    path = write_cli_config(isolated, [ram_role_profile(**fields)], "p")
    with pytest.raises(acs_vod.ConfigurationError) as raised:
        _sources.cli_profile_provider(path)
    assert f"{path}, profile 'p'" in str(raised.value)
    assert complaint in str(raised.value)


def test_cli_profiles_that_are_not_a_list_are_named_with_the_file(
    isolated: Path,
) -> None:
    path = isolated / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"current": "p", "profiles": 5}))
    with pytest.raises(
        acs_vod.ConfigurationError, match=f'{path}: "profiles" must be a list, not int'
    ):
        _sources.cli_profile_provider(path)


@pytest.mark.parametrize(
    "config",
    [{"current": "p", "profiles": 5}]
    + [
        {"current": "p", "profiles": [ram_role_profile(**f)]}
        for f, _ in MALFORMED_PROFILES
    ],
    ids=["profiles", "expired_seconds", "enable_vpc", "ram_session_name"],
)
def test_a_malformed_cli_profile_is_reported_and_the_credentials_file_used(
    isolated: Path, config: dict[str, Any]
) -> None:
    (isolated / ".aliyun").mkdir()
    (isolated / ".aliyun" / "config.json").write_text(json.dumps(config))
    write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    assert DefaultCredentialsChain().get_credentials().access_key_id == "ini-id"


def test_cli_profile_enable_vpc_false_wins_over_the_environment(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true")
    path = write_cli_config(
        isolated, [ram_role_profile(sts_region="cn-hangzhou", enable_vpc=False)], "p"
    )
    provider = _sources.cli_profile_provider(path)
    assert isinstance(provider, RamRoleArnCredentials)
    # As the official library: an explicit False is honoured, the variable only fills None.
    assert provider.endpoint == "https://sts.cn-hangzhou.aliyuncs.com"


# --- credentials file --------------------------------------------------------------------------


def test_credentials_file_reads_as_the_official_library_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alibabacloud_credentials.provider import ProfileCredentialsProvider

    path = tmp_path / "creds.ini"
    path.write_text(
        "[default]\ntype = access_key\naccess_key_id = d-id\naccess_key_secret = d-s\n"
        "[work]\nType = access_key  # comment\nACCESS_KEY_ID = w-id #x\n"
        "access_key_secret = w-secret\n"
    )
    monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", str(path))
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "work")
    ours = _sources.credentials_file_provider().get_credentials()
    official = ProfileCredentialsProvider(
        profile_file=str(path), profile_name="work"
    ).get_credentials()
    assert (ours.access_key_id, ours.access_key_secret.reveal()) == (
        official.get_access_key_id(),
        official.get_access_key_secret(),
    )


def test_credentials_file_ram_role_arn_and_ecs_types(
    isolated: Path, sts: FakeSts, ecs: FakeEcsMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ini(
        isolated,
        f"[default]\ntype = ram_role_arn\naccess_key_id = {KEY_ID}\n"
        f"access_key_secret = {SECRET}\nrole_arn = {ROLE_ARN}\nrole_session_name = s1\n"
        "[ecs]\ntype = ecs_ram_role\nrole_name = test-role\n",
    )
    found = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=ecs.endpoint
    ).get_credentials()
    assert (found.access_key_id, sts_calls(sts)[0].params["RoleSessionName"]) == (
        "STS.sts-1",
        "s1",
    )
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "ecs")
    found = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=ecs.endpoint
    ).get_credentials()
    assert found.access_key_id == "STS.ecs-1"


def test_credentials_file_without_the_section_says_so(isolated: Path) -> None:
    write_ini(isolated, "[other]\ntype = access_key\n")
    with pytest.raises(
        acs_vod.ConfigurationError,
        match=r"credentials file: .* has no section \[default\]",
    ):
        DefaultCredentialsChain().get_credentials()


# --- OIDC --------------------------------------------------------------------------------------


def test_oidc_role_sends_the_token_of_the_file_in_the_body(
    sts: FakeSts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("oidc-token")
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-1")
    provider = OidcRoleCredentials(
        ROLE_ARN, OIDC_PROVIDER_ARN, str(token_file), sts_endpoint=sts.endpoint
    )
    found = provider.get_credentials()
    assert found.security_token is not None
    assert found.security_token.reveal() == "sts-token-1"
    sent = sts_calls(sts, "AssumeRoleWithOIDC")[0]
    assert sent.form["OIDCToken"] == "oidc-token"
    assert "oidc-token" not in sent.path + json.dumps(sent.query)
    assert sent.params["RoleSessionName"] == "pod-1"


def test_oidc_role_with_an_unknown_token_fails_with_sts_code(
    sts: FakeSts, tmp_path: Path
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("wrong-token")
    provider = OidcRoleCredentials(
        ROLE_ARN, OIDC_PROVIDER_ARN, str(token_file), sts_endpoint=sts.endpoint
    )
    with pytest.raises(acs_vod.ConfigurationError) as raised:
        provider.get_credentials()
    assert "InvalidParameter.OIDCToken" in str(raised.value)
    assert "wrong-token" not in str(raised.value)


def test_oidc_parameters_are_those_of_the_official_library(
    sts: FakeSts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alibabacloud_credentials.provider import oidc

    token_file = tmp_path / "token"
    token_file.write_text("oidc-token")
    official_query = capture_official_sts(monkeypatch, oidc)
    oidc.OIDCRoleArnCredentialsProvider(
        role_arn=ROLE_ARN,
        oidc_provider_arn=OIDC_PROVIDER_ARN,
        oidc_token_file_path=str(token_file),
        role_session_name="s",
        policy='{"Version":"1"}',
    ).get_credentials()
    OidcRoleCredentials(
        ROLE_ARN,
        OIDC_PROVIDER_ARN,
        str(token_file),
        "s",
        policy='{"Version":"1"}',
        sts_endpoint=sts.endpoint,
    ).get_credentials()
    ours = sts_calls(sts, "AssumeRoleWithOIDC")[0].params
    assert sorted(ours) == sorted(official_query)
    del ours["Timestamp"], official_query["Timestamp"]
    assert ours == official_query


# --- RAM role ARN ------------------------------------------------------------------------------


class _FakeTeaResponse:
    def __init__(self, body: dict[str, Any]) -> None:
        self.status_code = 200
        self.body = json.dumps(body).encode()
        self.headers: dict[str, str] = {}


def capture_official_sts(
    monkeypatch: pytest.MonkeyPatch, module: Any
) -> dict[str, str]:
    """The query of the official library's next STS request (answered without network)."""
    captured: dict[str, str] = {}

    def do_action(request: Any, runtime_option: Any = None) -> _FakeTeaResponse:
        captured.update(request.query)
        return _FakeTeaResponse(
            {
                "Credentials": {
                    "AccessKeyId": "STS.x",
                    "AccessKeySecret": "x",
                    "SecurityToken": "x",
                    "Expiration": "2099-01-01T00:00:00Z",
                }
            }
        )

    monkeypatch.setattr(module.TeaCore, "do_action", staticmethod(do_action))
    return captured


def test_assume_role_parameters_and_signature_are_those_of_the_official_library(
    sts: FakeSts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alibabacloud_credentials.provider import (
        StaticSTSCredentialsProvider,
        ram_role_arn,
    )

    official_query = capture_official_sts(monkeypatch, ram_role_arn)
    options = {
        "role_arn": ROLE_ARN,
        "role_session_name": "s",
        "duration_seconds": 1200,
        "policy": '{"Statement":[]}',
        "external_id": "ext",
    }
    ram_role_arn.RamRoleArnCredentialsProvider(
        credentials_provider=StaticSTSCredentialsProvider(
            access_key_id=KEY_ID, access_key_secret=SECRET, security_token="tok"
        ),
        **options,
    ).get_credentials()
    source = StaticCredentials.of(KEY_ID, SECRET, "tok")
    RamRoleArnCredentials(
        source,
        ROLE_ARN,
        "s",
        1200,
        '{"Statement":[]}',
        "ext",
        sts_endpoint=sts.endpoint,
    ).get_credentials()
    ours = sts_calls(sts)[0].params
    assert sorted(ours) == sorted(official_query)
    variable = ("Timestamp", "SignatureNonce", "Signature")
    assert {k: v for k, v in ours.items() if k not in variable} == {
        k: v for k, v in official_query.items() if k not in variable
    }
    # The fake STS accepts the official library's signature as it accepts ours.
    sts.credentials[KEY_ID] = SECRET
    official_request = FakeRequest("GET", "/", dict(official_query), {}, b"")
    assert sts._check_signature(official_request) is None


def test_assume_role_with_a_wrong_secret_is_refused_by_the_fake_sts(
    sts: FakeSts,
) -> None:
    provider = RamRoleArnCredentials(
        static(secret="wrong"), ROLE_ARN, sts_endpoint=sts.endpoint
    )
    with pytest.raises(acs_vod.ConfigurationError, match="SignatureDoesNotMatch"):
        provider.get_credentials()


def test_sts_refusal_quotes_no_source_token(sts: FakeSts) -> None:
    source = StaticCredentials.of(KEY_ID, "wrong-secret", SOURCE_TOKEN)
    provider = RamRoleArnCredentials(source, ROLE_ARN, sts_endpoint=sts.endpoint)
    with pytest.raises(
        acs_vod.ConfigurationError, match="SignatureDoesNotMatch"
    ) as raised:
        provider.get_credentials()
    message = str(raised.value)
    assert (
        "server string to sign is" in message
    )  # STS's words, as the fake answers them
    for form in token_forms(SOURCE_TOKEN):
        assert form not in message
    assert "wrong-secret" not in message


def test_failed_refresh_logs_no_source_token(
    sts: FakeSts, clock: Callable[[float], None], caplog: pytest.LogCaptureFixture
) -> None:
    source = StaticCredentials.of(KEY_ID, SECRET, SOURCE_TOKEN)
    provider = RamRoleArnCredentials(source, ROLE_ARN, sts_endpoint=sts.endpoint)
    provider.get_credentials()
    sts.credentials[KEY_ID] = "rotated-secret"  # the next signature is refused
    clock(3000)
    with caplog.at_level(logging.INFO):
        assert provider.get_credentials().access_key_id == "STS.sts-1"
    assert "SignatureDoesNotMatch" in caplog.text
    for form in token_forms(SOURCE_TOKEN):
        assert form not in caplog.text


def test_ram_role_on_top_of_the_ecs_role_signs_with_its_token(
    sts: FakeSts, ecs: FakeEcsMetadata
) -> None:
    sts.credentials["STS.ecs-1"] = "ecs-secret-1"  # what the fake ECS will issue first
    provider = RamRoleArnCredentials(
        EcsRamRoleCredentials(endpoint=ecs.endpoint),
        ROLE_ARN,
        "chained",
        sts_endpoint=sts.endpoint,
    )
    found = provider.get_credentials()
    assert found.provider_name == "ram_role_arn/ecs_ram_role"
    sent = sts_calls(sts)[0].params
    assert (sent["AccessKeyId"], sent["SecurityToken"]) == ("STS.ecs-1", "ecs-token-1")


def test_ram_role_on_top_of_a_ram_role(sts: FakeSts) -> None:
    first = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    second = RamRoleArnCredentials(first, ROLE_ARN + "-2", sts_endpoint=sts.endpoint)
    assert second.get_credentials().access_key_id == "STS.sts-2"
    assert sts_calls(sts)[1].params["SecurityToken"] == "sts-token-1"


def test_ram_role_refuses_a_duration_under_900_seconds() -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="900 seconds or more"):
        RamRoleArnCredentials(static(), ROLE_ARN, duration=600)


def test_sts_endpoint_follows_region_and_vpc_as_the_official_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resolve = _sts.resolve_sts_endpoint
    assert resolve() == "https://sts.aliyuncs.com"
    monkeypatch.setenv("ALIBABA_CLOUD_STS_REGION", "cn-hangzhou")
    assert resolve() == "https://sts.cn-hangzhou.aliyuncs.com"
    monkeypatch.setenv("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true")
    assert resolve() == "https://sts-vpc.cn-hangzhou.aliyuncs.com"
    assert resolve(sts_region="ap-southeast-1", enable_vpc=False) == (
        "https://sts.ap-southeast-1.aliyuncs.com"
    )
    assert resolve("sts.example.com") == "https://sts.example.com"


# --- ECS metadata ------------------------------------------------------------------------------


def test_ecs_role_uses_an_imdsv2_token_and_finds_the_role(
    ecs: FakeEcsMetadata,
) -> None:
    found = EcsRamRoleCredentials(endpoint=ecs.endpoint).get_credentials()
    assert (found.access_key_id, found.provider_name) == ("STS.ecs-1", "ecs_ram_role")
    put, listing, role = ecs.requests
    assert (put.method, put.path) == ("PUT", "/latest/api/token")
    assert put.headers["x-aliyun-ecs-metadata-token-ttl-seconds"] == "21600"
    assert listing.path == "/latest/meta-data/ram/security-credentials/"
    assert role.path == "/latest/meta-data/ram/security-credentials/test-role"
    for get in (listing, role):
        assert get.headers["x-aliyun-ecs-metadata-token"] == ecs.tokens[0]


def test_ecs_role_named_by_the_environment_is_not_listed(
    ecs: FakeEcsMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA", "test-role")
    EcsRamRoleCredentials(endpoint=ecs.endpoint).get_credentials()
    assert [r.path.rsplit("/", 1)[-1] for r in ecs.requests] == ["token", "test-role"]


def test_ecs_role_falls_back_to_imdsv1_without_a_token_service(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
    with FakeEcsMetadata(imds_v2=False) as ecs:
        found = EcsRamRoleCredentials(endpoint=ecs.endpoint).get_credentials()
    assert found.access_key_id == "STS.ecs-1"
    assert all("x-aliyun-ecs-metadata-token" not in r.headers for r in ecs.requests)


def test_ecs_role_with_imdsv1_disabled_needs_the_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
    monkeypatch.setenv("ALIBABA_CLOUD_IMDSV1_DISABLED", "true")
    with FakeEcsMetadata(imds_v2=False) as ecs:
        with pytest.raises(acs_vod.ConfigurationError, match="IMDSv1 is disabled"):
            EcsRamRoleCredentials(endpoint=ecs.endpoint).get_credentials()


def test_ecs_role_is_disabled_by_the_environment() -> None:
    with pytest.raises(
        acs_vod.ConfigurationError, match="ALIBABA_CLOUD_ECS_METADATA_DISABLED"
    ):
        EcsRamRoleCredentials()


def test_ecs_role_is_refreshed_an_hour_after_each_fetch(
    ecs: FakeEcsMetadata, clock: Callable[[float], None]
) -> None:
    provider = EcsRamRoleCredentials(endpoint=ecs.endpoint)
    provider.get_credentials()
    clock(3590)
    assert provider.get_credentials().access_key_id == "STS.ecs-1"
    clock(20)
    assert provider.get_credentials().access_key_id == "STS.ecs-2"


# --- credentials URI ---------------------------------------------------------------------------


def test_credentials_uri_answers_what_the_official_library_reads() -> None:
    from alibabacloud_credentials.provider import URLCredentialsProvider

    with FakeCredentialsUri() as uri:
        official = URLCredentialsProvider(uri=uri.endpoint + "/c?a=1").get_credentials()
        ours = UriCredentials(uri.endpoint + "/c?a=1").get_credentials()
    assert official.get_access_key_id() == "STS.uri-1"
    assert ours.access_key_id == "STS.uri-2"

    def expiration(grant: dict[str, str]) -> int:
        return calendar.timegm(time.strptime(grant["Expiration"], "%Y-%m-%dT%H:%M:%SZ"))

    assert official.get_expiration() == expiration(uri.issued[0])
    assert ours.expiration == expiration(uri.issued[1])
    assert [r.query for r in uri.requests] == [{"a": "1"}, {"a": "1"}]


# --- refresh -----------------------------------------------------------------------------------


def test_credentials_are_refreshed_15_minutes_before_they_expire(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(3600 - 15 * 60 - 5)
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(10)
    assert provider.get_credentials().access_key_id == "STS.sts-2"
    assert len(sts_calls(sts)) == 2


def test_short_lived_credentials_are_used_for_half_their_life(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    sts.expires_in = 600
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    provider.get_credentials()
    clock(290)
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(20)
    assert provider.get_credentials().access_key_id == "STS.sts-2"


def test_refresh_happens_once_for_many_threads(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    provider.get_credentials()
    clock(3000)
    sts.delay = 0.1  # the refresh is in flight while the other threads ask
    barrier = threading.Barrier(16)
    found: list[str] = []

    def ask() -> None:
        barrier.wait()
        found.append(provider.get_credentials().access_key_id)

    threads = [threading.Thread(target=ask) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert found == ["STS.sts-2"] * 16
    assert len(sts_calls(sts)) == 2


def test_refresh_happens_once_for_many_asyncio_tasks(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)

    async def main() -> list[str]:
        await provider.get_credentials_async()
        clock(3000)
        sts.delay = 0.1
        answers = await asyncio.gather(
            *(provider.get_credentials_async() for _ in range(16))
        )
        return [a.access_key_id for a in answers]

    assert asyncio.run(main()) == ["STS.sts-2"] * 16
    assert len(sts_calls(sts)) == 2


def test_async_refresh_works_from_a_new_event_loop(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    asyncio.run(provider.get_credentials_async())
    clock(3000)
    found = asyncio.run(provider.get_credentials_async())
    assert found.access_key_id == "STS.sts-2"


def test_failed_refresh_keeps_credentials_that_are_still_valid(
    sts: FakeSts, clock: Callable[[float], None], caplog: pytest.LogCaptureFixture
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    provider.get_credentials()
    clock(3000)
    sts.fail_next(1)
    with caplog.at_level(logging.WARNING):
        assert provider.get_credentials().access_key_id == "STS.sts-1"
    assert "refreshing credentials failed" in caplog.text
    assert len(sts.requests) == 2
    assert (
        provider.get_credentials().access_key_id == "STS.sts-1"
    )  # not retried at once
    assert len(sts.requests) == 2
    clock(_credentials.RETRY_AFTER_FAILURE + 1)
    assert provider.get_credentials().access_key_id == "STS.sts-2"
    for secret in (SECRET, "sts-secret-1", "sts-token-1"):
        assert secret not in caplog.text


def test_failed_refresh_of_expired_credentials_raises(
    sts: FakeSts, clock: Callable[[float], None]
) -> None:
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    provider.get_credentials()
    clock(3601)
    sts.fail_next(1)
    with pytest.raises(acs_vod.ConfigurationError, match="HTTP 500 InternalError"):
        provider.get_credentials()


def test_credentials_answered_expired_are_refused(sts: FakeSts) -> None:
    sts.expires_in = -60
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=sts.endpoint)
    with pytest.raises(acs_vod.ConfigurationError, match="expired already"):
        provider.get_credentials()


def test_unreachable_sts_is_a_configuration_error() -> None:
    with FakeSts() as gone:
        endpoint = gone.endpoint
    provider = RamRoleArnCredentials(static(), ROLE_ARN, sts_endpoint=endpoint)
    with pytest.raises(
        acs_vod.ConfigurationError, match=r"ram_role_arn: .*ConnectError"
    ):
        provider.get_credentials()


# --- the official library ------------------------------------------------------------------------


def official_client(key_id: str = KEY_ID, secret: str = SECRET) -> Any:
    from alibabacloud_credentials.client import Client as OfficialClient
    from alibabacloud_credentials.models import Config

    return OfficialClient(
        Config(type="access_key", access_key_id=key_id, access_key_secret=secret)
    )


def test_an_official_credentials_client_is_adapted() -> None:
    provider = _resolve.resolve_provider(official_client(), None, None, None)
    assert isinstance(provider, OfficialCredentialsAdapter)
    found = provider.get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (KEY_ID, SECRET)
    assert found.provider_name == "official/static_ak"
    assert asyncio.run(provider.get_credentials_async()) == found


def test_a_client_signs_with_an_official_credentials_client() -> None:
    with Emulator(credentials={KEY_ID: SECRET}) as emu:
        with acs_vod.Client(
            "cn-shanghai", credentials=official_client(), endpoint=emu.endpoint
        ) as client:
            client.get_ai_image_jobs(job_ids=["a"])
        assert emu.requests[-1].status == 200


def test_ram_role_on_top_of_an_official_credentials_client(sts: FakeSts) -> None:
    provider = RamRoleArnCredentials(
        official_client(), ROLE_ARN, sts_endpoint=sts.endpoint
    )
    assert provider.get_credentials().provider_name == "ram_role_arn/official/static_ak"


def official_provider(key_id: str = KEY_ID, secret: str = SECRET) -> Any:
    from alibabacloud_credentials.provider import StaticAKCredentialsProvider

    return StaticAKCredentialsProvider(access_key_id=key_id, access_key_secret=secret)


def test_an_official_credentials_provider_is_adapted() -> None:
    provider = _resolve.resolve_provider(official_provider(), None, None, None)
    assert isinstance(provider, OfficialCredentialsAdapter)
    found = provider.get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (KEY_ID, SECRET)
    assert found.provider_name == "official/static_ak"
    assert asyncio.run(provider.get_credentials_async()) == found


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_signs_with_an_official_credentials_provider(kind: str) -> None:
    with Emulator(credentials={KEY_ID: SECRET}) as emu:
        if kind == "sync":
            with acs_vod.Client(
                "cn-shanghai", credentials=official_provider(), endpoint=emu.endpoint
            ) as client:
                client.get_ai_image_jobs(job_ids=["a"])
        else:

            async def main() -> None:
                async with acs_vod.AsyncClient(
                    "cn-shanghai",
                    credentials=official_provider(),
                    endpoint=emu.endpoint,
                ) as client:
                    await client.get_ai_image_jobs(job_ids=["a"])

            asyncio.run(main())
        assert [r.status for r in emu.requests] == [200]


def test_ram_role_on_top_of_an_official_credentials_provider(sts: FakeSts) -> None:
    provider = RamRoleArnCredentials(
        official_provider(), ROLE_ARN, sts_endpoint=sts.endpoint
    )
    assert provider.get_credentials().provider_name == "ram_role_arn/official/static_ak"


def test_credentials_and_a_security_token_together_are_refused() -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="not both"):
        _resolve.resolve_provider(static(), None, None, "a-token")


# --- secrets -----------------------------------------------------------------------------------


def test_no_secret_in_reprs_of_providers_and_credentials(
    sts: FakeSts, ecs: FakeEcsMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token")
    chain = DefaultCredentialsChain()
    role = RamRoleArnCredentials(chain, ROLE_ARN, sts_endpoint=sts.endpoint)
    instance = EcsRamRoleCredentials(endpoint=ecs.endpoint)
    with FakeCredentialsUri() as uri:
        by_uri = UriCredentials(
            uri.endpoint.replace("://", "://user:pa55w0rd@")
            + "/c?signature=s3cr3t-query"
        )
        fetched = [p.get_credentials() for p in (chain, role, instance, by_uri)]
    texts = [repr(x) for x in (chain, role, instance, by_uri, *fetched)]
    texts.append(repr(OfficialCredentialsAdapter(official_client())))
    texts.append(repr(acs_vod.Client("cn-shanghai", credentials=role)))
    issued = [
        value
        for fake in (sts, ecs, uri)
        for grant in fake.issued
        for name, value in grant.items()
        if name in ("AccessKeySecret", "SecurityToken")
    ]
    for secret in (SECRET, "env-token", "s3cr3t-query", "pa55w0rd", *issued):
        for text in texts:
            assert secret not in text


def test_assume_role_url_in_the_httpx_log_shows_no_secret(
    sts: FakeSts, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # httpx logs every request URL at INFO
    source = StaticCredentials.of(KEY_ID, SECRET, "source-token-never-shown")
    sts.credentials[KEY_ID] = SECRET
    RamRoleArnCredentials(source, ROLE_ARN, sts_endpoint=sts.endpoint).get_credentials()
    assert "AssumeRole" in caplog.text
    for secret in (
        SECRET,
        "source-token-never-shown",
        sts_calls(sts)[0].params["Signature"],
    ):
        assert secret not in caplog.text


def test_credentials_uri_password_is_sent_as_basic_auth_and_shown_nowhere(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with FakeCredentialsUri() as uri:
        uri.fail_next(1, status=403)
        provider = UriCredentials(
            uri.endpoint.replace("://", "://user:pa55w0rd@") + "/c"
        )
        with caplog.at_level(logging.INFO):
            with pytest.raises(acs_vod.ConfigurationError) as raised:
                provider.get_credentials()
            provider.get_credentials()
    assert uri.requests[-1].headers["authorization"] == "Basic dXNlcjpwYTU1dzByZA=="
    assert "HTTP 403" in str(raised.value)
    assert "pa55w0rd" not in str(raised.value)
    assert "pa55w0rd" not in caplog.text


# --- end to end --------------------------------------------------------------------------------


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


def test_credentials_model_is_frozen_and_masks_its_secrets() -> None:
    found = Credentials(KEY_ID, _credentials.Secret(SECRET), _credentials.Secret("tok"))
    assert SECRET not in repr(found) and "tok'" not in repr(found)
    with pytest.raises(AttributeError):
        found.access_key_id = "other"  # type: ignore[misc]
