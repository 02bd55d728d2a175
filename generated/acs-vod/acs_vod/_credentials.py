"""Where a client's credentials come from: arguments, or the default chain of Alibaba Cloud's own
credentials library (environment, OIDC role, CLI profile, credentials file, ECS RAM role,
credentials URI), refreshed before temporary ones expire.

A provider is anything with `get_credentials()` (and, for the async client,
`get_credentials_async()`) answering `Credentials`; an object of the official
`alibabacloud-credentials` library (whose `get_credential()` answers its own model) is adapted.
Secrets and tokens are held in `Secret`, masked in every repr.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .errors import ConfigurationError

__all__ = [
    "Credentials",
    "CredentialsProvider",
    "Secret",
    "StaticCredentials",
    "resolve_provider",
]

ENV_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ENV_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
ENV_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN"


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
    """One set of credentials; `expiration` (seconds since the epoch) for temporary ones."""

    access_key_id: str
    access_key_secret: Secret
    security_token: Secret | None = None
    expiration: float | None = None
    provider_name: str = "static"


@runtime_checkable
class CredentialsProvider(Protocol):
    def get_credentials(self) -> Credentials: ...

    async def get_credentials_async(self) -> Credentials: ...


class StaticCredentials:
    """Credentials given once (arguments, or the environment): never refreshed."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get_credentials(self) -> Credentials:
        return self._credentials

    async def get_credentials_async(self) -> Credentials:
        return self._credentials

    def __repr__(self) -> str:
        key_id = self._credentials.access_key_id
        return f"StaticCredentials(access_key_id={key_id!r}, access_key_secret=Secret('********'))"


def _secret(value: str | Secret | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value) if value else None


def resolve_provider(
    credentials: Any,
    access_key_id: str | None,
    access_key_secret: str | Secret | None,
    security_token: str | Secret | None,
) -> CredentialsProvider:
    """The provider a client signs with: `credentials=`, the key arguments, or the environment."""
    if credentials is not None:
        if access_key_id is not None or access_key_secret is not None:
            raise ConfigurationError(
                "pass credentials= or access_key_id=/access_key_secret=, not both"
            )
        if isinstance(credentials, CredentialsProvider):
            return credentials
        raise ConfigurationError(
            "credentials= must have get_credentials() and get_credentials_async(), "
            f"not {type(credentials).__name__}"
        )
    if access_key_id is None and access_key_secret is None:
        access_key_id = os.environ.get(ENV_KEY_ID) or None
        access_key_secret = os.environ.get(ENV_SECRET) or None
        if security_token is None:
            security_token = os.environ.get(ENV_TOKEN) or None
        where = f"the environment ({ENV_KEY_ID}, {ENV_SECRET})"
    else:
        where = "the arguments access_key_id and access_key_secret"
    secret = _secret(access_key_secret)
    if not access_key_id or secret is None:
        missing = "access key ID" if not access_key_id else "access key secret"
        raise ConfigurationError(
            f"no {missing} in {where}: pass access_key_id= and access_key_secret=, "
            f"or set {ENV_KEY_ID} and {ENV_SECRET}"
        )
    return StaticCredentials(
        Credentials(access_key_id, secret, _secret(security_token))
    )
