"""ApsaraVideo VOD (API version 2017-03-21): typed client."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
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
    from .models.list_ai_image_info import (
        ListAIImageInfoRequest,
        ListAIImageInfoResponse,
    )
    from .models.submit_ai_image_job import (
        SubmitAIImageJobRequest,
        SubmitAIImageJobResponse,
    )

__version__ = "0.1.0"

# Models load on first use: importing the package stays fast however many operations it has.
_LAZY = {
    "GetAIImageJobsRequest": "get_ai_image_jobs",
    "GetAIImageJobsResponse": "get_ai_image_jobs",
    "ListAIImageInfoRequest": "list_ai_image_info",
    "ListAIImageInfoResponse": "list_ai_image_info",
    "SubmitAIImageJobRequest": "submit_ai_image_job",
    "SubmitAIImageJobResponse": "submit_ai_image_job",
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
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "Error",
    "GetAIImageJobsRequest",
    "GetAIImageJobsResponse",
    "InvalidRequestError",
    "ListAIImageInfoRequest",
    "ListAIImageInfoResponse",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureMismatchError",
    "SubmitAIImageJobRequest",
    "SubmitAIImageJobResponse",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
]
