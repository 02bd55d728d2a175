"""Which provider a client signs with: its own, its key arguments, or the shared default chain."""

from __future__ import annotations

import os
from typing import Any

from ..errors import ConfigurationError
from .base import (
    ENV_KEY_ID,
    ENV_SECRET,
    Credentials,
    CredentialsProvider,
    Secret,
    StaticCredentials,
    secret_of,
)
from .official import as_provider
from .shared import default_chain

__all__ = ["resolve_provider"]


def resolve_provider(
    credentials: Any,
    access_key_id: str | None,
    access_key_secret: str | Secret | None,
    security_token: str | Secret | None,
) -> CredentialsProvider:
    """The provider a client signs with: `credentials=`, the key arguments, or (neither given)
    the default chain, which looks for credentials when the first request is signed."""
    if credentials is not None:
        if (
            access_key_id is not None
            or access_key_secret is not None
            or security_token is not None
        ):
            raise ConfigurationError(
                "pass credentials= or access_key_id=/access_key_secret=/security_token=, "
                "not both"
            )
        return as_provider(credentials)
    if access_key_id is None and access_key_secret is None:
        if security_token is None:
            return default_chain()
        # A token alone goes with the environment's key, as it always did.
        access_key_id = os.environ.get(ENV_KEY_ID) or None
        access_key_secret = os.environ.get(ENV_SECRET) or None
        where = f"the environment ({ENV_KEY_ID}, {ENV_SECRET})"
    else:
        where = "the arguments access_key_id and access_key_secret"
    secret = secret_of(access_key_secret)
    if not access_key_id or secret is None:
        missing = "access key ID" if not access_key_id else "access key secret"
        raise ConfigurationError(
            f"no {missing} in {where}: pass access_key_id= and access_key_secret=, "
            "or neither to use the default chain (environment, profiles, roles)"
        )
    return StaticCredentials(
        Credentials(access_key_id, secret, secret_of(security_token))
    )
