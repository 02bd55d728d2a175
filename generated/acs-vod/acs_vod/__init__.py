"""ApsaraVideo VOD (API version 2017-03-21): typed client."""

from __future__ import annotations

from . import _runtime  # noqa: F401  first: an acs-core outside its range fails here

# isort: split
import importlib
from typing import TYPE_CHECKING, Any

from acs_core.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    Error,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RequestValidationError,
    ResponseDecodeError,
    ServerError,
    SignatureMismatchError,
    ThrottlingError,
    TimeoutError,
    TransportError,
    WaiterError,
    WaiterFailedError,
    WaiterTimeoutError,
)

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client
    from ._service import ram_policy
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

# The client (and httpx) and the models load on first use: importing the package stays fast
# however many operations it has.
_LAZY = {
    "AsyncClient": "_async_client",
    "Client": "_client",
    "ram_policy": "_service",
    "GetAIImageJobsRequest": "models.get_ai_image_jobs",
    "GetAIImageJobsResponse": "models.get_ai_image_jobs",
    "ListAIImageInfoRequest": "models.list_ai_image_info",
    "ListAIImageInfoResponse": "models.list_ai_image_info",
    "SubmitAIImageJobRequest": "models.submit_ai_image_job",
    "SubmitAIImageJobResponse": "models.submit_ai_image_job",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
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
    "PaginationError",
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
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "ram_policy",
]
