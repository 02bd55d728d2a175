"""Re-sign a request an SDK put on the wire (as the emulator recorded it) with acs-core's
signers, and compare."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Collection
from urllib.parse import parse_qsl, unquote

from acs_core.oss.addressing import build_address, encode_request_query
from acs_core.signing import oss_common as s
from acs_core.signing.oss_v1 import sign_v1_headers
from acs_core.signing.oss_v4 import sign_v4_headers
from acs_core.testing import ReceivedRequest
from oss_sdk import AK, REGION, SK

#: transport headers and the ones the signer itself adds
NOT_USER = {
    "host", "accept-encoding", "user-agent", "accept", "connection",
    "content-length", "transfer-encoding", "authorization", "x-oss-date", "date",
    "x-oss-content-sha256", "x-oss-security-token", "security-token",
}  # fmt: skip


def raw_query(rec: ReceivedRequest) -> str:
    """The query string exactly as sent."""
    return rec.target.partition("?")[2]


def user_headers(rec: ReceivedRequest) -> dict[str, str]:
    """The headers a caller chose (names lowercased, as the emulator records them)."""
    return {k: v for k, v in rec.headers.items() if k not in NOT_USER}


def split_target(rec: ReceivedRequest) -> tuple[str | None, str | None]:
    segments = rec.path.lstrip("/").split("/", 1)
    bucket = unquote(segments[0]) if segments[0] else None
    key = unquote(segments[1]) if len(segments) > 1 and segments[1] else None
    return bucket, key


def resign(
    rec: ReceivedRequest,
    *,
    v4: bool,
    flavor: s.Flavor,
    token: str | None,
    bucket: str | None = None,
    key: str | None = None,
    extra_subresources: Collection[str] = (),
) -> s.SignedRequest:
    """Sign what `rec` carries (or the given bucket/key) with acs-core."""
    if bucket is None and key is None:
        bucket, key = split_target(rec)
    query = parse_qsl(raw_query(rec), keep_blank_values=True)
    headers = user_headers(rec)
    common = {
        "bucket": bucket,
        "key": key,
        "query": query,
        "headers": headers,
        "access_key_id": AK,
        "access_key_secret": SK,
        "security_token": token,
        "flavor": flavor,
    }
    if v4:
        stamp = rec.headers.get("x-oss-date")
        assert stamp is not None
        when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        return sign_v4_headers(rec.method, region=REGION, when=when, **common)  # type: ignore[arg-type]
    date = rec.headers.get("date")
    assert date is not None
    return sign_v1_headers(
        rec.method,
        when=email.utils.parsedate_to_datetime(date),
        extra_subresources=extra_subresources,
        **common,  # type: ignore[arg-type]
    )


def assert_same(
    rec: ReceivedRequest,
    endpoint: str,
    *,
    v4: bool,
    flavor: s.Flavor,
    token: str | None,
) -> None:
    """acs-core's Authorization, added headers, path and query == the recorded ones, and the
    emulator accepted the signature."""
    ours = resign(rec, v4=v4, flavor=flavor, token=token)
    assert rec.headers.get("authorization") == ours.authorization, rec.target
    for name, value in ours.headers.items():
        assert rec.headers.get(name.lower()) == value, (rec.target, name)
    assert rec.signature_version == ("oss-v4" if v4 else "oss-v1"), rec.target
    assert rec.code is None and rec.status < 300, (rec.target, rec.code)
    bucket, key = split_target(rec)
    address = build_address(endpoint=endpoint, bucket=bucket, key=key, flavor=flavor)
    assert (address.path, address.style) == (rec.path, "path")
    query = parse_qsl(raw_query(rec), keep_blank_values=True)
    assert encode_request_query(query, flavor) == raw_query(rec)
