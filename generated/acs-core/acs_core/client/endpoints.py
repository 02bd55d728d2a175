"""Where a client sends: the region's endpoint from the service's facts (an account-scoped one
prefixed with the account ID), or the caller's `endpoint=`, as an http(s) base URL; and the
host of an operation whose host parameter prefixes it (SLS's project, PDS's domain)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from ..errors import ConfigurationError
from ..info import ServiceInfo

__all__ = ["HOST_LABEL", "parameter_host", "resolve_endpoint"]

# What a host parameter may be: one DNS label (SLS project names, PDS domain IDs).
HOST_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def resolve_endpoint(
    service: ServiceInfo, region: str, endpoint: str | None, account_id: str | None
) -> tuple[str, str]:
    """The base URL (`https://host[:port]`) and the host (with its port) to send to.

    `endpoint` wins when given: a host (HTTPS) or a full URL such as `http://127.0.0.1:8080`.
    Otherwise the region's endpoint, `<account_id>.<endpoint>` where the service's endpoints
    are scoped to an account (`host_prefix`).
    """
    if account_id is not None and service.host_prefix != "account_id":
        raise ConfigurationError(
            f"{service.product}'s endpoints are not scoped to an account: "
            "account_id= has no use here"
        )
    if endpoint is None:
        host = service.endpoints.get(region)
        if host is None:
            known = ", ".join(service.endpoints)
            raise ConfigurationError(
                f"{service.product} has no endpoint in region {region!r}; known regions: {known} "
                "(or pass endpoint=)"
            )
        if service.host_prefix == "account_id":
            host = f"{_account_label(account_id, service.product)}.{host}"
        endpoint = f"{service.protocol}://{host}"
    elif "://" not in endpoint:
        endpoint = f"https://{endpoint}"
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"endpoint {endpoint!r} is not an http(s) URL")
    return f"{parts.scheme}://{parts.netloc}", parts.netloc


def _account_label(account_id: str | None, product: str) -> str:
    """The account ID as the first label of an account-scoped host (Alibaba Cloud account IDs
    are digits)."""
    if account_id is None:
        raise ConfigurationError(
            f"{product}'s endpoints are scoped to an account: pass account_id= (your "
            "Alibaba Cloud account ID) or endpoint="
        )
    if not account_id.isascii() or not account_id.isdigit():
        raise ConfigurationError(
            f"account_id must be the digits of an Alibaba Cloud account ID, not {account_id!r}"
        )
    return account_id


def parameter_host(
    service: ServiceInfo, base_url: str, host: str, value: str, explicit: bool
) -> tuple[str, str]:
    """The base URL and the `Host` of an operation whose host parameter is `value` (one DNS
    label, checked by the caller): `<value>.<endpoint>`, as the official SLS SDK sends
    (`my-project.cn-hangzhou.log.aliyuncs.com`), the endpoint being the caller's `endpoint=`,
    else the service's `host_endpoint` (PDS: `<domain_id>.api.aliyunpds.com`), else the
    region's. An endpoint that is an IP address or `localhost` (an emulator on loopback) is
    connected to as it is, and the prefixed name travels only in the `Host` header.
    """
    scheme, _, _ = base_url.partition("://")
    if not explicit and service.host_endpoint is not None:
        target = f"{value}.{service.host_endpoint}"
    else:
        target = f"{value}.{host}"
    if _is_local(urlsplit(base_url).hostname or ""):
        return base_url, target
    return f"{scheme}://{target}", target


def _is_local(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True
