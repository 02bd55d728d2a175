"""acs-core: the runtime that every generated Alibaba Cloud product package shares.

A product package (`acs_vod`, `acs_sts`, ...) holds only its own facts: the service, its
operations' models, its clients and its emulator binding. Everything else lives here, once:

    acs_core
    ├── errors        one error tree for every product (re-exported by each)
    ├── info          what a client knows of a service and an operation, as plain data
    ├── model         typed models: one table-driven reader and writer for every class
    ├── params        request models: limits checked before sending, wire encoding
    ├── signing       ACS3-HMAC-SHA256 (V3), HMAC-SHA1 (RPC and ROA v2), OSS V4 and V1, OSS V4 and V1
    ├── credentials   providers and the default chain, one per process
    ├── client        the sans-I/O client base, the sync and async senders
    ├── pages         page iterators; waiters: polling until a status says done
    ├── policy        least-privilege RAM policies from each product's grants
    ├── oss           Object Storage: a streamed sender, multipart resumable transfers
    │                 with CRC-64 checks, presigned URLs, safe XML
    └── testing       the emulator (any number of products at one endpoint, and OSS) and
                      fake cloud services; never imported by production code

Importing `acs_core` loads only the errors: httpx and the client load with the first client.
"""

from __future__ import annotations

from .errors import (
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

# The one place the version is written: the distribution reads it from here (hatch), and the
# generator pins every product to this minor version's range.
__version__ = "0.1.0"

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "Error",
    "InvalidRequestError",
    "NetworkError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "SignatureMismatchError",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]
