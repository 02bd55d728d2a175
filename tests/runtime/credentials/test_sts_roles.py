"""STS roles: an OIDC role and a RAM role (on a key, an ECS role, another role), their
parameters and signatures those of the official library, against the loopback STS; no source
token or signature in a refusal or a log line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import acs_vod
import pytest
from acs_core.credentials import (
    EcsRamRoleCredentials,
    OidcRoleCredentials,
    RamRoleArnCredentials,
    StaticCredentials,
)
from acs_core.credentials import sts as _sts
from acs_core.testing.fakes import FakeEcsMetadata, FakeRequest, FakeSts

# --- OIDC ------------------------------------------------------------------------------------


def test_oidc_role_sends_the_token_of_the_file_in_the_body(
    sts: FakeSts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("oidc-token")
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-1")
    provider = OidcRoleCredentials(
        helpers.ROLE_ARN,
        helpers.OIDC_PROVIDER_ARN,
        str(token_file),
        sts_endpoint=sts.endpoint,
    )
    found = provider.get_credentials()
    assert found.security_token is not None
    assert found.security_token.reveal() == "sts-token-1"
    sent = helpers.sts_calls(sts, "AssumeRoleWithOIDC")[0]
    assert sent.form["OIDCToken"] == "oidc-token"
    assert "oidc-token" not in sent.path + json.dumps(sent.query)
    assert sent.params["RoleSessionName"] == "pod-1"


def test_oidc_role_with_an_unknown_token_fails_with_sts_code(
    sts: FakeSts, tmp_path: Path, helpers: Any
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("wrong-token")
    provider = OidcRoleCredentials(
        helpers.ROLE_ARN,
        helpers.OIDC_PROVIDER_ARN,
        str(token_file),
        sts_endpoint=sts.endpoint,
    )
    with pytest.raises(acs_vod.ConfigurationError) as raised:
        provider.get_credentials()
    assert "InvalidParameter.OIDCToken" in str(raised.value)
    assert "wrong-token" not in str(raised.value)


def test_oidc_parameters_are_those_of_the_official_library(
    sts: FakeSts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    from alibabacloud_credentials.provider import oidc

    token_file = tmp_path / "token"
    token_file.write_text("oidc-token")
    official_query = helpers.capture_official_sts(monkeypatch, oidc)
    oidc.OIDCRoleArnCredentialsProvider(
        role_arn=helpers.ROLE_ARN,
        oidc_provider_arn=helpers.OIDC_PROVIDER_ARN,
        oidc_token_file_path=str(token_file),
        role_session_name="s",
        policy='{"Version":"1"}',
    ).get_credentials()
    OidcRoleCredentials(
        helpers.ROLE_ARN,
        helpers.OIDC_PROVIDER_ARN,
        str(token_file),
        "s",
        policy='{"Version":"1"}',
        sts_endpoint=sts.endpoint,
    ).get_credentials()
    ours = helpers.sts_calls(sts, "AssumeRoleWithOIDC")[0].params
    assert sorted(ours) == sorted(official_query)
    del ours["Timestamp"], official_query["Timestamp"]
    assert ours == official_query


# --- RAM role ARN ----------------------------------------------------------------------------


def test_assume_role_parameters_and_signature_are_those_of_the_official_library(
    sts: FakeSts, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    from alibabacloud_credentials.provider import (
        StaticSTSCredentialsProvider,
        ram_role_arn,
    )

    official_query = helpers.capture_official_sts(monkeypatch, ram_role_arn)
    options = {
        "role_arn": helpers.ROLE_ARN,
        "role_session_name": "s",
        "duration_seconds": 1200,
        "policy": '{"Statement":[]}',
        "external_id": "ext",
    }
    ram_role_arn.RamRoleArnCredentialsProvider(
        credentials_provider=StaticSTSCredentialsProvider(
            access_key_id=helpers.KEY_ID,
            access_key_secret=helpers.SECRET,
            security_token="tok",
        ),
        **options,
    ).get_credentials()
    source = StaticCredentials.of(helpers.KEY_ID, helpers.SECRET, "tok")
    RamRoleArnCredentials(
        source,
        helpers.ROLE_ARN,
        "s",
        1200,
        '{"Statement":[]}',
        "ext",
        sts_endpoint=sts.endpoint,
    ).get_credentials()
    ours = helpers.sts_calls(sts)[0].params
    assert sorted(ours) == sorted(official_query)
    variable = ("Timestamp", "SignatureNonce", "Signature")
    assert {k: v for k, v in ours.items() if k not in variable} == {
        k: v for k, v in official_query.items() if k not in variable
    }
    # The fake STS accepts the official library's signature as it accepts ours.
    sts.credentials[helpers.KEY_ID] = helpers.SECRET
    official_request = FakeRequest("GET", "/", dict(official_query), {}, b"")
    assert sts._check_signature(official_request) is None


def test_assume_role_with_a_wrong_secret_is_refused_by_the_fake_sts(
    sts: FakeSts,
    helpers: Any,
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(secret="wrong"), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    with pytest.raises(acs_vod.ConfigurationError, match="SignatureDoesNotMatch"):
        provider.get_credentials()


def test_sts_refusal_quotes_no_source_token(sts: FakeSts, helpers: Any) -> None:
    source = StaticCredentials.of(helpers.KEY_ID, "wrong-secret", helpers.SOURCE_TOKEN)
    provider = RamRoleArnCredentials(
        source, helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    with pytest.raises(
        acs_vod.ConfigurationError, match="SignatureDoesNotMatch"
    ) as raised:
        provider.get_credentials()
    message = str(raised.value)
    assert (
        "server string to sign is" in message
    )  # STS's words, as the fake answers them
    for form in helpers.token_forms(helpers.SOURCE_TOKEN):
        assert form not in message
    assert "wrong-secret" not in message


def test_failed_refresh_logs_no_source_token(
    sts: FakeSts,
    clock: Callable[[float], None],
    caplog: pytest.LogCaptureFixture,
    helpers: Any,
) -> None:
    source = StaticCredentials.of(helpers.KEY_ID, helpers.SECRET, helpers.SOURCE_TOKEN)
    provider = RamRoleArnCredentials(
        source, helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    provider.get_credentials()
    sts.credentials[helpers.KEY_ID] = "rotated-secret"  # the next signature is refused
    clock(3000)
    with caplog.at_level(logging.INFO):
        assert provider.get_credentials().access_key_id == "STS.sts-1"
    assert "SignatureDoesNotMatch" in caplog.text
    for form in helpers.token_forms(helpers.SOURCE_TOKEN):
        assert form not in caplog.text


def test_ram_role_on_top_of_the_ecs_role_signs_with_its_token(
    sts: FakeSts, ecs: FakeEcsMetadata, helpers: Any
) -> None:
    sts.credentials["STS.ecs-1"] = "ecs-secret-1"  # what the fake ECS will issue first
    provider = RamRoleArnCredentials(
        EcsRamRoleCredentials(endpoint=ecs.endpoint),
        helpers.ROLE_ARN,
        "chained",
        sts_endpoint=sts.endpoint,
    )
    found = provider.get_credentials()
    assert found.provider_name == "ram_role_arn/ecs_ram_role"
    sent = helpers.sts_calls(sts)[0].params
    assert (sent["AccessKeyId"], sent["SecurityToken"]) == ("STS.ecs-1", "ecs-token-1")


def test_ram_role_on_top_of_a_ram_role(sts: FakeSts, helpers: Any) -> None:
    first = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    second = RamRoleArnCredentials(
        first, helpers.ROLE_ARN + "-2", sts_endpoint=sts.endpoint
    )
    assert second.get_credentials().access_key_id == "STS.sts-2"
    assert helpers.sts_calls(sts)[1].params["SecurityToken"] == "sts-token-1"


def test_ram_role_refuses_a_duration_under_900_seconds(helpers: Any) -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="900 seconds or more"):
        RamRoleArnCredentials(helpers.static(), helpers.ROLE_ARN, duration=600)


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


def test_assume_role_url_in_the_httpx_log_shows_no_secret(
    sts: FakeSts, caplog: pytest.LogCaptureFixture, helpers: Any
) -> None:
    caplog.set_level(logging.INFO)  # httpx logs every request URL at INFO
    source = StaticCredentials.of(
        helpers.KEY_ID, helpers.SECRET, "source-token-never-shown"
    )
    sts.credentials[helpers.KEY_ID] = helpers.SECRET
    RamRoleArnCredentials(
        source, helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    ).get_credentials()
    assert "AssumeRole" in caplog.text
    for secret in (
        helpers.SECRET,
        "source-token-never-shown",
        helpers.sts_calls(sts)[0].params["Signature"],
    ):
        assert secret not in caplog.text
