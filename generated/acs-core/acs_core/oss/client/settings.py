"""What an OSS client adds to its sender's settings: the product's endpoint for the region and
its default signature version, unless the caller chose them."""

from __future__ import annotations

from ...errors import ConfigurationError
from ...info import ServiceInfo

__all__ = ["client_defaults"]


def client_defaults(
    service: ServiceInfo,
    region: str | None,
    endpoint: str | None,
    signature_version: str | None,
) -> tuple[str | None, str]:
    """The endpoint (the service's for `region`, else the sender's own default,
    `oss-<region>.aliyuncs.com`) and the signature version (the service's default)."""
    version = signature_version or service.default_signature
    if version not in service.supported_signatures:
        supported = ", ".join(service.supported_signatures)
        raise ConfigurationError(
            f"signature_version {version!r} is not supported; use one of {supported}"
        )
    if endpoint is None and region is not None and region in service.endpoints:
        endpoint = f"{service.protocol}://{service.endpoints[region]}"
    return endpoint, version
