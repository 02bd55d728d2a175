"""The ECS instance's RAM role from the metadata service (the loopback fake): IMDSv2 tokens,
the fallback to IMDSv1, the role named or listed, disabled by the environment, refreshed.
"""

from __future__ import annotations

from collections.abc import Callable

import acs_vod
import pytest
from acs_core.credentials import EcsRamRoleCredentials
from acs_core.testing.fakes import FakeEcsMetadata


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
