"""How each attempt of a call authenticates, from what its operation takes (`OperationInfo.auth`)
and what the client holds:

- `anonymous` (PDS's Token, Authorize, GetShareLinkToken, GetShareLinkByAnonymous): sent
  unsigned; no credentials are looked for, so a client without any may call it;
- `bearer`, when the client has a bearer token (`Client(bearer_token=...)`): the token, not a
  signature; an operation that takes only a bearer token fails before anything is sent without
  one;
- otherwise `access_key`: the client's credentials provider (arguments, `credentials=`, or the
  default chain), signed with the service's signature.

The client's bases call `authenticate` (or `authenticate_async`) once per attempt; it leaves the
attempt's credentials or token on the `Call`, which the signer reads.
"""

from __future__ import annotations

from typing import Any

from ..credentials.base import CredentialsProvider
from ..credentials.bearer import BearerTokenProvider
from ..errors import ConfigurationError
from ..info import OperationInfo
from .call import Call

__all__ = ["ACCESS_KEY", "ANONYMOUS", "BEARER", "authenticate", "authenticate_async"]

ACCESS_KEY, BEARER, ANONYMOUS = "access_key", "bearer", "anonymous"


def scheme(info: OperationInfo, bearer: BearerTokenProvider | None) -> str:
    """How a call of `info` authenticates with a client holding `bearer` (or none)."""
    accepted = info.auth
    if ANONYMOUS in accepted:
        return ANONYMOUS
    if BEARER in accepted and (bearer is not None or ACCESS_KEY not in accepted):
        if bearer is None:
            raise ConfigurationError(
                f"{info.name} takes a bearer token only: pass bearer_token= to the client"
            )
        return BEARER
    return ACCESS_KEY


def authenticate(
    call: Call[Any], provider: CredentialsProvider, bearer: BearerTokenProvider | None
) -> None:
    """Set the attempt's credentials, or its bearer token, or neither (anonymous)."""
    call.auth = scheme(call.info, bearer)
    if call.auth == BEARER:
        assert bearer is not None
        call.bearer_token = bearer.get_bearer_token()
    elif call.auth == ACCESS_KEY:
        try:
            call.credentials = provider.get_credentials()
        except ConfigurationError as exc:
            raise _without_key(call.info, bearer, exc) from None


async def authenticate_async(
    call: Call[Any], provider: CredentialsProvider, bearer: BearerTokenProvider | None
) -> None:
    """`authenticate`, asking the providers without blocking the event loop."""
    call.auth = scheme(call.info, bearer)
    if call.auth == BEARER:
        assert bearer is not None
        call.bearer_token = await bearer.get_bearer_token_async()
    elif call.auth == ACCESS_KEY:
        try:
            call.credentials = await provider.get_credentials_async()
        except ConfigurationError as exc:
            raise _without_key(call.info, bearer, exc) from None


def _without_key(
    info: OperationInfo, bearer: BearerTokenProvider | None, exc: ConfigurationError
) -> ConfigurationError:
    """No credentials for a signed call: say so in the operation's words where the client has
    a bearer token the operation does not take."""
    if bearer is None:
        return exc
    return ConfigurationError(
        f"{info.name} is signed with an AccessKey (it takes no bearer token), and "
        f"the client has none: {exc}"
    )
