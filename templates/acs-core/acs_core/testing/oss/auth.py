"""Who sent an OSS request, checked as OSS checks it: the V4 (`OSS4-HMAC-SHA256`) and V1
(`OSS <id>:<signature>`) Authorization headers in both SDKs' layouts, presigned URLs of both
versions with their expiry, STS tokens (`x-oss-security-token`, or oss-v2's V1
`security-token`), and the request's time (15 minutes either way). A request without a
signature is anonymous: what it may do is the ACLs' to say.

V1's sub-resources differ between the SDKs (oss2 signs more query parameters than
alibabacloud-oss-v2): a V1 signature is accepted when it matches either SDK's list.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from ...signing import oss_common as common
from ...signing import oss_v1
from .errors import OssError
from .request import OssRequest

__all__ = ["MAX_CLOCK_SKEW", "Checks", "Principal"]

MAX_CLOCK_SKEW = (
    15 * 60
)  # seconds a request's time may differ from the emulator's clock
_V4_QUERY = frozenset(
    {"x-oss-signature-version", "x-oss-credential", "x-oss-signature"}
)
_V1_QUERY = frozenset({"OSSAccessKeyId", "Signature"})
_SUBRESOURCE_SETS = (
    common.OSSV2_V1_SUBRESOURCES | common.OSSV2_V1_OPERATION_SUBRESOURCES,
    common.OSS2_V1_SUBRESOURCES,
    common.OSSV2_V1_SUBRESOURCES,
)


@dataclass(frozen=True)
class Principal:
    """Who a request is from: an access key ID, or None (anonymous)."""

    key_id: str | None
    scheme: str  # "oss-v4", "oss-v1", "oss-v4-query", "oss-v1-query" or "anonymous"
    region: str | None = None  # a V4 signature's


ANONYMOUS = Principal(None, "anonymous")


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.000Z"
    )


def _bytes_of(text: str) -> str:
    return " ".join(f"{byte:02X}" for byte in text.encode("utf-8"))


class Checks:
    """Verifies OSS requests against `secrets` (key ID -> secret), `tokens` (key ID -> the
    STS token its requests must carry) and `expirations` (key ID -> when temporary credentials
    expire: SecurityTokenExpired after) at the time `now()` says."""

    def __init__(
        self,
        secrets: Mapping[str, str],
        tokens: Mapping[str, str],
        now: Callable[[], float],
        expirations: Mapping[str, float] | None = None,
    ) -> None:
        self.secrets = secrets
        self.tokens = tokens
        self.expirations: Mapping[str, float] = (
            expirations if expirations is not None else {}
        )
        self._now = now

    def verify(self, request: OssRequest) -> Principal:
        authorization = request.headers.get("authorization")
        if authorization is not None:
            if authorization.startswith(common.V4_ALGORITHM + " "):
                return self._v4_header(request, authorization)
            return self._v1_header(request, authorization)
        names = set(request.query)
        if names & _V4_QUERY:
            return self._v4_query(request)
        if names & _V1_QUERY:
            return self._v1_query(request)
        return ANONYMOUS

    # --- V4 ----------------------------------------------------------------------------------

    def _v4_header(self, request: OssRequest, authorization: str) -> Principal:
        fields: dict[str, str] = {}
        for item in authorization[len(common.V4_ALGORITHM) + 1 :].split(","):
            name, _, value = item.strip().partition("=")
            fields[name] = value.strip()
        if "Credential" not in fields or "Signature" not in fields:
            raise OssError("InvalidArgument", "Authorization header is invalid.")
        key_id, date, region = self._credential(fields["Credential"])
        stamp = request.headers.get("x-oss-date", "")
        when = self._v4_time(stamp, date)
        secret = self._secret(key_id, request.headers.get("x-oss-security-token"))
        self._check_skew(when, stamp)
        additional = [
            name for name in fields.get("AdditionalHeaders", "").split(";") if name
        ]
        self._check_v4(
            request,
            request.pairs,
            request.headers,
            additional,
            key_id,
            secret,
            stamp,
            region,
            fields["Signature"],
        )
        return Principal(key_id, "oss-v4", region)

    def _v4_query(self, request: OssRequest) -> Principal:
        query = request.query
        missing = [
            name
            for name in (
                "x-oss-signature-version",
                "x-oss-credential",
                "x-oss-date",
                "x-oss-expires",
                "x-oss-signature",
            )
            if name not in query
        ]
        if missing:
            raise OssError(
                "InvalidArgument",
                f"The presigned URL lacks {', '.join(missing)}.",
            )
        if query["x-oss-signature-version"] != common.V4_ALGORITHM:
            raise OssError(
                "InvalidArgument",
                f"Unsupported x-oss-signature-version {query['x-oss-signature-version']!r}.",
            )
        key_id, date, region = self._credential(query["x-oss-credential"])
        stamp = query["x-oss-date"]
        when = self._v4_time(stamp, date)
        expires = query["x-oss-expires"]
        if not expires.isdigit() or int(expires) > common.MAX_PRESIGN_EXPIRES:
            raise OssError(
                "InvalidArgument",
                f"x-oss-expires must be a number of seconds up to "
                f"{common.MAX_PRESIGN_EXPIRES}, not {expires!r}.",
            )
        secret = self._secret(key_id, query.get("x-oss-security-token"))
        self._check_expiry(when + int(expires))
        additional = [
            name
            for name in query.get("x-oss-additional-headers", "").split(";")
            if name
        ]
        pairs = [
            (name, value) for name, value in request.pairs if name != "x-oss-signature"
        ]
        self._check_v4(
            request,
            pairs,
            request.headers,
            additional,
            key_id,
            secret,
            stamp,
            region,
            query["x-oss-signature"],
        )
        return Principal(key_id, "oss-v4-query", region)

    @staticmethod
    def _credential(credential: str) -> tuple[str, str, str]:
        parts = credential.split("/")
        if (
            len(parts) != 5
            or not parts[0]
            or parts[3] != common.DEFAULT_PRODUCT
            or parts[4] != common.V4_TERMINATOR
        ):
            raise OssError(
                "InvalidArgument",
                f"Invalid credential {credential!r}: expected "
                "<AccessKeyId>/<date>/<region>/oss/aliyun_v4_request.",
            )
        return parts[0], parts[1], parts[2]

    @staticmethod
    def _v4_time(stamp: str, date: str) -> float:
        try:
            when = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
        except ValueError:
            raise OssError(
                "AccessDenied",
                f"x-oss-date {stamp!r} is missing or not valid: use YYYYMMDDTHHMMSSZ.",
            ) from None
        if stamp[:8] != date:
            raise OssError(
                "AccessDenied",
                f"The date of the credential scope ({date}) is not the date of "
                f"x-oss-date ({stamp}).",
            )
        return when.replace(tzinfo=timezone.utc).timestamp()

    def _check_v4(
        self,
        request: OssRequest,
        pairs: list[tuple[str, str]],
        headers: Mapping[str, str],
        additional: list[str],
        key_id: str,
        secret: str,
        stamp: str,
        region: str,
        provided: str,
    ) -> None:
        try:
            canonical = common.canonical_request_v4(
                request.method,
                request.bucket,
                request.key,
                pairs,
                headers,
                additional_headers=additional,
            )
            region = common.validate_region(region)
        except ValueError as exc:
            raise OssError("InvalidArgument", str(exc)) from None
        scope = common.v4_scope(stamp[:8], region)
        to_sign = common.string_to_sign_v4(stamp, scope, canonical)
        key = common.signing_key_v4(secret, stamp[:8], region)
        if not hmac.compare_digest(common.hmac_hex(key, to_sign), provided):
            raise OssError(
                "SignatureDoesNotMatch",
                OSSAccessKeyId=key_id,
                SignatureProvided=provided,
                StringToSign=to_sign,
                StringToSignBytes=_bytes_of(to_sign),
                CanonicalRequest=canonical,
                CanonicalRequestBytes=_bytes_of(canonical),
            )

    # --- V1 ----------------------------------------------------------------------------------

    def _v1_header(self, request: OssRequest, authorization: str) -> Principal:
        key_id, colon, provided = authorization[len("OSS ") :].strip().rpartition(":")
        if not colon or not key_id or not provided:
            raise OssError("InvalidArgument", "Authorization header is invalid.")
        headers = request.headers
        token = headers.get("x-oss-security-token") or headers.get("security-token")
        secret = self._secret(key_id, token)
        date = headers.get("x-oss-date") or headers.get("date", "")
        try:
            when = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            raise OssError(
                "AccessDenied",
                "OSS authentication requires a valid Date or x-oss-date header.",
            ) from None
        self._check_skew(when, date)
        self._check_v1(request, request.pairs, headers, date, key_id, secret, provided)
        return Principal(key_id, "oss-v1")

    def _v1_query(self, request: OssRequest) -> Principal:
        query = request.query
        missing = [
            n for n in ("OSSAccessKeyId", "Expires", "Signature") if n not in query
        ]
        if missing:
            raise OssError(
                "AccessDenied",
                f"The presigned URL lacks {', '.join(missing)}.",
            )
        expires = query["Expires"]
        if not expires.isdigit():
            raise OssError("AccessDenied", f"Expires {expires!r} is not valid.")
        key_id = query["OSSAccessKeyId"]
        secret = self._secret(key_id, query.get("security-token"))
        self._check_expiry(int(expires))
        pairs = [
            (name, value)
            for name, value in request.pairs
            if name not in ("OSSAccessKeyId", "Expires", "Signature")
        ]
        self._check_v1(
            request,
            pairs,
            request.headers,
            expires,
            key_id,
            secret,
            query["Signature"],
            extra=frozenset({"security-token"}),
        )
        return Principal(key_id, "oss-v1-query")

    def _check_v1(
        self,
        request: OssRequest,
        pairs: list[tuple[str, str]],
        headers: Mapping[str, str],
        date: str,
        key_id: str,
        secret: str,
        provided: str,
        extra: frozenset[str] = frozenset(),
    ) -> None:
        tried: list[str] = []
        for subresources in _SUBRESOURCE_SETS:
            try:
                resource = oss_v1.v1_canonical_resource(
                    request.bucket, request.key, pairs, subresources | extra
                )
                to_sign = oss_v1.v1_string_to_sign(
                    request.method, headers, date, resource
                )
            except ValueError as exc:
                raise OssError("InvalidArgument", str(exc)) from None
            if to_sign in tried:
                continue
            tried.append(to_sign)
            digest = hmac.new(secret.encode(), to_sign.encode(), hashlib.sha1).digest()
            if hmac.compare_digest(base64.b64encode(digest).decode(), provided):
                return
        raise OssError(
            "SignatureDoesNotMatch",
            OSSAccessKeyId=key_id,
            SignatureProvided=provided,
            StringToSign=tried[0],
            StringToSignBytes=_bytes_of(tried[0]),
        )

    # --- shared ------------------------------------------------------------------------------

    def _secret(self, key_id: str, token: str | None) -> str:
        """The key's secret, once the STS token (or its absence) agrees with the key."""
        secret = self.secrets.get(key_id)
        expected = self.tokens.get(key_id)
        if secret is None or (expected is None and token) or (expected and not token):
            raise OssError("InvalidAccessKeyId", OSSAccessKeyId=key_id)
        if expected is not None and not hmac.compare_digest(
            expected.encode(), (token or "").encode()
        ):
            raise OssError("InvalidSecurityToken", OSSAccessKeyId=key_id)
        expires_at = self.expirations.get(key_id)
        if expires_at is not None and self._now() >= expires_at:
            raise OssError("SecurityTokenExpired", Expiration=_iso(expires_at))
        return secret

    def _check_skew(self, when: float, stated: str) -> None:
        now = self._now()
        if abs(now - when) > MAX_CLOCK_SKEW:
            raise OssError(
                "RequestTimeTooSkewed",
                RequestTime=stated,
                ServerTime=_iso(now),
                MaxAllowedSkewMilliseconds=str(MAX_CLOCK_SKEW * 1000),
            )

    def _check_expiry(self, expires_at: float) -> None:
        now = self._now()
        if now > expires_at:
            raise OssError(
                "AccessDenied",
                "Request has expired.",
                Expires=_iso(expires_at),
                ServerTime=_iso(now),
            )
