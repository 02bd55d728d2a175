"""What the emulator checks before anything else, as the real gateway does: the signature
(V3 `ACS3-HMAC-SHA256`, RPC HMAC-SHA1 in the query, REST-style `acs <id>:<signature>`, which
PDS signs too, and SLS's `LOG <id>:<signature>` with its Content-MD5), the timestamp (15
minutes either way) and the nonce (never twice while its timestamp is valid; SLS sends none).
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
from urllib.parse import unquote

from .. import signing
from ..signing.pds import SDK_UNSENT_CONTENT_TYPE
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

    scheme: (
        str  # "v3", "v2" (RPC, in the query), "roa-v2" (PDS's too), "sls-v1", "sls-v4";
        # "bearer" and "none" (unsigned) are not verified here (see `auth`)
    )
    version: str
    action: str
    fields: dict[str, str]


def form_of(headers: Mapping[str, str], body: bytes) -> dict[str, str]:
    """A form body's fields (none for any other body)."""
    if headers.get("content-type", "").startswith(FORM_CONTENT_TYPE):
        return parse_fields(body.decode("utf-8", "replace"))
    return {}


def scheme_of(authorization: str | None, query: Mapping[str, str]) -> str | None:
    """How a request is signed, from its headers alone: "bearer" for a bearer token; None when
    it is not signed."""
    if authorization is not None:
        if authorization.startswith(signing.SLS_V1_PREFIX):
            return "sls-v1"
        if authorization.startswith(signing.SLS_V4_ALGORITHM + " "):
            return "sls-v4"
        if authorization.startswith("Bearer "):  # PDS's access token (see `auth`)
            return "bearer"
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
        elif claim.scheme == "sls-v1":
            self._verify_sls_v1(method, path, query, headers, body)
        elif claim.scheme == "sls-v4":
            self._verify_sls_v4(method, path, query, headers, body)
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
        candidates = [to_sign]
        if "content-type" not in headers:
            # PDS's SDK signs a GET without a body (DownloadFile) with a content type it
            # does not send; its service accepts that.
            unsent = {**headers, "content-type": SDK_UNSENT_CONTENT_TYPE}
            candidates.append(
                signing.string_to_sign_roa_v2(method, path, query.items(), unsent)
            )
        if not any(
            hmac.compare_digest(signing.signature_roa_v2(text, secret), signature)
            for text in candidates
        ):
            raise Refusal(
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. "
                "server string to sign is:" + to_sign,
            )
        self._check_time_and_nonce(
            _http_date(headers["date"]), headers["x-acs-signature-nonce"]
        )

    def _verify_sls_v1(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        """SLS's `LOG <id>:<signature>`: HMAC-SHA256 over its string to sign, the
        Content-MD5 of the body, a date within the window (SLS takes no nonce)."""
        credential = headers["authorization"][len(signing.SLS_V1_PREFIX) :]
        key_id, _, signature = credential.partition(":")
        missing = [
            name
            for name in ("date", "x-log-apiversion", "x-log-signaturemethod")
            if not headers.get(name)
        ]
        if not key_id or not signature or missing:
            raise Refusal(
                "Unauthorized",
                "The request signature is incomplete: "
                f"{', '.join(missing) or 'Authorization'}.",
                401,
            )
        if headers["x-log-signaturemethod"] != "hmac-sha256":
            raise Refusal(
                "Unauthorized", "x-log-signaturemethod must be hmac-sha256.", 401
            )
        if body and headers.get("content-md5") != signing.content_md5(body):
            raise Refusal(
                "InvalidContentMD5", "The Content-MD5 does not match the body.", 400
            )
        secret = self._secret(key_id, headers.get("x-acs-security-token"))
        to_sign = signing.string_to_sign_sls_v1(
            method, unquote(path), list(query.items()), headers
        )
        if not hmac.compare_digest(
            signing.signature_sls_v1(to_sign, secret), signature
        ):
            raise Refusal(
                "SignatureNotMatch",
                "Signature does not match. server string to sign is:" + to_sign,
                401,
            )
        self._check_sls_date(_http_date(headers["date"]))

    def _check_sls_date(self, timestamp: str) -> None:
        """SLS's window (it takes no nonce): RequestTimeTooSkewed outside it."""
        try:
            self._check_time_and_nonce(timestamp, None)
        except Refusal as refusal:
            if refusal.code != "InvalidTimeStamp.Expired":
                raise
            raise Refusal(
                "RequestTimeTooSkewed",
                f"The date {timestamp!r} is too far from the server's time.",
                400,
            ) from None

    def _verify_sls_v4(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        """SLS's `SLS4-HMAC-SHA256`: the canonical request's signature in the Credential's
        scope, the body's SHA-256, `x-log-date` within the window."""
        try:
            key_id, day, region, signature = signing.parse_authorization_sls_v4(
                headers["authorization"]
            )
        except ValueError as exc:
            raise Refusal(
                "Unauthorized", f"The signature is malformed: {exc}", 401
            ) from None
        date = headers.get("x-log-date", "")
        if not date.startswith(day) or "x-log-content-sha256" not in headers:
            raise Refusal(
                "Unauthorized",
                "x-log-date (of the Credential's day) and x-log-content-sha256 are needed.",
                401,
            )
        if headers["x-log-content-sha256"] != hashlib.sha256(body).hexdigest():
            raise Refusal(
                "SignatureNotMatch",
                "The x-log-content-sha256 header does not match the body.",
                401,
            )
        secret = self._secret(key_id, headers.get("x-acs-security-token"))
        canonical = signing.canonical_request_sls_v4(
            method, unquote(path), list(query.items()), headers
        )
        expected = signing.signature_sls_v4(canonical, date, region, secret)
        if not hmac.compare_digest(expected, signature):
            raise Refusal(
                "SignatureNotMatch",
                "Signature does not match. server string to sign is:" + canonical,
                401,
            )
        # 20261206T165815Z -> 2026-12-06T16:58:15Z
        iso = f"{date[:4]}-{date[4:6]}-{date[6:11]}:{date[11:13]}:{date[13:]}"
        self._check_sls_date(iso)

    def _check_time_and_nonce(self, timestamp: str, nonce: str | None) -> None:
        """Refuse a timestamp outside the clock-skew window, or a nonce used while its
        request's timestamp was still valid; forget nonces whose timestamps have expired.
        No nonce (SLS): the timestamp alone.
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
            if nonce is None:
                return
            if nonce in self._nonces:
                raise Refusal(
                    "SignatureNonceUsed", "Specified signature nonce was used already."
                )
            expires = when.timestamp() + MAX_CLOCK_SKEW
            self._nonces[nonce] = expires
            heapq.heappush(expiry, (expires, nonce))


def _http_date(value: str) -> str:
    """An HTTP `Date` as the timestamp the window is checked on."""
    try:
        sent = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise Refusal(
            "InvalidTimeStamp.Format", f"Date {value!r} is not valid."
        ) from None
    return sent.strftime("%Y-%m-%dT%H:%M:%SZ")
