"""Objects of the official `alibabacloud-credentials` library, used as providers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from ..errors import ConfigurationError
from .base import Credentials, CredentialsProvider, Secret

__all__ = ["OfficialCredentialsAdapter", "as_provider", "is_official"]


class OfficialCredentialsAdapter:
    """An object of the official `alibabacloud-credentials` library as a provider: its `Client`
    (`get_credential()`, answering a model with `access_key_id`, ...) or one of its providers
    (`StaticAKCredentialsProvider`, `DefaultCredentialsProvider`, ...: `get_credentials()`,
    answering `Credentials` with `get_access_key_id()`, ...). The object does its own caching
    and refreshing; it is asked before every attempt."""

    def __init__(self, official: Any) -> None:
        self._official = official
        # The Client's `get_credentials` is a static factory: its own getter is singular.
        self._method = (
            "get_credential"
            if callable(getattr(official, "get_credential", None))
            else "get_credentials"
        )

    def get_credentials(self) -> Credentials:
        return self._convert(getattr(self._official, self._method)())

    async def get_credentials_async(self) -> Credentials:
        fetch_async: Callable[[], Any] | None = getattr(
            self._official, f"{self._method}_async", None
        )
        if fetch_async is None:
            return await asyncio.to_thread(self.get_credentials)
        return self._convert(await fetch_async())

    def _convert(self, model: Any) -> Credentials:
        if isinstance(model, Credentials):
            return model
        if callable(
            getattr(model, "get_access_key_id", None)
        ):  # a provider's Credentials
            key_id, secret, token, name = (
                _call(model, "get_access_key_id"),
                _call(model, "get_access_key_secret"),
                _call(model, "get_security_token"),
                _call(model, "get_provider_name"),
            )
        else:  # the Client's CredentialModel
            key_id = getattr(model, "access_key_id", None)
            secret = getattr(model, "access_key_secret", None)
            token = getattr(model, "security_token", None)
            name = getattr(model, "provider_name", None) or getattr(model, "type", None)
        if not key_id or not secret:
            raise ConfigurationError(
                f"the credentials of {type(self._official).__name__} have no access key ID "
                "or secret"
            )
        return Credentials(
            str(key_id),
            Secret(str(secret)),
            Secret(str(token)) if token else None,
            provider_name=f"official/{name}" if name else "official",
        )

    def __repr__(self) -> str:
        return f"OfficialCredentialsAdapter({type(self._official).__name__})"


def _call(model: Any, getter: str) -> Any:
    """A getter of the official `Credentials`, None when the model lacks it."""
    method = getattr(model, getter, None)
    return method() if callable(method) else None


_OFFICIAL_PACKAGE = "alibabacloud_credentials"  # and alibabacloud_credentials_api


def is_official(credentials: Any) -> bool:
    """An object of the official library, or of a class derived from one of its classes (as
    `ICredentialsProvider`)."""
    return any(
        (getattr(cls, "__module__", None) or "").startswith(_OFFICIAL_PACKAGE)
        for cls in type(credentials).__mro__
    )


def as_provider(credentials: Any) -> CredentialsProvider:
    """`credentials=` as a provider: one of ours (anything with `get_credentials()` and
    `get_credentials_async()`), or an object of the official library, adapted."""
    # Before the Protocol check: the official providers have `get_credentials()` too,
    # answering a model of getters.
    if is_official(credentials):
        return OfficialCredentialsAdapter(credentials)
    if isinstance(credentials, CredentialsProvider):
        return credentials
    if callable(
        getattr(credentials, "get_credential", None)
    ):  # like the official Client
        return OfficialCredentialsAdapter(credentials)
    raise ConfigurationError(
        "credentials= must have get_credentials() and get_credentials_async() (or be an "
        f"alibabacloud_credentials client), not {type(credentials).__name__}"
    )
