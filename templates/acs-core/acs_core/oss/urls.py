"""OSS object URLs as services answer them (VOD's `AIImageResult`, `FileURL`, ...): which bucket,
key, endpoint and region a URL names, so that it can be signed.

    https://<bucket>.oss-<region>[-internal].aliyuncs.com/<key>   virtual-hosted
    https://<bucket>.oss-accelerate[-overseas].aliyuncs.com/<key> transfer acceleration
    http://<ip>:<port>/<bucket>/<key>                               path style (an IP endpoint,
                                                                    as the emulator's)

Anything else (a CDN or custom domain, a URL without a key, one signed already) is refused
with `ValueError` saying what an OSS object URL looks like. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

from ..signing.oss_common import validate_bucket_name
from .addressing import Address, build_address, forces_path_style

__all__ = ["ObjectUrl", "parse_object_url"]

_VIRTUAL_HOST: Final = re.compile(
    r"(?P<bucket>[a-z0-9-]+)\.(?P<endpoint>oss-(?P<where>[a-z0-9-]+)\.aliyuncs\.com)"
)
_NO_REGION: Final = frozenset({"accelerate", "accelerate-overseas"})
# Query parameters of a URL that is signed already (V4, V1).
_SIGNED: Final = frozenset(
    {"x-oss-signature", "x-oss-credential", "signature", "ossaccesskeyid"}
)
SHAPES: Final = (
    "https://<bucket>.oss-<region>.aliyuncs.com/<key> or http://<ip>:<port>/<bucket>/<key>"
)


@dataclass(frozen=True)
class ObjectUrl:
    """The object an OSS URL names, and where to send for it."""

    endpoint: str  # scheme://host[:port] of the endpoint, without the bucket
    bucket: str
    key: str
    path_style: bool
    region: str | None  # named by the host (None: an IP, or transfer acceleration)
    query: tuple[tuple[str, str], ...] = ()  # e.g. x-oss-process, signed along

    @property
    def address(self) -> Address:
        return build_address(
            bucket=self.bucket,
            key=self.key,
            endpoint=self.endpoint,
            path_style=self.path_style,
        )


def parse_object_url(url: str) -> ObjectUrl:
    """The object `url` names; `ValueError` for anything that is not an OSS object URL."""
    if not isinstance(url, str):
        raise ValueError(f"must be a URL (str), got {type(url).__name__}")
    parts = urlsplit(url.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or "@" in parts.netloc
        or parts.fragment
    ):
        raise ValueError(f"{url!r} is not an OSS object URL: expected {SHAPES}")
    query = tuple(parse_qsl(parts.query, keep_blank_values=True))
    if any(name.lower() in _SIGNED for name, _ in query):
        raise ValueError(
            f"{url!r} is signed already: pass the URL without its signature"
        )
    endpoint_netloc = parts.netloc
    if forces_path_style(parts.netloc, "oss2"):  # an IP literal, or localhost
        bucket, _, path_key = parts.path.lstrip("/").partition("/")
        path_style, region = True, None
    else:
        found = _VIRTUAL_HOST.fullmatch((parts.hostname or "").lower())
        if found is None:
            raise ValueError(
                f"{url!r} is not an OSS object URL: its host is neither "
                f"<bucket>.oss-<region>.aliyuncs.com nor an IP address ({SHAPES})"
            )
        bucket, path_key = found.group("bucket"), parts.path.lstrip("/")
        port = f":{parts.port}" if parts.port is not None else ""
        endpoint_netloc = found.group("endpoint") + port
        where = found.group("where")
        path_style = False
        region = None if where in _NO_REGION else where.removesuffix("-internal")
    key = unquote(path_key)
    if not bucket or not key:
        raise ValueError(f"{url!r} names no object: expected {SHAPES}")
    try:
        validate_bucket_name(bucket)
    except ValueError as exc:
        raise ValueError(f"{url!r} is not an OSS object URL: {exc}") from None
    return ObjectUrl(
        endpoint=f"{parts.scheme}://{endpoint_netloc}",
        bucket=bucket,
        key=key,
        path_style=path_style,
        region=region,
        query=query,
    )
