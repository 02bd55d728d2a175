"""Where an OSS request goes: scheme, host and URL path, as the SDKs build them.

* virtual-hosted (default): ``https://<bucket>.oss-<region>.aliyuncs.com/<key>``
* path style (``path_style=True``, or an IP endpoint):
  ``http://<ip>:<port>/<bucket>/<key>``
* CNAME (``cname=True``): ``https://<your-domain>/<key>``

The SDKs differ (``flavor``):

=====================  ==========================  ===========================
                       oss-v2 (alibabacloud-oss-v2) oss2
=====================  ==========================  ===========================
scheme if none given   ``https`` (``http`` with     ``http``
                       ``disable_ssl``)
key in the path        ``quote(key)``: ``/`` kept    ``quote(key, safe='')``:
                                                    ``/`` sent as ``%2F``
forces path style      IPv4 literal (what           IPv4 literal, bracketed
                       ``socket.inet_aton`` takes)  IPv6 literal, ``localhost``
=====================  ==========================  ===========================

Deliberate deviation: a bracketed IPv6 endpoint gives path style here. Both
SDKs mean to do that and fail: oss-v2 tests ``endpoint.hostname``, which has
no brackets, and stays virtual-hosted (``<bucket>.[::1]``); oss2's endpoint
normalisation drops the brackets (``http://::1:8080``). Pure functions;
nothing here resolves names or opens sockets.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import urlsplit

from ..signing.oss_common import Flavor, QueryInput, uri_encode, validate_bucket_name

__all__ = [
    "Address",
    "AddressStyle",
    "build_address",
    "encode_request_query",
    "endpoint_from_region",
    "forces_path_style",
]

AddressStyle = Literal["virtual", "path", "cname"]

_SAFE_PATH: Final = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~/"
)


@dataclass(frozen=True)
class Address:
    scheme: str
    #: host[:port] exactly as it goes in the URL and the Host header
    netloc: str
    #: percent-encoded path, always starting with ``/``
    path: str
    style: AddressStyle

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"

    def url(self, query: str = "") -> str:
        return f"{self.base_url}?{query}" if query else self.base_url


def endpoint_from_region(
    region: str,
    *,
    kind: Literal["default", "internal", "dualstack", "accelerate"] = "default",
    disable_ssl: bool = False,
) -> str:
    """oss-v2's ``endpoints.from_region``: ``https://oss-<region>.aliyuncs.com``."""
    scheme = "http" if disable_ssl else "https"
    if not region or not all(c.isalnum() or c == "-" for c in region):
        raise ValueError(f"invalid region {region!r}")
    if kind == "internal":
        host = f"oss-{region}-internal.aliyuncs.com"
    elif kind == "dualstack":
        host = f"{region}.oss.aliyuncs.com"
    elif kind == "accelerate":
        host = "oss-accelerate.aliyuncs.com"
    else:
        host = f"oss-{region}.aliyuncs.com"
    return f"{scheme}://{host}"


def _is_ipv4_like(host: str) -> bool:
    """``socket.inet_aton`` acceptance (both SDKs use it; takes '127.1' too)."""
    try:
        socket.inet_aton(host)
    except (OSError, ValueError):
        return False
    return True


def _is_ipv6_literal(netloc: str) -> bool:
    if not (netloc.startswith("[") and "]" in netloc):
        return False
    try:
        socket.inet_pton(socket.AF_INET6, netloc[1 : netloc.index("]")])
    except (OSError, ValueError):
        return False
    return True


def forces_path_style(netloc: str, flavor: Flavor = "oss-v2") -> bool:
    """Does this endpoint host make the SDK use path style?

    IPv4 literals (anything ``socket.inet_aton`` takes, so ``127.1`` too) in
    both; oss2 also ``localhost``. Bracketed IPv6 literals count here too
    (both SDKs mean to, neither manages: see the module doc).
    """
    if _is_ipv6_literal(netloc):
        return True
    host = netloc.split(":", maxsplit=1)[0].lower()
    if flavor == "oss2" and host == "localhost":
        return True
    return _is_ipv4_like(host)


def _quote_key(key: str, keep_slash: bool) -> str:
    if keep_slash:
        # urllib.parse.quote(key): safe='/' plus the always-safe "-_.~"
        return "".join(
            chr(b) if b in _SAFE_PATH else f"%{b:02X}" for b in key.encode("utf-8")
        )
    return uri_encode(key)


def _split_endpoint(
    endpoint: str, default_scheme: str, flavor: Flavor
) -> tuple[str, str]:
    text = endpoint.strip()
    if "://" not in text:
        text = f"{default_scheme}://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"invalid endpoint {endpoint!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"endpoint {endpoint!r} must not have a path or query")
    if "@" in parts.netloc:
        raise ValueError(f"endpoint {endpoint!r} must not carry credentials")
    netloc = parts.netloc
    if flavor == "oss2":
        # oss2's _normalize_endpoint: hostname lowercased, port kept
        host = parts.hostname
        if ":" in host:
            host = f"[{host}]"
        netloc = host if parts.port is None else f"{host}:{parts.port}"
    return parts.scheme, netloc


def build_address(
    *,
    bucket: str | None,
    key: str | None = None,
    endpoint: str | None = None,
    region: str | None = None,
    path_style: bool = False,
    cname: bool = False,
    disable_ssl: bool = False,
    flavor: Flavor = "oss-v2",
    keep_slash: bool | None = None,
) -> Address:
    """Scheme, host and path for a request.

    ``endpoint`` (``oss-cn-hangzhou.aliyuncs.com``, ``https://...``,
    ``127.0.0.1:9000``) wins over ``region``. ``keep_slash`` overrides the
    flavor's key encoding (oss2's ``sign_url(slash_safe=True)`` keeps ``/``).
    """
    if endpoint is None:
        if region is None:
            raise ValueError("give an endpoint or a region")
        endpoint = endpoint_from_region(region, disable_ssl=disable_ssl)
    default_scheme = "http" if flavor == "oss2" or disable_ssl else "https"
    scheme, netloc = _split_endpoint(endpoint, default_scheme, flavor)
    if bucket is not None:
        validate_bucket_name(bucket)
    if key == "":
        key = None
    if key is not None and bucket is None:
        raise ValueError("an object key needs a bucket")
    if keep_slash is None:
        keep_slash = flavor == "oss-v2"
    encoded_key = _quote_key(key, keep_slash) if key is not None else None

    style: AddressStyle
    if forces_path_style(netloc, flavor):
        style = "path"
    elif cname:
        style = "cname"
    elif path_style:
        style = "path"
    else:
        style = "virtual"

    if bucket is None:
        return Address(scheme, netloc, "/", style)
    if style == "path":
        return Address(scheme, netloc, f"/{bucket}/{encoded_key or ''}", style)
    if style == "cname":
        return Address(scheme, netloc, f"/{encoded_key or ''}", style)
    return Address(scheme, f"{bucket}.{netloc}", f"/{encoded_key or ''}", style)


def encode_request_query(query: QueryInput | None, flavor: Flavor = "oss-v2") -> str:
    """Query string of a header-signed request as the SDK puts it on the wire,
    in the given order, an empty value as ``name=``.

    oss-v2: ``urlencode(params, quote_via=quote)`` (space -> ``%20``);
    oss2: requests' ``params=`` encoding, ``quote_plus`` (space -> ``+``).
    Either way the server decodes before checking the V4 canonical query.
    A ``None`` value is sent as ``name=`` here (requests drops it, oss-v2's
    ``urlencode`` would send ``name=None``).
    """
    if query is None:
        return ""
    items: Iterable[tuple[str, str | None]]
    items = query.items() if isinstance(query, Mapping) else query

    def enc(text: str) -> str:
        if flavor == "oss2":
            return "+".join(uri_encode(part) for part in text.split(" "))
        return uri_encode(text)

    return "&".join(f"{enc(k)}={enc(v or '')}" for k, v in items)
