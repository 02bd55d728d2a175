"""Refresh of temporary credentials: 15 minutes before they expire (half the life of short
ones), once for many threads or tasks, a failed refresh keeping what is still valid.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import acs_vod
import pytest
from acs_core.credentials import RamRoleArnCredentials
from acs_core.credentials import base as _credentials
from acs_core.testing.fakes import FakeSts


def test_credentials_are_refreshed_15_minutes_before_they_expire(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(3600 - 15 * 60 - 5)
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(10)
    assert provider.get_credentials().access_key_id == "STS.sts-2"
    assert len(helpers.sts_calls(sts)) == 2


def test_short_lived_credentials_are_used_for_half_their_life(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    sts.expires_in = 600
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    provider.get_credentials()
    clock(290)
    assert provider.get_credentials().access_key_id == "STS.sts-1"
    clock(20)
    assert provider.get_credentials().access_key_id == "STS.sts-2"


def test_refresh_happens_once_for_many_threads(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
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
    assert len(helpers.sts_calls(sts)) == 2


def test_refresh_happens_once_for_many_asyncio_tasks(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )

    async def main() -> list[str]:
        await provider.get_credentials_async()
        clock(3000)
        sts.delay = 0.1
        answers = await asyncio.gather(
            *(provider.get_credentials_async() for _ in range(16))
        )
        return [a.access_key_id for a in answers]

    assert asyncio.run(main()) == ["STS.sts-2"] * 16
    assert len(helpers.sts_calls(sts)) == 2


def test_async_refresh_works_from_a_new_event_loop(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    asyncio.run(provider.get_credentials_async())
    clock(3000)
    found = asyncio.run(provider.get_credentials_async())
    assert found.access_key_id == "STS.sts-2"


def test_failed_refresh_keeps_credentials_that_are_still_valid(
    sts: FakeSts,
    clock: Callable[[float], None],
    caplog: pytest.LogCaptureFixture,
    helpers: Any,
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
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
    for secret in (helpers.SECRET, "sts-secret-1", "sts-token-1"):
        assert secret not in caplog.text


def test_failed_refresh_of_expired_credentials_raises(
    sts: FakeSts, clock: Callable[[float], None], helpers: Any
) -> None:
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    provider.get_credentials()
    clock(3601)
    sts.fail_next(1)
    with pytest.raises(acs_vod.ConfigurationError, match="HTTP 500 InternalError"):
        provider.get_credentials()


def test_credentials_answered_expired_are_refused(sts: FakeSts, helpers: Any) -> None:
    sts.expires_in = -60
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=sts.endpoint
    )
    with pytest.raises(acs_vod.ConfigurationError, match="expired already"):
        provider.get_credentials()


def test_unreachable_sts_is_a_configuration_error(helpers: Any) -> None:
    with FakeSts() as gone:
        endpoint = gone.endpoint
    provider = RamRoleArnCredentials(
        helpers.static(), helpers.ROLE_ARN, sts_endpoint=endpoint
    )
    with pytest.raises(
        acs_vod.ConfigurationError, match=r"ram_role_arn: .*ConnectError"
    ):
        provider.get_credentials()
