"""What the client needs to know about the service and each operation, as plain data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceInfo:
    product: str
    api_version: str
    endpoints: dict[str, str]  # region -> host
    protocol: str
    default_signature: str
    supported_signatures: tuple[str, ...]
    error_kinds: dict[str, str]  # error code -> kind, from the spec


@dataclass(frozen=True)
class OperationInfo:
    name: str
    method: str
    regions: tuple[str, ...] | None  # None: every region of the service
    read_only: bool
    idempotent: bool  # safe to send twice: retried on ambiguous failures
