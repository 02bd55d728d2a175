"""The clients' runtime: `ClientBase` and `AsyncClientBase`, which every product's `Client` and
`AsyncClient` derive from, and what their methods answer.

    base           every decision of a call, no I/O: settings, signing, retries (see its doc
                   for every option of the clients)
    sync           ClientBase: sends with httpx.Client
    asynchronous   AsyncClientBase: sends with httpx.AsyncClient
    call           one call's facts and state, RawResponse
    auth           how each attempt authenticates: signed, a bearer token, or unsigned
    signers        one attempt signed as its service signs
    answers        an answer's JSON, or the typed error of an error body
    endpoints      the base URL a client sends to (region, account-scoped hosts, endpoint=)
    timing         timeouts of each attempt, the clock requests are signed with
    uploads        upload methods (`upload_video`): the operation, then the file to OSS
    presigning     `presign_url`: an OSS object URL an answer carried, signed with the client's
                   credentials (every client has it)
"""

from __future__ import annotations

from .asynchronous import AsyncClientBase
from .base import BaseClient
from .call import RawResponse, raw, raw_async
from .sources import ProgressCallback, UploadSource
from .sync import ClientBase
from .timing import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncClientBase",
    "BaseClient",
    "ClientBase",
    "ProgressCallback",
    "RawResponse",
    "UploadSource",
    "raw",
    "raw_async",
]
