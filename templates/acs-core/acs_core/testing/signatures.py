"""What the emulator checks before anything else, as the real gateway does: the signature
(V3 `ACS3-HMAC-SHA256`, RPC HMAC-SHA1 in the query, REST-style `acs <id>:<signature>`), the
timestamp (15 minutes either way) and the nonce (never twice while its timestamp is valid).
A key registered with an STS token must come with that token (`x-acs-security-token`, or
`SecurityToken` in an RPC query); a long-term key's requests may carry any.

Memory stays bounded: a nonce is forgotten once its timestamp has left the window, since a
replay would then fail as expired anyway.
"""

from __future__ import annotations

import email.utils
import hashlib
import heapq
import hmac
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from .. import signing
from .answers import Refusal
from .server import parse_fields

__all__ = ["MAX_CLOCK_SKEW", "Claim", "SignatureChecks", "claim_of", "scheme_of"]

MAX_CLOCK_SKEW = 15 * 60  # seconds a timestamp may differ from the emulator's clock
# The parameters every RPC v2 request carries besides its own.
_V2_COMMON = (
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "Signature",
    "SecurityToken",
    "RegionId",
)
_V3_NEEDED = (
    "host",
    "x-acs-action",
    "x-acs-version",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
)
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


@dataclass(frozen=True)
class Claim:
    """What a request says it is, before its signature is checked: its scheme, version and
    action (empty for a REST-style v2 request that names none), and its own parameters.
    """

    scheme: str  # "v3", "v2" (RPC, in the query) or "roa-v2"
    version: str
    action: str
    fields: dict[str, str]


def form_of(headers: Mapping[str, str], body: bytes) -> dict[str, str]:
    """A form body's fields (none for any other body)."""
    if headers.get("content-type", "").startswith(FORM_CONTENT_TYPE):
        return parse_fields(body.decode("utf-8", "replace"))
    return {}


def scheme_of(authorization: str | None, query: Mapping[str, str]) -> str | None:
    """How a request is signed, from its headers alone; None when it is not signed."""
    if authorization is not None:
        return "roa-v2" if authorization.startswith("acs ") else "v3"
    return "v2" if "Signature" in query else None


def claim_of(
    scheme: str, query: Mapping[str, str], headers: Mapping[str, str], body: bytes
) -> Claim:
    """The version, action and parameters a request states (nothing is verified yet)."""
    form = form_of(headers, body)
    if scheme == "v2":
        params = {**query, **form}
        own = {k: v for k, v in params.items() if k not in _V2_COMMON}
        return Claim(scheme, params.get("Version", ""), params.get("Action", ""), own)
    return Claim(
        scheme,
        headers.get("x-acs-version", ""),
        headers.get("x-acs-action", ""),
        {**query, **form},
    )


class SignatureChecks:
    """Verifies requests against `credentials` (key ID -> secret), `tokens` (key ID -> the
    STS token its requests carry) and `expirations` (key ID -> when it stops being accepted)
    at the time `now()` says."""

    def __init__(
        self,
        credentials: Mapping[str, str],
        now: Callable[[], float],
        tokens: Mapping[str, str] | None = None,
        expirations: Mapping[str, float] | None = None,
    ) -> None:
        self.credentials = credentials
        self.tokens: Mapping[str, str] = tokens if tokens is not None else {}
        self.expirations: Mapping[str, float] = (
            expirations if expirations is not None else {}
        )
        self._now = now
        # nonce -> when its request's timestamp expires; the heap orders them for forgetting.
        self._nonces: dict[str, float] = {}
        self._expiry: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._nonces.clear()
            self._expiry.clear()

    def verify(
        self,
        claim: Claim,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        """Raise `Refusal` with the gateway's code unless the request is signed right."""
        if claim.scheme == "v3":
            self._verify_v3(method, path, query, headers, body)
        elif claim.scheme == "roa-v2":
            self._verify_roa_v2(method, path, query, headers)
        else:
            self._verify_v2(method, {**query, **form_of(headers, body)})

    def _secret(self, key_id: str, token: str | None) -> str:
        secret = self.credentials.get(key_id)
        if secret is None:
            raise Refusal(
                "InvalidAccessKeyId.NotFound", "Specified access key is not found."
            )
        expected = self.tokens.get(key_id)
        if expected is not None and not token:
            raise Refusal(
                "MissingSecurityToken",
                "SecurityToken is mandatory for this access key.",
            )
        if expected is not None and not hmac.compare_digest(
            expected.encode(), (token or "").encode()
        ):
            raise Refusal(
                "InvalidSecurityToken.MismatchWithAccessKey",
                "Specified SecurityToken mismatch with the AccessKey.",
            )
        expires_at = self.expirations.get(key_id)
        if expires_at is not None and self._now() >= expires_at:
            raise Refusal(
                "InvalidSecurityToken.Expired", "Specified SecurityToken is expired."
            )
        return secret

    def _verify_v3(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        try:
            key_id, names, signature = signing.parse_authorization_v3(
                headers["authorization"]
            )
        except ValueError as exc:
            raise Refusal(
                "IncompleteSignature", f"The request signature is malformed: {exc}"
            ) from None
        signed = [name.lower() for name in names]
        missing = [name for name in _V3_NEEDED if name not in headers]
        unsigned = [name for name in _V3_NEEDED if name not in signed]
        if missing or unsigned:
            raise Refusal(
                "IncompleteSignature",
                f"Missing or unsigned headers: {', '.join(missing + unsigned)}.",
            )
        secret = self._secret(key_id, headers.get("x-acs-security-token"))
        body_hash = hashlib.sha256(body).hexdigest()
        try:
            canonical = signing.canonical_request_v3(
                method, path, query.items(), headers, names, body_hash
            )
        except ValueError as exc:
            raise Refusal("IncompleteSignature", str(exc)) from None
        expected = signing.signature_v3(signing.string_to_sign_v3(canonical), secret)
        if not hmac.compare_digest(expected, signature):
            raise Refusal(
                "SignatureDoesNotMatch",
                "The request signature does not conform to Aliyun standards. "
                "server string to sign is:" + canonical,
            )
        if headers["x-acs-content-sha256"] != body_hash:
            raise Refusal(
                "SignatureDoesNotMatch",
                "The x-acs-content-sha256 header does not match the body.",
            )
        self._check_time_and_nonce(
            headers["x-acs-date"], headers["x-acs-signature-nonce"]
        )

    def _verify_v2(self, method: str, params: Mapping[str, str]) -> None:
        for name in ("AccessKeyId", "SignatureNonce", "Timestamp", "Action", "Version"):
            if not params.get(name):
                raise Refusal(
                    "IncompleteSignature",
                    f"The input parameter {name!r} that is mandatory is missing.",
                )
        if (
            params.get("SignatureMethod") != "HMAC-SHA1"
            or params.get("SignatureVersion") != "1.0"
        ):
            raise Refusal(
                "IncompleteSignature",
                "SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.",
            )
        secret = self._secret(params["AccessKeyId"], params.get("SecurityToken"))
        pairs = [(k, v) for k, v in params.items() if k != "Signature"]
        to_sign = signing.string_to_sign_v2(method, pairs)
        if not hmac.compare_digest(
            signing.signature_v2(to_sign, secret), params["Signature"]
        ):
            raise Refusal(
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. "
                "server string to sign is:" + to_sign,
            )
        self._check_time_and_nonce(params["Timestamp"], params["SignatureNonce"])

    def _verify_roa_v2(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
    ) -> None:
        key_id, _, signature = headers["authorization"][len("acs ") :].partition(":")
        missing = [
            name
            for name in ("date", "x-acs-signature-nonce", "x-acs-version")
            if not headers.get(name)
        ]
        if not key_id or not signature or missing:
            raise Refusal(
                "IncompleteSignature",
                "The request signature is incomplete: "
                f"{', '.join(missing) or 'Authorization'}.",
            )
        if (
            headers.get("x-acs-signature-method", "HMAC-SHA1") != "HMAC-SHA1"
            or headers.get("x-acs-signature-version", "1.0") != "1.0"
        ):
            raise Refusal(
                "IncompleteSignature",
                "x-acs-signature-method must be HMAC-SHA1 and its version 1.0.",
            )
        secret = self._secret(key_id, headers.get("x-acs-security-token"))
        to_sign = signing.string_to_sign_roa_v2(method, path, query.items(), headers)
        if not hmac.compare_digest(
            signing.signature_roa_v2(to_sign, secret), signature
        ):
            raise Refusal(
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. "
                "server string to sign is:" + to_sign,
            )
        try:
            sent = email.utils.parsedate_to_datetime(headers["date"])
        except (TypeError, ValueError):
            raise Refusal(
                "InvalidTimeStamp.Format", f"Date {headers['date']!r} is not valid."
            ) from None
        self._check_time_and_nonce(
            sent.strftime("%Y-%m-%dT%H:%M:%SZ"), headers["x-acs-signature-nonce"]
        )

    def _check_time_and_nonce(self, timestamp: str, nonce: str) -> None:
        """Refuse a timestamp outside the clock-skew window, or a nonce used while its
        request's timestamp was still valid; forget nonces whose timestamps have expired.
        """
        now = self._now()
        try:
            if not _TIMESTAMP.fullmatch(timestamp):
                raise ValueError(timestamp)
            when = datetime.fromisoformat(timestamp[:-1]).replace(tzinfo=timezone.utc)
        except ValueError:
            raise Refusal(
                "InvalidTimeStamp.Format",
                f"Specified time stamp {timestamp!r} is not valid.",
                400,
            ) from None
        if abs(now - when.timestamp()) > MAX_CLOCK_SKEW:
            raise Refusal(
                "InvalidTimeStamp.Expired",
                f"Specified time stamp or date value is expired: {timestamp}.",
            )
        with self._lock:
            expiry = self._expiry
            while expiry and expiry[0][0] < now:
                expires, old = heapq.heappop(expiry)
                if self._nonces.get(old) == expires:
                    del self._nonces[old]
            if nonce in self._nonces:
                raise Refusal(
                    "SignatureNonceUsed", "Specified signature nonce was used already."
                )
            expires = when.timestamp() + MAX_CLOCK_SKEW
            self._nonces[nonce] = expires
            heapq.heappush(expiry, (expires, nonce))
