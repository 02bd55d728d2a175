"""What the client needs to know about the service and each operation, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ServiceInfo:
    product: str
    api_version: str
    endpoints: dict[str, str]  # region -> host
    protocol: str
    default_signature: str
    supported_signatures: tuple[str, ...]
    error_kinds: dict[str, str]  # error code -> kind, from the spec
    style: str = "RPC"  # RPC, ROA (REST-style: a method and a path per operation) or V3


@dataclass(frozen=True)
class OperationInfo:
    """One operation: its name, its request and response models, and how it may be retried.

    Each operation's models module declares one, `OPERATION`, after its models.
    """

    name: str
    request: Any  # the request class: a `_params.Request`
    response: Any  # the response class: a `_model.Model`
    method: str = "POST"
    path: str | None = None  # REST-style: the path template (`/clusters/{ClusterId}`)
    regions: tuple[str, ...] | None = None  # None: every region of the service
    read_only: bool = False
    idempotent: bool = False  # safe to send twice: retried on ambiguous failures
