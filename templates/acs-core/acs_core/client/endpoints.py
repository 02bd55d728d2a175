"""Where a client sends: the region's endpoint from the service's facts (an account-scoped one
prefixed with the account ID), or the caller's `endpoint=`, as an http(s) base URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..errors import ConfigurationError
from ..info import ServiceInfo

__all__ = ["resolve_endpoint"]


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
