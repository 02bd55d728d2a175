"""The validated spec: frozen objects that later stages can trust without checking again."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .load import SourceFile
from .schema import Schema, type_of


@dataclass(frozen=True)
class ErrorCode:
    code: str
    status: int
    kind: str | None
    message: str | None


@dataclass(frozen=True)
class Golden:
    """A recorded response: the generated tests and the emulator replay it."""

    name: str
    status: int
    path: Path
    relative_path: str
    text: str
    data: Any
    summary: str | None
    conforms: bool = (
        True  # False: kept although it breaks the schema, to prove lossless reads
    )


@dataclass(frozen=True)
class Parameter:
    name: str
    location: (
        str  # "query", "formData", "path", "header", "body" or "host" (OSS, SLS, PDS)
    )
    style: str | None  # how an array or object travels; None for a plain value
    required: bool
    deprecated: bool
    description: str | None
    example: Any
    schema: Schema
    python_name: str | None = (
        None  # given by the spec where the derived one would collide
    )

    def typed_example(self) -> Any:
        """The example as the typed value it stands for (examples are written as sent)."""
        example = self.example
        if not isinstance(example, str):
            return example
        kind = type_of(self.schema)
        if self.style == "simple":
            return example.split(",")
        if self.style == "json":
            try:
                return json.loads(example)
            except ValueError:
                return example
        if kind == "integer" and re.fullmatch(r"-?[0-9]+", example):
            return int(example)
        if kind == "number":
            try:
                return float(example)
            except ValueError:
                return example
        if kind == "boolean" and example in ("true", "false"):
            return example == "true"
        return example


@dataclass(frozen=True)
class Batch:
    """Call an operation in chunks: any number of items in, results out in order."""

    method: str
    parameter: str
    results: str


@dataclass(frozen=True)
class Pagination:
    """How an operation pages: `iter_<method>` walks the pages and yields their items.

    Parameters are named by their wire names, response fields by dotted wire-name paths.
    """

    style: str  # "page_number", "next_token" or "marker"
    items: str  # the response array of one page's items, e.g. "VideoList.Video"
    page: str | None = None  # page_number: the parameter taking the page number
    page_size: str | None = None
    total: str | None = None  # page_number: the response field counting all items
    token: str | None = None  # next_token: the parameter taking the next page's token
    next_token: str | None = None  # next_token: the response field with that token
    # marker: each parameter taking a marker -> the response field answering its next value
    markers: dict[str, str] | None = None
    truncated: str | None = None  # marker: the response field saying more pages follow


@dataclass(frozen=True)
class Waiter:
    """`wait_<name>`: poll the operation until its status field says success or failure."""

    name: str
    description: str | None
    status: str  # dotted wire names; `[]` after an array takes each item
    success: tuple[str, ...]
    failure: tuple[str, ...]
    delay: float  # seconds before the second poll, doubling up to max_delay
    max_delay: float
    timeout: float


@dataclass(frozen=True)
class UploadAddress:
    """A response field of JSON text naming where a file goes in OSS, and its fields' names."""

    field: str
    endpoint: str
    bucket: str
    key: str


@dataclass(frozen=True)
class UploadCredentials:
    """A response field of JSON text holding temporary credentials, and its fields' names."""

    field: str
    access_key_id: str
    access_key_secret: str
    security_token: str | None = None
    expires_at: str | None = None  # a date-time
    lifetime: str | None = None  # seconds, a number or its text


@dataclass(frozen=True)
class Upload:
    """`<method>(source, ...)`: call the operation for an address and credentials, upload the
    file to OSS with them, renew them with `refresh_operation` when they expire."""

    method: str
    file_name: str  # the parameter naming the file
    file_size: str | None  # the parameter taking its size
    address: UploadAddress
    credentials: UploadCredentials
    refresh_operation: str | None = None
    # The refresh operation's parameter -> this operation's response field giving its value.
    refresh_parameters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Operation:
    name: str
    summary: str
    description: str | None
    updated: str | None
    deprecated: bool
    access: str  # "read" or "write"
    idempotent: bool
    methods: tuple[str, ...]
    path: str | None  # REST-style (ROA) operations: the path template; None: `/`
    response_media: str  # "json", "none" or "binary" (the body's bytes)
    regions: tuple[str, ...] | None  # None: every region of the service
    authorization: tuple[dict[str, Any], ...]
    prerequisites: tuple[str, ...]
    related: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    response: Schema
    errors: tuple[ErrorCode, ...]
    golden: tuple[Golden, ...]
    batch: Batch | None
    pagination: Pagination | None
    waiters: tuple[Waiter, ...]
    upload: Upload | None
    emulator: (
        dict[str, Any] | None
    )  # the emulator's state rules (create or select records)
    source: SourceFile
    # OSS: the query pairs every request carries (`acl` -> ""), and the response headers read
    # into the response model beside the body's fields (name -> data schema).
    fixed_query: tuple[tuple[str, str], ...] = ()
    response_headers: dict[str, Schema] = field(default_factory=dict)
    # How a call may authenticate: "access_key" (signed), "bearer" (PDS's access token),
    # "anonymous" (unsigned, alone).
    auth: tuple[str, ...] = ("access_key",)

    @property
    def body(self) -> Parameter | None:
        """The parameter that is the whole request body, if one is."""
        return next((p for p in self.parameters if p.location == "body"), None)


@dataclass(frozen=True)
class Service:
    code: str
    title: str
    description: str | None
    api_version: str
    style: str
    distribution: str
    import_name: str
    version: str
    signing_default: str
    signing_supported: tuple[str, ...]
    protocol: str
    endpoints: tuple[tuple[str, str], ...]  # (region, host), in spec order
    error_response: Schema
    errors: tuple[ErrorCode, ...]
    models: dict[str, Schema]
    operations: tuple[Operation, ...]
    directory: Path
    source: SourceFile
    # Account-scoped endpoints: the client option that prefixes every host (`account_id`).
    host_prefix: str | None = None
    # REST-style: the endpoint an operation's host parameter prefixes (PDS's
    # `api.aliyunpds.com`); None: the region's endpoint (SLS's project).
    host_endpoint: str | None = None

    @property
    def all_errors(self) -> list[ErrorCode]:
        """The service's error codes, then those only some operations document; first wins."""
        seen: dict[str, ErrorCode] = {}
        for error in [*self.errors, *(e for op in self.operations for e in op.errors)]:
            seen.setdefault(error.code, error)
        return list(seen.values())
