"""Clients and providers of the official `alibabacloud_credentials` library, adapted: a client
signs with them, and a RAM role stands on them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import acs_vod
import pytest
from acs_core.credentials import OfficialCredentialsAdapter, RamRoleArnCredentials
from acs_core.credentials import resolve as _resolve
from acs_core.testing.fakes import FakeSts
from acs_vod.emulator import Emulator


def test_an_official_credentials_client_is_adapted(helpers: Any) -> None:
    provider = _resolve.resolve_provider(helpers.official_client(), None, None, None)
    assert isinstance(provider, OfficialCredentialsAdapter)
    found = provider.get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (
        helpers.KEY_ID,
        helpers.SECRET,
    )
    assert found.provider_name == "official/static_ak"
    assert asyncio.run(provider.get_credentials_async()) == found


def test_a_client_signs_with_an_official_credentials_client(helpers: Any) -> None:
    with Emulator(credentials={helpers.KEY_ID: helpers.SECRET}) as emu:
        with acs_vod.Client(
            "cn-shanghai", credentials=helpers.official_client(), endpoint=emu.endpoint
        ) as client:
            client.get_ai_image_jobs(job_ids=["a"])
        assert emu.requests[-1].status == 200


def test_ram_role_on_top_of_an_official_credentials_client(
    sts: FakeSts, helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.official_client(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    assert provider.get_credentials().provider_name == "ram_role_arn/official/static_ak"


def test_an_official_credentials_provider_is_adapted(helpers: Any) -> None:
    provider = _resolve.resolve_provider(helpers.official_provider(), None, None, None)
    assert isinstance(provider, OfficialCredentialsAdapter)
    found = provider.get_credentials()
    assert (found.access_key_id, found.access_key_secret.reveal()) == (
        helpers.KEY_ID,
        helpers.SECRET,
    )
    assert found.provider_name == "official/static_ak"
    assert asyncio.run(provider.get_credentials_async()) == found


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_signs_with_an_official_credentials_provider(
    kind: str, helpers: Any
) -> None:
    with Emulator(credentials={helpers.KEY_ID: helpers.SECRET}) as emu:
        if kind == "sync":
            with acs_vod.Client(
                "cn-shanghai",
                credentials=helpers.official_provider(),
                endpoint=emu.endpoint,
            ) as client:
                client.get_ai_image_jobs(job_ids=["a"])
        else:

            async def main() -> None:
                async with acs_vod.AsyncClient(
                    "cn-shanghai",
                    credentials=helpers.official_provider(),
                    endpoint=emu.endpoint,
                ) as client:
                    await client.get_ai_image_jobs(job_ids=["a"])

            asyncio.run(main())
        assert [r.status for r in emu.requests] == [200]


def test_ram_role_on_top_of_an_official_credentials_provider(
    sts: FakeSts, helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.official_provider(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    assert provider.get_credentials().provider_name == "ram_role_arn/official/static_ak"


def test_credentials_and_a_security_token_together_are_refused(helpers: Any) -> None:
    with pytest.raises(acs_vod.ConfigurationError, match="not both"):
        _resolve.resolve_provider(helpers.static(), None, None, "a-token")
