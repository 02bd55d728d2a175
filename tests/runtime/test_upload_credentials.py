"""Renewing temporary credentials that OSS refuses as expired: a request goes once more with
new ones when its provider can renew them (`RefreshingCredentials.invalidate`), never in a
loop, and never for static keys; an upload's credentials are those the operation answered,
then its refresh operation's.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from acs_core.client.uploads import UploadCredentials
from acs_core.credentials.base import Credentials, RefreshingCredentials, Secret
from acs_core.errors import AuthenticationError
from acs_core.oss import AsyncSender, Sender
from acs_core.testing import Emulator


class Issuer(RefreshingCredentials):
    """Fresh STS-like credentials from the emulator at each fetch."""

    name = "issuer"

    def __init__(self, emu: Emulator, lifetime: float = 3000) -> None:
        super().__init__()
        self.emu, self.lifetime, self.fetched = emu, lifetime, 0

    def _fetch(self) -> Credentials:
        self.fetched += 1
        key_id, expires = f"STS.k{self.fetched}", time.time() + self.lifetime
        self.emu.accept(key_id, "s", "tok", expires_at=expires)
        known = expires if expires > time.time() else None  # the client cannot tell
        return Credentials(key_id, Secret("s"), Secret("tok"), known)

    async def _fetch_async(self) -> Credentials:
        return self._fetch()


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={"testid": "testsecret"}) as emulator:
        emulator.oss.create_bucket("media")
        yield emulator


def refused(emu: Emulator) -> list[str]:
    return [r.code or "" for r in emu.oss.requests if r.status == 403]


def test_a_request_refused_as_expired_goes_once_more_with_renewed_credentials(
    emu: Emulator,
) -> None:
    issuer = Issuer(emu)
    with Sender("cn-hangzhou", endpoint=emu.endpoint, credentials=issuer) as sender:
        sender.send("PUT", "media", "a", body=b"one")
        emu.expire_credentials("STS.k1")
        sender.send("PUT", "media", "a", body=b"two")
    assert emu.oss.read_object("media", "a") == b"two"
    assert issuer.fetched == 2 and refused(emu) == ["SecurityTokenExpired"]


async def test_the_async_sender_renews_them_too(emu: Emulator) -> None:
    issuer = Issuer(emu)
    async with AsyncSender(
        "cn-hangzhou", endpoint=emu.endpoint, credentials=issuer
    ) as sender:
        await sender.send("PUT", "media", "a", body=b"one")
        emu.expire_credentials("STS.k1")
        await sender.send("PUT", "media", "a", body=b"two")
    assert issuer.fetched == 2 and emu.oss.read_object("media", "a") == b"two"


def test_renewed_credentials_that_are_refused_too_end_the_request(
    emu: Emulator,
) -> None:
    issuer = Issuer(emu, lifetime=-1)  # OSS has every set expired when it arrives
    with (
        Sender("cn-hangzhou", endpoint=emu.endpoint, credentials=issuer) as sender,
        pytest.raises(AuthenticationError, match="SecurityTokenExpired"),
    ):
        sender.send("PUT", "media", "a", body=b"x")
    assert issuer.fetched == 2  # the first set, one renewal, no loop
    assert refused(emu) == ["SecurityTokenExpired"] * 2


def test_static_keys_are_not_renewed(emu: Emulator) -> None:
    emu.accept("STS.static", "s", "tok", expires_at=time.time() - 1)
    with (
        Sender(
            "cn-hangzhou",
            endpoint=emu.endpoint,
            access_key_id="STS.static",
            access_key_secret="s",
            security_token="tok",
            max_retries=3,
        ) as sender,
        pytest.raises(AuthenticationError, match="SecurityTokenExpired"),
    ):
        sender.send("PUT", "media", "a", body=b"x")
    assert refused(emu) == ["SecurityTokenExpired"]  # sent once


def test_invalidate_forces_one_fetch_for_any_number_of_refused_requests() -> None:
    fetched: list[int] = []
    lock = threading.Lock()

    def fetch() -> Credentials:
        with lock:
            fetched.append(1)
            return Credentials(f"k{len(fetched) + 1}", Secret("s"), None, None)

    first = Credentials("k1", Secret("s"), None, time.time() + 3000)
    provider = UploadCredentials(first, fetch)
    assert provider.get_credentials() is first
    assert provider.invalidate(first) and provider.invalidate(first)
    renewed = provider.get_credentials()
    assert renewed.access_key_id == "k2" and len(fetched) == 1
    assert provider.invalidate(first)  # refused before the renewal: nothing more
    assert provider.get_credentials() is renewed and len(fetched) == 1


def test_upload_credentials_without_a_refresh_operation_cannot_be_renewed() -> None:
    first = Credentials("k1", Secret("s"), None, time.time() + 3000)
    provider = UploadCredentials(first)
    assert provider.invalidate(first) is False
    assert provider.get_credentials() is first
