"""Where a client's credentials come from, and how temporary ones stay fresh.

A provider is anything with `get_credentials()` (and, for the async client,
`get_credentials_async()`) answering `Credentials`. The client asks its provider before every
attempt, so a provider decides when to fetch anew. `resolve_provider` picks the provider of a
client (`resolve`): `credentials=` (a provider, or an object of the official
`alibabacloud-credentials` library, adapted by `official`), the key arguments, or the process's
default chain (`chain`: environment, OIDC role, CLI profile, credentials file, ECS RAM role,
credentials URI, in the official order; one per process, `shared`).

`RefreshingCredentials` is the base of the providers of temporary credentials
(`remote`: STS AssumeRole and AssumeRoleWithOIDC, the ECS metadata service, a
credentials URI). It keeps the last credentials and fetches new ones 15 minutes before they
expire (Alibaba Cloud's own margin; halfway through the lifetime of credentials issued for less
than that), once for all the threads (a `threading.Lock`) or asyncio tasks (an `asyncio.Lock`)
that ask at the same time. When a refresh fails while the credentials it was to replace are
still valid, they are used on and the refresh is tried again `RETRY_AFTER_FAILURE` seconds later;
once they have expired, the failure is raised. A service that refuses them as expired before
their time (a clock off, a token revoked) says so with `invalidate`: the next ask fetches anew.

Secrets and tokens are held in `Secret`, masked in every repr; no error message or log line of
this module contains one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..errors import ConfigurationError, Error

__all__ = [
    "Credentials",
    "CredentialsProvider",
    "RefreshingCredentials",
    "Secret",
    "StaticCredentials",
]

ENV_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ENV_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
ENV_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN"

REFRESH_MARGIN = (
    15 * 60
)  # seconds before expiry that credentials are refreshed (official)
RETRY_AFTER_FAILURE = (
    10.0  # seconds until a failed refresh is tried again, old ones valid
)

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)


def _now() -> float:
    """The clock refreshes are timed by (seconds since the epoch); tests may replace it."""
    return time.time()


class Secret:
    """Holds a credential; its repr and str are masked so it cannot leak by accident."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("a Secret cannot be pickled")


@dataclass(frozen=True)
class Credentials:
    """One set of credentials; `expiration` (seconds since the epoch) for temporary ones.

    `provider_name` says where they came from, in the official library's words for its
    providers ("env", "static_ak", "static_sts", "ram_role_arn", "oidc_role_arn",
    "ecs_ram_role", "credential_uri"), a role's source after a slash ("ram_role_arn/static_ak"),
    "default/..." when found by the default chain. Unlike the official names, a CLI profile's or
    credentials file's provider is not prefixed "cli_profile/" or "profile/"; "static" are the
    key arguments, "official/..." the official library's objects.
    """

    access_key_id: str
    access_key_secret: Secret
    security_token: Secret | None = None
    expiration: float | None = None
    provider_name: str = "static"

    def renamed(self, provider_name: str) -> Credentials:
        return Credentials(
            self.access_key_id,
            self.access_key_secret,
            self.security_token,
            self.expiration,
            provider_name,
        )


@runtime_checkable
class CredentialsProvider(Protocol):
    def get_credentials(self) -> Credentials: ...

    async def get_credentials_async(self) -> Credentials: ...


class StaticCredentials:
    """Credentials given once (arguments, the environment, a profile): never refreshed."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    @classmethod
    def of(
        cls,
        access_key_id: str,
        access_key_secret: str | Secret,
        security_token: str | Secret | None = None,
        provider_name: str = "static",
    ) -> StaticCredentials:
        secret = secret_of(access_key_secret)
        if not access_key_id or secret is None:
            raise ConfigurationError(
                f"{provider_name}: the access key ID and the access key secret must not be empty"
            )
        return cls(
            Credentials(
                access_key_id,
                secret,
                secret_of(security_token),
                provider_name=provider_name,
            )
        )

    def get_credentials(self) -> Credentials:
        return self._credentials

    async def get_credentials_async(self) -> Credentials:
        return self._credentials

    def __repr__(self) -> str:
        key_id = self._credentials.access_key_id
        return f"StaticCredentials(access_key_id={key_id!r}, access_key_secret=Secret('********'))"


def secret_of(value: str | Secret | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value) if value else None


# --- refresh -----------------------------------------------------------------------------------


class LoopLocks:
    """One `asyncio.Lock` per event loop that asks (an asyncio lock belongs to one loop), for
    the loop's lifetime."""

    def __init__(self) -> None:
        self._locks: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Lock
        ] = weakref.WeakKeyDictionary()

    def current(self) -> asyncio.Lock:
        """The lock of the running loop."""
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks.setdefault(loop, asyncio.Lock())
        return lock


def _unexpired(fresh: Credentials, provider_name: str) -> Credentials:
    """`fresh`, unless a service answered credentials that have expired already."""
    if fresh.expiration is not None and fresh.expiration <= _now():
        raise ConfigurationError(
            f"{provider_name}: the credentials fetched expired already, at "
            f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(fresh.expiration))} "
            "(is the clock of this machine right?)"
        )
    return fresh


@dataclass(frozen=True)
class _Held:
    """The credentials a refreshing provider holds, and when to fetch new ones."""

    credentials: Credentials
    refresh_at: float  # from then on a refresh is due
    expires_at: float  # from then on these must not be used


class RefreshingCredentials:
    """Temporary credentials, fetched by a subclass's `_fetch` / `_fetch_async` and refreshed
    `REFRESH_MARGIN` seconds before they expire, by one caller for all those asking at once.

    `prefetch_after`: also refresh this many seconds after a fetch, however long the
    credentials last (the ECS RAM role does so after an hour, as the official library does).
    """

    name = "refreshing"
    prefetch_after: float | None = None

    def __init__(self) -> None:
        self._held: _Held | None = None
        self._lock = threading.Lock()
        self._async_locks = LoopLocks()

    def _fetch(self) -> Credentials:
        raise NotImplementedError

    async def _fetch_async(self) -> Credentials:
        raise NotImplementedError

    def get_credentials(self) -> Credentials:
        held = self._held
        if held is not None and _now() < held.refresh_at:
            return held.credentials
        with self._lock:
            held = self._held  # another thread may have refreshed while this one waited
            if held is not None and _now() < held.refresh_at:
                return held.credentials
            try:
                fresh = _unexpired(self._fetch(), self.name)
            except Exception as exc:
                return self._after_failure(held, exc)
            return self._keep(fresh)

    async def get_credentials_async(self) -> Credentials:
        held = self._held
        if held is not None and _now() < held.refresh_at:
            return held.credentials
        async with self._async_locks.current():
            held = self._held
            if held is not None and _now() < held.refresh_at:
                return held.credentials
            try:
                fresh = _unexpired(await self._fetch_async(), self.name)
            except Exception as exc:
                return self._after_failure(held, exc)
            return self._keep(fresh)

    def invalidate(self, rejected: Credentials | None = None) -> bool:
        """A service refused `rejected` as expired: fetch anew at the next ask, and never
        fall back on them. True when other credentials are (or will be) at hand: those just
        fetched by another caller, or the next fetch."""
        with self._lock:
            held = self._held
            if held is not None and (rejected is None or held.credentials is rejected):
                self._held = _Held(held.credentials, 0.0, 0.0)
        return True

    def _keep(self, fresh: Credentials) -> Credentials:
        now = _now()
        expires_at = fresh.expiration if fresh.expiration is not None else float("inf")
        refresh_at = expires_at - REFRESH_MARGIN
        if refresh_at <= now:
            # Issued for less than the margin: used for half the time they have left.
            refresh_at = now + (expires_at - now) / 2
        if self.prefetch_after is not None:
            refresh_at = min(refresh_at, now + self.prefetch_after)
        self._held = _Held(fresh, refresh_at, expires_at)
        return fresh

    def _after_failure(self, held: _Held | None, exc: Exception) -> Credentials:
        now = _now()
        error = (
            exc
            if isinstance(exc, Error)
            else ConfigurationError(
                f"{self.name}: fetching credentials failed: {type(exc).__name__}: {exc}"
            )
        )
        if held is None or now >= held.expires_at:
            raise error from None
        logger.warning(
            "%s: refreshing credentials failed (%s); using the current ones, valid %d s more",
            self.name,
            error,
            int(held.expires_at - now),
        )
        retry_at = min(now + RETRY_AFTER_FAILURE, held.expires_at)
        self._held = _Held(held.credentials, retry_at, held.expires_at)
        return held.credentials

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def env_flag(name: str) -> bool:
    """An environment switch the official library reads: true when "true" (any case)."""
    return os.environ.get(name, "").strip().lower() == "true"
