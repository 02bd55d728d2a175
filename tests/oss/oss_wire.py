"""Re-sign a request an SDK put on the wire with acs-core's signers, and compare."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Collection
from urllib.parse import parse_qsl, unquote

from acs_core.oss.addressing import build_address, encode_request_query
from acs_core.signing import oss_common as s
from acs_core.signing.oss_v1 import sign_v1_headers
from acs_core.signing.oss_v4 import sign_v4_headers
from oss_fake import Recorded
from oss_sdk import AK, REGION, SK

#: transport headers and the ones the signer itself adds
NOT_USER = {
    "host", "accept-encoding", "user-agent", "accept", "connection",
    "content-length", "transfer-encoding", "authorization", "x-oss-date", "date",
    "x-oss-content-sha256", "x-oss-security-token", "security-token",
}  # fmt: skip


def split_target(rec: Recorded) -> tuple[str | None, str | None]:
    segments = rec.path.lstrip("/").split("/", 1)
    bucket = unquote(segments[0]) if segments[0] else None
    key = unquote(segments[1]) if len(segments) > 1 and segments[1] else None
    return bucket, key


def resign(
    rec: Recorded,
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
    query = parse_qsl(rec.raw_query, keep_blank_values=True)
    headers = {k: v for k, v in rec.headers if k.lower() not in NOT_USER}
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
        stamp = rec.header("x-oss-date")
        assert stamp is not None
        when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        return sign_v4_headers(rec.method, region=REGION, when=when, **common)  # type: ignore[arg-type]
    date = rec.header("Date")
    assert date is not None
    return sign_v1_headers(
        rec.method,
        when=email.utils.parsedate_to_datetime(date),
        extra_subresources=extra_subresources,
        **common,  # type: ignore[arg-type]
    )


def assert_same(
    rec: Recorded, endpoint: str, *, v4: bool, flavor: s.Flavor, token: str | None
) -> None:
    """acs-core's Authorization, added headers, path and query == the recorded ones."""
    ours = resign(rec, v4=v4, flavor=flavor, token=token)
    assert rec.header("Authorization") == ours.authorization, rec.target
    for name, value in ours.headers.items():
        assert rec.header(name) == value, (rec.target, name)
    bucket, key = split_target(rec)
    address = build_address(endpoint=endpoint, bucket=bucket, key=key, flavor=flavor)
    assert (address.path, address.style) == (rec.path, "path")
    query = parse_qsl(rec.raw_query, keep_blank_values=True)
    assert encode_request_query(query, flavor) == rec.raw_query
