"""The clients' runtime: `ClientBase` and `AsyncClientBase`, which every product's `Client` and
`AsyncClient` derive from, and what their methods answer (see `base` for every option).
"""

from __future__ import annotations

from .base import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    BaseClient,
    ClientBase,
    RawResponse,
    raw,
    raw_async,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncClientBase",
    "BaseClient",
    "ClientBase",
    "RawResponse",
    "raw",
    "raw_async",
]
