"""A bearer token: an access token that stands for a user (PDS's, from its OAuth `Token`
operation), sent instead of an AccessKey signature to the operations that take one.

    from acs_pds import Client

    with Client("cn-hangzhou", bearer_token=access_token) as pds:   # a str, a Secret, or
        pds.get_link_info(domain_id="bj1234", body={...})           # a provider of tokens

An operation whose spec says `auth: [access_key, bearer]` is sent with the token when the client
has one, else signed with the AccessKey; `auth: [bearer]` needs the token. A provider is
anything with `get_bearer_token()` and `get_bearer_token_async()` answering a `Secret` (one of
your own may renew the token, e.g. with PDS's `Token` and a refresh token); it is asked before
each attempt, as credentials providers are. The token is held in a `Secret`: no repr, log line or error shows it.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

from ..errors import ConfigurationError
from .base import Secret

__all__ = ["BearerToken", "BearerTokenProvider", "bearer_provider"]

# It travels in two headers as it is: printable ASCII, no space.
_TOKEN = re.compile(r"[!-~]+")


@runtime_checkable
class BearerTokenProvider(Protocol):
    def get_bearer_token(self) -> Secret: ...

    async def get_bearer_token_async(self) -> Secret: ...


class BearerToken:
    """A bearer token given once: never refreshed."""

    def __init__(self, token: str | Secret) -> None:
        value = token.reveal() if isinstance(token, Secret) else token
        if not isinstance(value, str) or not _TOKEN.fullmatch(value):
            raise ConfigurationError(
                "bearer_token must be a non-empty token of printable ASCII without spaces"
            )
        self._token = Secret(value)

    def get_bearer_token(self) -> Secret:
        return self._token

    async def get_bearer_token_async(self) -> Secret:
        return self._token

    def __repr__(self) -> str:
        return "BearerToken(Secret('********'))"


def bearer_provider(value: Any) -> BearerTokenProvider | None:
    """The bearer token provider of a client's `bearer_token=`: None, a token, or a provider."""
    if value is None:
        return None
    if isinstance(value, (str, Secret)):
        return BearerToken(value)
    if isinstance(value, BearerTokenProvider):
        return value
    raise ConfigurationError(
        "bearer_token must be a str, a Secret, or a provider with get_bearer_token() and "
        f"get_bearer_token_async(); got {type(value).__name__}"
    )
