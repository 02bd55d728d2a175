"""What OSS's two signatures share: names, limits, validation, encodings and times.

`oss_v4` signs `OSS4-HMAC-SHA256` (the default) and `oss_v1` the older `OSS <id>:<signature>`,
both checked equal to the official SDKs, alibabacloud-oss-v2 (`flavor="oss-v2"`, the default) and
oss2 (`flavor="oss2"`): the flavor only picks the layout where they differ.

Inputs: `bucket`/`key` are raw (unencoded) names; `key=None` or `""` means a bucket-level
request, `bucket=None` a service-level one (ListBuckets). `query` is a mapping or a list of
`(name, value)` pairs of raw strings; `None` and `""` values both mean "name only". `when` is a
timezone-aware `datetime` or epoch seconds (default: now).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Final, Literal

__all__ = [
    "DEFAULT_PRESIGN_EXPIRES",
    "DEFAULT_PRODUCT",
    "MAX_PRESIGN_EXPIRES",
    "OSS2_V1_SUBRESOURCES",
    "OSSV2_V1_OPERATION_SUBRESOURCES",
    "OSSV2_V1_SUBRESOURCES",
    "UNSIGNED_PAYLOAD",
    "V1_PRESIGN_RESERVED",
    "V4_ALGORITHM",
    "V4_PRESIGN_RESERVED",
    "V4_TERMINATOR",
    "Flavor",
    "PresignedQuery",
    "QueryInput",
    "SignedRequest",
    "When",
    "canonical_headers_v4",
    "canonical_query_v4",
    "canonical_request_v4",
    "canonical_uri_v4",
    "check_credentials",
    "check_method",
    "check_unique",
    "expires_seconds",
    "format_http_date",
    "format_v4_datetime",
    "hmac_hex",
    "is_v4_default_signed",
    "join_pairs",
    "lower_headers",
    "query_pairs",
    "resource_path",
    "signing_key_v4",
    "string_to_sign_v4",
    "to_utc",
    "uri_encode",
    "v4_additional",
    "v4_scope",
    "validate_bucket_name",
    "validate_region",
]

Flavor = Literal["oss-v2", "oss2"]
QueryInput = Mapping[str, str | None] | Iterable[tuple[str, str | None]]
When = datetime | int | float | None

V4_ALGORITHM: Final = "OSS4-HMAC-SHA256"
V4_TERMINATOR: Final = "aliyun_v4_request"
UNSIGNED_PAYLOAD: Final = "UNSIGNED-PAYLOAD"
DEFAULT_PRODUCT: Final = "oss"
#: presigned URLs default to 15 minutes in both SDKs
DEFAULT_PRESIGN_EXPIRES: Final = 900
#: V4 presigned URLs may live at most 7 days (oss-v2 refuses more)
MAX_PRESIGN_EXPIRES: Final = 604800

#: oss2 2.19.1 ``ProviderAuth._subresource_key_set`` (oss2/auth.py:81-99)
OSS2_V1_SUBRESOURCES: Final = frozenset(
    {
        "response-content-type", "response-content-language",
        "response-cache-control", "logging", "response-content-encoding",
        "acl", "uploadId", "uploads", "partNumber", "group", "link", "delete",
        "website", "location", "objectInfo", "objectMeta", "response-expires",
        "response-content-disposition", "cors", "lifecycle", "restore", "qos",
        "referer", "stat", "bucketInfo", "append", "position",
        "security-token", "live", "comp", "status", "vod", "startTime",
        "endTime", "x-oss-process", "symlink", "callback", "callback-var",
        "tagging", "encryption", "versions", "versioning", "versionId",
        "policy", "requestPayment", "x-oss-traffic-limit", "qosInfo",
        "asyncFetch", "x-oss-request-payer", "sequential", "inventory",
        "inventoryId", "continuation-token", "worm", "wormId", "wormExtend",
        "replication", "replicationLocation", "replicationProgress",
        "transferAcceleration", "cname", "metaQuery", "x-oss-ac-source-ip",
        "x-oss-ac-subnet-mask", "x-oss-ac-vpc-id", "x-oss-ac-forward-allow",
        "resourceGroup", "style", "styleName", "x-oss-async-process",
        "regionList", "x-oss-write-get-object-response",
        "bucketArchiveDirectRead", "httpsConfig", "redundancyTransition",
        "x-oss-target-redundancy-type", "x-oss-redundancy-transition-taskid",
        "accessPoint", "accessPointPolicy", "publicAccessBlock",
        "x-oss-access-point-name", "requesterQosInfo", "qosRequester",
        "resourcePoolInfo", "resourcePool", "resourcePoolBuckets",
    }
)  # fmt: skip

#: alibabacloud-oss-v2 1.4.1 ``SignerV1._subresource_key_set`` (signer/v1.py:17-25)
OSSV2_V1_SUBRESOURCES: Final = frozenset(
    {
        "acl", "bucketInfo", "location", "stat", "delete", "append", "tagging",
        "objectMeta", "uploads", "uploadId", "partNumber", "security-token",
        "position", "response-content-type", "response-content-language",
        "response-expires", "response-cache-control",
        "response-content-disposition", "response-content-encoding",
        "restore", "callback", "callback-var", "versions", "versioning",
        "versionId", "sequential", "continuation-token", "regionList",
        "cloudboxes", "symlink", "resourceGroup",
    }
)  # fmt: skip

#: union of the ``op_metadata['sub-resource']`` lists of oss-v2's operations;
#: oss-v2 adds an operation's own list to ``OSSV2_V1_SUBRESOURCES`` when signing
OSSV2_V1_OPERATION_SUBRESOURCES: Final = frozenset(
    {
        "MetaQuery", "accessPoint", "accessPointPolicy",
        "bucketArchiveDirectRead", "cleanRestoredObject", "cloudboxes",
        "cname", "comp", "cors", "dataPipeline", "encryption", "httpsConfig",
        "inventory", "inventoryId", "legalHold", "lifecycle", "logging",
        "metaQuery", "metadataConfiguration", "metadataInventoryTable",
        "metadataJournalTable", "objectWorm", "overwriteConfig", "policy",
        "policyStatus", "publicAccessBlock", "quota", "redundancyTransition",
        "referer", "replication", "replicationLocation", "replicationProgress",
        "requestPayment", "resourceGroup", "retention", "rtc", "seal", "style",
        "styleName", "tagging", "transferAcceleration",
        "userDefinedLogFieldsConfig", "website", "worm", "wormExtend", "wormId",
        "x-oss-access-point-name", "x-oss-redundancy-transition-taskid",
        "x-oss-target-redundancy-type",
    }
)  # fmt: skip

_UNRESERVED: Final = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
)
_BUCKET_RE: Final = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
_REGION_RE: Final = re.compile(r"[a-z0-9-]+")
_V4_DEFAULT_SIGNED: Final = ("content-type", "content-md5")
V4_PRESIGN_RESERVED: Final = frozenset(
    {
        "x-oss-signature-version", "x-oss-date", "x-oss-expires",
        "x-oss-credential", "x-oss-signature", "x-oss-security-token",
        "x-oss-additional-headers",
    }
)  # fmt: skip
V1_PRESIGN_RESERVED: Final = frozenset(
    {"OSSAccessKeyId", "Expires", "Signature", "security-token"}
)
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


# --------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class SignedRequest:
    """Headers to add to the request, and the intermediate strings."""

    #: headers to set (overriding any of the same name), in the SDK's spelling
    headers: Mapping[str, str]
    authorization: str
    signature: str
    string_to_sign: str
    #: V4 canonical request; empty for V1
    canonical_request: str
    signing_time: datetime


@dataclass(frozen=True)
class PresignedQuery:
    """The complete query string of a presigned URL (without the ``?``)."""

    query: str
    signature: str
    string_to_sign: str
    #: V4 canonical request; empty for V1
    canonical_request: str
    signing_time: datetime
    expires_at: datetime
    #: headers the URL was signed with; whoever uses the URL must send them
    signed_headers: Mapping[str, str] = field(default_factory=dict)

    def url(self, base_url: str) -> str:
        """``base_url`` (scheme, host and encoded path, no query) + the query."""
        return f"{base_url}?{self.query}"


# --------------------------------------------------------------------------
# validation and small helpers


def validate_bucket_name(name: str) -> str:
    """Return ``name`` if it is a valid OSS bucket name, else raise ValueError.

    OSS rules (the SDKs check the same): 3-63 characters, lowercase letters,
    digits and hyphens, starting and ending with a letter or digit.
    """
    if not isinstance(name, str):
        raise TypeError(f"bucket name must be str, got {type(name).__name__}")
    if not _BUCKET_RE.fullmatch(name):
        raise ValueError(
            f"invalid bucket name {name!r}: a bucket name has 3-63 characters, "
            "only lowercase letters, digits and '-', and starts and ends with a "
            "letter or digit"
        )
    return name


def validate_region(region: str) -> str:
    """Return ``region`` (e.g. ``cn-hangzhou``) or raise ValueError.

    The V4 scope uses the bare region id. ``oss-cn-hangzhou`` (the endpoint
    label) would sign fine client-side but never match on the server.
    """
    if not isinstance(region, str) or not _REGION_RE.fullmatch(region):
        raise ValueError(
            f"invalid region {region!r}: expected an id like 'cn-hangzhou' "
            "(lowercase letters, digits and '-')"
        )
    if region.startswith("oss-"):
        raise ValueError(
            f"invalid region {region!r}: the V4 scope takes the region id "
            f"without the 'oss-' endpoint prefix, e.g. {region[4:]!r}"
        )
    return region


def _check_key(bucket: str | None, key: str | None) -> str | None:
    if key is None or key == "":
        return None
    if not isinstance(key, str):
        raise TypeError(f"object key must be str, got {type(key).__name__}")
    if bucket is None:
        raise ValueError("an object key needs a bucket")
    if len(key) > 1024:
        raise ValueError(f"object key is {len(key)} characters long; at most 1024")
    return key


def _check_bucket(bucket: str | None) -> str | None:
    if bucket is None:
        return None
    return validate_bucket_name(bucket)


def uri_encode(text: str, *, keep_slash: bool = False) -> str:
    """Percent-encode UTF-8 bytes except ``A-Z a-z 0-9 - _ . ~`` (and ``/``).

    This is what both SDKs use for V4: ``urllib.parse.quote(s, safe='')``
    (oss-v2) and ``ProviderAuthV4.__v4_uri_encode`` (oss2), uppercase hex.
    """
    out: list[str] = []
    for b in text.encode("utf-8"):
        if b in _UNRESERVED or (keep_slash and b == 0x2F):
            out.append(chr(b))
        else:
            out.append(f"%{b:02X}")
    return "".join(out)


def resource_path(bucket: str | None, key: str | None) -> str:
    """Unencoded ``/``, ``/bucket/`` or ``/bucket/key`` (what both SDKs sign)."""
    bucket = _check_bucket(bucket)
    key = _check_key(bucket, key)
    if bucket is None:
        return "/"
    return f"/{bucket}/{key or ''}"


def canonical_uri_v4(bucket: str | None, key: str | None) -> str:
    """V4 canonical URI: the resource path URI-encoded with ``/`` kept."""
    return uri_encode(resource_path(bucket, key), keep_slash=True)


def query_pairs(query: QueryInput | None) -> list[tuple[str, str]]:
    if query is None:
        return []
    items: Iterable[tuple[str, str | None]]
    items = query.items() if isinstance(query, Mapping) else query
    pairs: list[tuple[str, str]] = []
    for item in items:
        name, value = item
        if not isinstance(name, str) or not name:
            raise ValueError(f"query parameter names must be non-empty str: {name!r}")
        if value is not None and not isinstance(value, str):
            raise TypeError(
                f"query parameter {name!r} must be str or None, "
                f"got {type(value).__name__}"
            )
        pairs.append((name, value or ""))
    return pairs


def join_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{k}={v}" if v else k for k, v in pairs)


def canonical_query_v4(query: QueryInput | None) -> str:
    """Encode names and values, sort by (name, value), ``k=v`` or ``k``."""
    encoded = sorted((uri_encode(k), uri_encode(v)) for k, v in query_pairs(query))
    return join_pairs(encoded)


def lower_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"header {name!r}: names and values must be str")
        lower = name.lower()
        if lower in out:
            raise ValueError(
                f"header {name!r} given twice (names are case-insensitive)"
            )
        out[lower] = value
    return out


def is_v4_default_signed(lower_name: str) -> bool:
    return lower_name.startswith("x-oss-") or lower_name in _V4_DEFAULT_SIGNED


def v4_additional(
    lower_headers: Mapping[str, str], additional_headers: Iterable[str]
) -> list[str]:
    """oss-v2's rule: lowercase, drop default-signed ones and absent/empty ones."""
    names = {h.lower() for h in additional_headers}
    return sorted(
        n
        for n in names
        if not is_v4_default_signed(n) and lower_headers.get(n, "") != ""
    )


def canonical_headers_v4(
    headers: Mapping[str, str] | None, additional_headers: Collection[str] = ()
) -> str:
    """``name:value\\n`` for x-oss-*, content-type, content-md5 and additional
    headers, names lowercased and sorted, values untouched."""
    lower = lower_headers(headers)
    extra = set(v4_additional(lower, additional_headers))
    return "".join(
        f"{n}:{lower[n]}\n"
        for n in sorted(lower)
        if is_v4_default_signed(n) or n in extra
    )


def canonical_request_v4(
    method: str,
    bucket: str | None,
    key: str | None,
    query: QueryInput | None,
    headers: Mapping[str, str] | None,
    *,
    additional_headers: Collection[str] = (),
) -> str:
    """The V4 canonical request over exactly these headers and query."""
    lower = lower_headers(headers)
    extra = v4_additional(lower, additional_headers)
    return "\n".join(
        [
            method,
            canonical_uri_v4(bucket, key),
            canonical_query_v4(query),
            canonical_headers_v4(lower, extra),
            ";".join(extra),
            lower.get("x-oss-content-sha256", UNSIGNED_PAYLOAD),
        ]
    )


def to_utc(when: When) -> datetime:
    if when is None:
        return datetime.now(timezone.utc)
    if isinstance(when, datetime):
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("when: naive datetime; pass a timezone-aware one")
        return when.astimezone(timezone.utc)
    if isinstance(when, bool) or not isinstance(when, int | float):
        raise TypeError(f"when must be a datetime or epoch seconds, got {when!r}")
    return datetime.fromtimestamp(when, timezone.utc)


def format_v4_datetime(when: When) -> str:
    """``YYYYMMDDTHHMMSSZ`` (x-oss-date)."""
    return to_utc(when).strftime("%Y%m%dT%H%M%SZ")


def format_http_date(when: When) -> str:
    """RFC 7231 date, ``Mon, 02 Jan 2006 15:04:05 GMT`` (locale-independent)."""
    t = to_utc(when)
    return (
        f"{_WEEKDAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1]} {t.year:04d} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} GMT"
    )


def v4_scope(date: str, region: str, product: str = DEFAULT_PRODUCT) -> str:
    """``<YYYYMMDD>/<region>/<product>/aliyun_v4_request``."""
    return f"{date}/{region}/{product}/{V4_TERMINATOR}"


def string_to_sign_v4(datetime_str: str, scope: str, canonical_request: str) -> str:
    digest = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    return f"{V4_ALGORITHM}\n{datetime_str}\n{scope}\n{digest}"


def signing_key_v4(
    access_key_secret: str, date: str, region: str, product: str = DEFAULT_PRODUCT
) -> bytes:
    """HMAC-SHA256 chain from ``aliyun_v4`` + secret over date, region, product."""
    key = ("aliyun_v4" + access_key_secret).encode("utf-8")
    for part in (date, region, product, V4_TERMINATOR):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def hmac_hex(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def check_credentials(access_key_id: str, access_key_secret: str) -> None:
    if not access_key_id or not access_key_secret:
        raise ValueError("access_key_id and access_key_secret must be non-empty")


def check_method(method: str) -> str:
    if not method or not method.isascii() or not method.isalpha():
        raise ValueError(f"invalid HTTP method {method!r}")
    if not method.isupper():
        raise ValueError(f"HTTP method must be uppercase as sent, got {method!r}")
    return method


def check_unique(pairs: list[tuple[str, str]], reserved: frozenset[str]) -> None:
    seen: set[str] = set()
    for name, _ in pairs:
        if name in reserved:
            raise ValueError(f"query parameter {name!r} is set by the presigner")
        if name in seen:
            raise ValueError(
                f"query parameter {name!r} given twice; a presigned URL holds "
                "each name once"
            )
        seen.add(name)


def expires_seconds(expires: int | timedelta, limit: int | None) -> int:
    if isinstance(expires, timedelta):
        seconds = int(expires.total_seconds())
    elif isinstance(expires, int) and not isinstance(expires, bool):
        seconds = expires
    else:
        raise TypeError(f"expires must be int seconds or timedelta, got {expires!r}")
    if seconds <= 0:
        raise ValueError(f"expires must be positive, got {seconds} seconds")
    if limit is not None and seconds > limit:
        raise ValueError(
            f"expires is {seconds} seconds; a V4 presigned URL may be valid for at "
            f"most {limit} seconds (7 days)"
        )
    return seconds
