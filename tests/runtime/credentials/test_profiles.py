"""The CLI profile (`~/.aliyun/config.json`) and the credentials file
(`~/.alibabacloud/credentials.ini`), read as the official library reads them, each malformed
field named with its file and profile.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import acs_vod
import pytest
from acs_core.credentials import DefaultCredentialsChain, RamRoleArnCredentials
from acs_core.credentials import sources as _sources
from acs_core.testing.fakes import FakeEcsMetadata, FakeSts

# --- CLI profile -----------------------------------------------------------------------------


def test_cli_profile_is_the_current_one_unless_named_by_the_environment(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    helpers.write_cli_config(
        isolated,
        [
            helpers.ak_profile("a", "id-a", "s-a"),
            helpers.ak_profile("b", "id-b", "s-b"),
        ],
        "a",
    )
    assert _sources.cli_profile_provider().get_credentials().access_key_id == ("id-a")
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "b")
    assert _sources.cli_profile_provider().get_credentials().access_key_id == ("id-b")


@pytest.mark.parametrize(
    "profile",
    [
        {
            "name": "p",
            "mode": "AK",
            "access_key_id": "id-1",
            "access_key_secret": "secret-1",
        },
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
    isolated: Path, profile: dict[str, Any], helpers: Any
) -> None:
    from alibabacloud_credentials.provider import CLIProfileCredentialsProvider

    path = helpers.write_cli_config(isolated, [profile], "p")
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
    isolated: Path, sts: FakeSts, helpers: Any
) -> None:
    profile = {
        **helpers.ak_profile("p", helpers.KEY_ID, helpers.SECRET),
        "mode": "RamRoleArn",
        "ram_role_arn": helpers.ROLE_ARN,
        "ram_session_name": "my-session",
        "expired_seconds": 1800,
        "external_id": "ext-1",
    }
    helpers.write_cli_config(isolated, [profile], "p")
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert found.provider_name == "default/ram_role_arn/static_ak"
    sent = helpers.sts_calls(sts)[0].params
    assert (sent["RoleArn"], sent["RoleSessionName"], sent["DurationSeconds"]) == (
        helpers.ROLE_ARN,
        "my-session",
        "1800",
    )
    assert sent["ExternalId"] == "ext-1"


def test_cli_profile_chainable_ram_role_signs_with_its_source_profile(
    isolated: Path, sts: FakeSts, helpers: Any
) -> None:
    profiles = [
        helpers.ak_profile("base", helpers.KEY_ID, helpers.SECRET),
        {
            "name": "p",
            "mode": "ChainableRamRoleArn",
            "source_profile": "base",
            "ram_role_arn": helpers.ROLE_ARN,
        },
    ]
    helpers.write_cli_config(isolated, profiles, "p")
    found = DefaultCredentialsChain(sts_endpoint=sts.endpoint).get_credentials()
    assert found.access_key_id == "STS.sts-1"
    assert helpers.sts_calls(sts)[0].params["AccessKeyId"] == helpers.KEY_ID


def test_cli_profile_ecs_ram_role_uses_the_named_role(
    isolated: Path, ecs: FakeEcsMetadata, helpers: Any
) -> None:
    profile = {"name": "p", "mode": "EcsRamRole", "ram_role_name": "test-role"}
    helpers.write_cli_config(isolated, [profile], "p")
    found = DefaultCredentialsChain(metadata_endpoint=ecs.endpoint).get_credentials()
    assert found.provider_name == "default/ecs_ram_role"
    assert all(not r.path.endswith("security-credentials/") for r in ecs.requests)


@pytest.mark.parametrize("mode", ["CloudSSO", "OAuth", "External", "Bogus"])
def test_cli_profile_with_an_unsupported_mode_says_which(
    isolated: Path, mode: str, helpers: Any
) -> None:
    helpers.write_cli_config(isolated, [{"name": "p", "mode": mode}], "p")
    with pytest.raises(acs_vod.ConfigurationError, match=f"CLI profile: .*mode {mode}"):
        DefaultCredentialsChain().get_credentials()


def test_cli_profile_can_be_disabled(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    helpers.write_cli_config(isolated, [helpers.ak_profile("p", "cli-id", "s")], "p")
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


@pytest.mark.parametrize(
    ("fields", "complaint"),
    MALFORMED_PROFILES,
    ids=["expired_seconds", "enable_vpc", "ram_session_name"],
)
def test_a_malformed_cli_profile_field_is_named_with_the_file_and_profile(
    isolated: Path, fields: dict[str, Any], complaint: str, helpers: Any
) -> None:
    path = helpers.write_cli_config(isolated, [helpers.ram_role_profile(**fields)], "p")
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
    "fields",
    [None] + [fields for fields, _ in MALFORMED_PROFILES],
    ids=["profiles", "expired_seconds", "enable_vpc", "ram_session_name"],
)
def test_a_malformed_cli_profile_is_reported_and_the_credentials_file_used(
    isolated: Path, fields: dict[str, Any] | None, helpers: Any
) -> None:
    config = {
        "current": "p",
        "profiles": 5 if fields is None else [helpers.ram_role_profile(**fields)],
    }
    (isolated / ".aliyun").mkdir()
    (isolated / ".aliyun" / "config.json").write_text(json.dumps(config))
    helpers.write_ini(
        isolated,
        "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = s\n",
    )
    assert DefaultCredentialsChain().get_credentials().access_key_id == "ini-id"


def test_cli_profile_enable_vpc_false_wins_over_the_environment(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true")
    path = helpers.write_cli_config(
        isolated,
        [helpers.ram_role_profile(sts_region="cn-hangzhou", enable_vpc=False)],
        "p",
    )
    provider = _sources.cli_profile_provider(path)
    assert isinstance(provider, RamRoleArnCredentials)
    # As the official library: an explicit False is honoured, the variable only fills None.
    assert provider.endpoint == "https://sts.cn-hangzhou.aliyuncs.com"


# --- credentials file ------------------------------------------------------------------------


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
    isolated: Path,
    sts: FakeSts,
    ecs: FakeEcsMetadata,
    monkeypatch: pytest.MonkeyPatch,
    helpers: Any,
) -> None:
    helpers.write_ini(
        isolated,
        f"[default]\ntype = ram_role_arn\naccess_key_id = {helpers.KEY_ID}\n"
        f"access_key_secret = {helpers.SECRET}\nrole_arn = {helpers.ROLE_ARN}\nrole_session_name = s1\n"
        "[ecs]\ntype = ecs_ram_role\nrole_name = test-role\n",
    )
    found = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=ecs.endpoint
    ).get_credentials()
    assert (
        found.access_key_id,
        helpers.sts_calls(sts)[0].params["RoleSessionName"],
    ) == (
        "STS.sts-1",
        "s1",
    )
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "ecs")
    found = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=ecs.endpoint
    ).get_credentials()
    assert found.access_key_id == "STS.ecs-1"


def test_credentials_file_without_the_section_says_so(
    isolated: Path, helpers: Any
) -> None:
    helpers.write_ini(isolated, "[other]\ntype = access_key\n")
    with pytest.raises(
        acs_vod.ConfigurationError,
        match=r"credentials file: .* has no section \[default\]",
    ):
        DefaultCredentialsChain().get_credentials()
