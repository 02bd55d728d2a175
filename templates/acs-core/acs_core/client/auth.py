"""How each attempt of a call authenticates, from what its operation takes (`OperationInfo.auth`)
and what the client holds (`ClientAuth`: its credentials provider and its bearer token):

- `anonymous` (PDS's Token, Authorize, GetShareLinkToken, GetShareLinkByAnonymous): sent
  unsigned; no credentials are looked for, so a client without any may call it;
- `bearer`, when the client has a bearer token (`Client(bearer_token=...)`): the token, not a
  signature; an operation that takes only a bearer token fails before anything is sent without
  one;
- otherwise `access_key`: the client's credentials provider (arguments, `credentials=`, or the
  default chain), signed with the service's signature.

The client's bases call `ClientAuth.authenticate` (or `authenticate_async`) once per attempt; it
leaves the attempt's credentials or token on the `Call`; `attempt_request` then signs the
attempt with credentials (`signers.sign_attempt`) or builds it without (`unsigned_attempt`), as
PDS's SDK sends it (the only service whose specs declare such operations).
"""

from __future__ import annotations

from typing import Any

from .. import signing as _signing
from ..credentials.base import CredentialsProvider, Secret
from ..credentials.bearer import BearerTokenProvider, bearer_provider
from ..errors import ConfigurationError
from ..info import OperationInfo
from ..params import WireParams
from .call import Call
from .signers import new_nonce, request_body, sign_attempt
from .timing import Clock

__all__ = [
    "ACCESS_KEY",
    "ANONYMOUS",
    "BEARER",
    "BearerTokenProvider",
    "ClientAuth",
    "attempt_request",
    "scheme",
    "unsigned_attempt",
]

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


class ClientAuth:
    """A client's ways to authenticate: its credentials provider, and its bearer token (a str,
    a `Secret` or a provider of them; None: none)."""

    def __init__(self, provider: CredentialsProvider, bearer_token: Any) -> None:
        self.provider = provider
        self.bearer = bearer_provider(bearer_token)

    def authenticate(self, call: Call[Any]) -> None:
        """Set the attempt's credentials, or its bearer token, or neither (anonymous)."""
        call.auth = scheme(call.info, self.bearer)
        if call.auth == BEARER:
            assert self.bearer is not None
            call.bearer_token = self.bearer.get_bearer_token()
        elif call.auth == ACCESS_KEY:
            try:
                call.credentials = self.provider.get_credentials()
            except ConfigurationError as exc:
                raise self._without_key(call.info, exc) from None

    async def authenticate_async(self, call: Call[Any]) -> None:
        """`authenticate`, asking the providers without blocking the event loop."""
        call.auth = scheme(call.info, self.bearer)
        if call.auth == BEARER:
            assert self.bearer is not None
            call.bearer_token = await self.bearer.get_bearer_token_async()
        elif call.auth == ACCESS_KEY:
            try:
                call.credentials = await self.provider.get_credentials_async()
            except ConfigurationError as exc:
                raise self._without_key(call.info, exc) from None

    def _without_key(
        self, info: OperationInfo, exc: ConfigurationError
    ) -> ConfigurationError:
        """No credentials for a signed call: say so in the operation's words where the client
        has a bearer token the operation does not take."""
        if self.bearer is None:
            return exc
        return ConfigurationError(
            f"{info.name} is signed with an AccessKey (it takes no bearer token), and "
            f"the client has none: {exc}"
        )

    def __repr__(self) -> str:
        return f"ClientAuth({self.provider!r}, bearer={self.bearer!r})"


def attempt_request(
    version: str,
    call: Call[Any],
    *,
    host: str,
    path: str,
    query: list[tuple[str, str]],
    api_version: str,
    region: str,
    clock: Clock,
) -> _signing.SignedRequest:
    """One attempt's request: signed with the call's credentials, or else not with a key."""
    if call.credentials is None:
        return unsigned_attempt(
            version,
            call.info,
            call.wire,
            host=host,
            query=query,
            api_version=api_version,
            clock=clock,
            bearer_token=call.bearer_token,
        )
    return sign_attempt(
        version,
        call.info,
        call.wire,
        host=host,
        path=path,
        query=query,
        api_version=api_version,
        region=region,
        credentials=call.credentials,
        clock=clock,
    )


def unsigned_attempt(
    version: str,
    info: OperationInfo,
    wire: WireParams,
    *,
    host: str,
    query: list[tuple[str, str]],
    api_version: str,
    clock: Clock,
    bearer_token: Secret | None,
) -> _signing.SignedRequest:
    """An attempt not signed with a key: anonymous, or with `bearer_token`, as PDS's SDK sends
    them (its headers, no Authorization or `Bearer <token>`), with a fresh nonce and date.
    """
    if version != "pds_v1":
        raise ConfigurationError(
            f"{info.name}: only PDS (pds_v1) sends calls without a signature"
        )
    body, content_type = request_body(info, wire)
    headers = _signing.pds_v1_headers(
        host=host,
        action=info.name,
        version=api_version,
        content_type=content_type,
        date=clock.http_date(),
        nonce=new_nonce(),
        extra_headers=dict(wire.headers),
    )
    return _signing.unsigned_pds_v1(
        query=query,
        body=body,
        headers=headers,
        bearer_token=bearer_token.reveal() if bearer_token else None,
    )
