"""The default credentials chain: where a client without credential arguments finds them.

In the order of Alibaba Cloud's credentials library (`DefaultCredentialsProvider`):

1. the environment: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, and
   `ALIBABA_CLOUD_SECURITY_TOKEN` for STS credentials;
2. an OIDC role, when `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
   `ALIBABA_CLOUD_OIDC_TOKEN_FILE` are all set (`ALIBABA_CLOUD_ROLE_SESSION_NAME` optional);
3. the profile of the Alibaba Cloud CLI: `~/.aliyun/config.json`, the profile named by
   `ALIBABA_CLOUD_PROFILE` or else its `current` one; modes AK, StsToken, RamRoleArn,
   EcsRamRole, OIDC and ChainableRamRoleArn (CloudSSO, OAuth and External are refused with an
   error naming the mode). `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true` skips it;
4. the credentials file: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials.ini`,
   section `ALIBABA_CLOUD_PROFILE` or `default`, `type` access_key, ram_role_arn, oidc_role_arn or
   ecs_ram_role;
5. the ECS instance's RAM role from the metadata service, unless
   `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`;
6. a credentials URI, when `ALIBABA_CLOUD_CREDENTIALS_URI` is set.

The chain is walked when credentials are first needed (the first request, not the client's
constructor), once for all the callers asking at that moment; the source that answered is kept
and asked from then on, as the official library does. When none answers, one
`ConfigurationError` lists every source and why it gave nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator

from ..errors import ConfigurationError
from .base import ENV_KEY_ID, ENV_SECRET, Credentials, CredentialsProvider, LoopLocks
from .ecs import METADATA_ENDPOINT
from .shared import register_chain
from .sources import (
    Endpoints,
    Skipped,
    cli_profile_provider,
    credentials_file_provider,
    ecs_provider,
    environment_provider,
    oidc_provider,
    uri_provider,
)

__all__ = ["DefaultCredentialsChain"]


class DefaultCredentialsChain:
    """The first source of the official order that has credentials (see the module's doc).

    `sts_endpoint` and `metadata_endpoint` replace STS's and the metadata service's addresses
    (for tests: loopback fakes); `home` replaces the home folder the profiles are read from.
    """

    name = "default"

    def __init__(
        self,
        *,
        sts_endpoint: str | None = None,
        metadata_endpoint: str = METADATA_ENDPOINT,
        home: str | os.PathLike[str] | None = None,
    ) -> None:
        self._endpoints = Endpoints(sts_endpoint, metadata_endpoint)
        self._home = home
        self._chosen: tuple[str, CredentialsProvider] | None = None
        self._lock = threading.Lock()
        self._async_locks = LoopLocks()

    def _sources(self) -> list[tuple[str, Callable[[], CredentialsProvider]]]:
        endpoints, home = self._endpoints, self._home
        return [
            ("environment", environment_provider),
            ("OIDC role", lambda: oidc_provider(endpoints)),
            (
                "CLI profile",
                lambda: cli_profile_provider(home=home, endpoints=endpoints),
            ),
            (
                "credentials file",
                lambda: credentials_file_provider(home=home, endpoints=endpoints),
            ),
            ("ECS RAM role", lambda: ecs_provider(endpoints)),
            ("credentials URI", uri_provider),
        ]

    def _candidates(
        self, reasons: list[str]
    ) -> Iterator[tuple[str, CredentialsProvider]]:
        """The sources that are set up, in order; why the others are not goes to `reasons`."""
        for label, make in self._sources():
            try:
                yield label, make()
            except Skipped as skipped:
                reasons.append(f"{label}: {skipped}")
            except (
                Exception
            ) as exc:  # a broken source, as the official chain: the next one
                reasons.append(f"{label}: {_reason(exc)}")

    def get_credentials(self) -> Credentials:
        chosen = self._chosen
        if chosen is None:
            with self._lock:  # one walk for all the threads asking first
                if self._chosen is None:
                    return self._named(self._choose())
                chosen = self._chosen
        return self._named(chosen[1].get_credentials())

    async def get_credentials_async(self) -> Credentials:
        chosen = self._chosen
        if chosen is None:
            async with self._async_locks.current():
                if self._chosen is None:
                    return self._named(await self._choose_async())
                chosen = self._chosen
        return self._named(await chosen[1].get_credentials_async())

    def _choose(self) -> Credentials:
        reasons: list[str] = []
        for label, provider in self._candidates(reasons):
            try:
                credentials = provider.get_credentials()
            except Exception as exc:
                reasons.append(f"{label}: {_reason(exc)}")
                continue
            self._chosen = (label, provider)
            return credentials
        raise self._nothing(reasons)

    async def _choose_async(self) -> Credentials:
        reasons: list[str] = []
        for label, provider in self._candidates(reasons):
            try:
                credentials = await provider.get_credentials_async()
            except Exception as exc:
                reasons.append(f"{label}: {_reason(exc)}")
                continue
            self._chosen = (label, provider)
            return credentials
        raise self._nothing(reasons)

    @staticmethod
    def _named(credentials: Credentials) -> Credentials:
        return credentials.renamed(f"default/{credentials.provider_name}")

    @staticmethod
    def _nothing(reasons: list[str]) -> ConfigurationError:
        listed = "".join(f"\n  - {reason}" for reason in reasons)
        return ConfigurationError(
            "no credentials: the default chain found none; it tried, in order:"
            f"{listed}\nPass access_key_id= and access_key_secret= (or credentials=), or set "
            f"{ENV_KEY_ID} and {ENV_SECRET}."
        )

    def __repr__(self) -> str:
        chosen = self._chosen
        found = f"{chosen[0]}: {chosen[1]!r}" if chosen else "not looked up yet"
        return f"DefaultCredentialsChain({found})"


def _reason(exc: Exception) -> str:
    """Why a source failed, in words that hold no secret (our errors never carry one)."""
    if isinstance(exc, ConfigurationError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


register_chain(DefaultCredentialsChain)
