"""ApsaraVideo VOD (API version 2017-03-21): typed client."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    Error,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RequestValidationError,
    ResponseDecodeError,
    ServerError,
    SignatureMismatchError,
    ThrottlingError,
    TimeoutError,
    TransportError,
)

if TYPE_CHECKING:
    from .models.get_ai_image_jobs import GetAIImageJobsRequest, GetAIImageJobsResponse

__version__ = "0.1.0"

# Models load on first use: importing the package stays fast however many operations it has.
_LAZY = {
    "GetAIImageJobsRequest": "get_ai_image_jobs",
    "GetAIImageJobsResponse": "get_ai_image_jobs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.models.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "Error",
    "GetAIImageJobsRequest",
    "GetAIImageJobsResponse",
    "InvalidRequestError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureMismatchError",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
]
