"""How the emulator checks a request that its operation's `auth` lets through without an
AccessKey signature (PDS's): an unsigned call reaches only an anonymous operation; a bearer
token (`Authorization: Bearer <token>` with the same token in `x-acs-bearer-token`, as the
SDK's gateway sends them) only an operation that takes one, and only a token the emulator was
told about (`Emulator.accept_bearer`); an operation that takes a bearer token alone refuses
AccessKey signatures. Refusals carry PDS's codes, answered in the product's error shape:
`AccessTokenInvalid` (401) for a token it does not know, `Forbidden` (403) for an AccessKey
signature where only a token is taken; a bearer token where none is taken (any product's
operation) is an `IncompleteSignature` (400), as a malformed signature is.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Mapping

from .answers import Refusal
from .products import OperationModel

__all__ = ["BearerTokens", "unsigned_refusal"]

BEARER_PREFIX = "Bearer "


def unsigned_refusal() -> Refusal:
    """A request without a signature, to an operation that is not anonymous (or to none)."""
    return Refusal(
        "IncompleteSignature",
        "The request has no signature: neither Authorization nor Signature.",
    )


class BearerTokens:
    """The bearer tokens the emulator accepts, and the check of how a request authenticated."""

    def __init__(self) -> None:
        self._tokens: set[str] = set()
        self._lock = threading.Lock()

    def accept(self, token: str) -> None:
        if not token or any(c.isspace() for c in token):
            raise ValueError("a bearer token is a non-empty text without spaces")
        with self._lock:
            self._tokens.add(token)

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.discard(token)

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()

    def check(
        self, scheme: str | None, operation: OperationModel, headers: Mapping[str, str]
    ) -> None:
        """Refuse the request unless `operation` takes the way it authenticated (`scheme`,
        as `signatures.scheme_of` says: None unsigned, "bearer", else a signature, verified
        already)."""
        auth = operation.auth
        if scheme is None:
            if "anonymous" not in auth:
                raise unsigned_refusal()
        elif scheme == "bearer":
            if "bearer" not in auth:
                raise Refusal(
                    "IncompleteSignature",
                    f"{operation.name} does not take a bearer token: sign it with an "
                    "AccessKey.",
                    400,
                )
            self._check_token(headers)
        elif auth == ("bearer",):
            raise Refusal(
                "Forbidden",
                f"{operation.name} takes a bearer token only, not an AccessKey signature.",
                403,
            )

    def _check_token(self, headers: Mapping[str, str]) -> None:
        token = headers.get("authorization", "")[len(BEARER_PREFIX) :]
        if headers.get("x-acs-bearer-token") != token:
            raise Refusal(
                "AccessTokenInvalid",
                "AccessToken is invalid: x-acs-bearer-token differs from Authorization.",
                401,
            )
        with self._lock:
            known = any(hmac.compare_digest(token, t) for t in self._tokens)
        if not known:
            raise Refusal("AccessTokenInvalid", "AccessToken is invalid.", 401)
