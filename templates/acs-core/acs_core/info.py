"""What the client needs to know about the service and each operation, as plain data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
    # RPC, ROA (REST-style: a method and a path per operation), V3, or OSS (Object Storage:
    # the bucket in the host, signed with OSS4-HMAC-SHA256 or OSS V1)
    style: str = "RPC"
    # Account-scoped endpoints (FC-Open): the client option whose value prefixes every host,
    # `<account_id>.<endpoint>`; None: the endpoints are the hosts.
    host_prefix: str | None = None
    # REST-style operations with a host parameter (SLS's project, PDS's domain) send to
    # `<value>.<host_endpoint>`; None: `<value>.<the region's endpoint>`.
    host_endpoint: str | None = None


@dataclass(frozen=True)
class Pager:
    """How an operation pages. Arguments are Python names; response paths are attribute names.

    page_number: pages are numbered from 1 (`page`), maybe with a size and a `total` count;
    next_token: each page carries the token of the next (`next_token`), passed as `token`;
    marker: each page answers the `markers` (argument, response path) the next page starts
    after, while its `truncated` flag says more pages follow.
    """

    style: str  # "page_number", "next_token" or "marker"
    items: tuple[str, ...]  # the list of one page's items
    page: str | None = None
    page_size: str | None = None
    total: tuple[str, ...] | None = None
    token: str | None = None
    next_token: tuple[str, ...] | None = None
    page_as_text: bool = False  # the page number is declared a string
    markers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    truncated: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Waiter:
    """How `wait_<name>` polls an operation: the status it reads and the values that end it.

    `status` is a path of attribute names; "[]" takes each item of the list before it (then
    every item must succeed, and any one may fail). Times are in seconds.
    """

    status: tuple[str, ...]
    success: tuple[str, ...]
    failure: tuple[str, ...] = ()
    delay: float = (
        2.0  # before the second poll; doubled after each poll, up to max_delay
    )
    max_delay: float = 30.0
    timeout: float = 600.0


@dataclass(frozen=True)
class Upload:
    """How an upload method runs its operation (`acs_core.client.uploads`). Arguments and
    response fields are Python names; the fields inside the address and the credentials
    are attribute names of their decoded models.
    """

    file_name: str  # the argument naming the file
    file_size: str | None  # the argument taking its size (measured)
    address: str  # the response's JSON-text field of where the file goes
    endpoint: str
    bucket: str
    key: str
    credentials: str  # the response's JSON-text field of the temporary credentials
    access_key_id: str
    access_key_secret: str
    security_token: str | None = None
    expires_at: str | None = None  # a datetime
    lifetime: str | None = None  # seconds (a number or its text)
    refresh: str | None = None  # the models module of the operation renewing them
    # The refresh operation's argument -> the response's field giving its value.
    refresh_arguments: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OperationInfo:
    """One operation: its name, its request and response models, and how it may be retried.

    Each operation's models module declares one, `OPERATION`, after its models.
    """

    name: str
    request: Any  # the request class: a `acs_core.params.Request`
    response: Any  # the response class: a `acs_core.model.Model`
    method: str = "POST"
    path: str | None = None  # REST-style: the path template (`/clusters/{ClusterId}`)
    regions: tuple[str, ...] | None = None  # None: every region of the service
    read_only: bool = False
    idempotent: bool = False  # safe to send twice: retried on ambiguous failures
    pager: Pager | None = None  # how `iter_<method>` walks its pages
    # OSS: the query pairs every request carries (the sub-resource, `acl` -> ""), and what
    # the body answers: "xml" (read into the model), "binary" (bytes, maybe streamed), "none".
    query: tuple[tuple[str, str], ...] = ()
    media: str = "json"
    waiters: Mapping[str, Waiter] = field(
        default_factory=dict
    )  # by `wait_<name>`'s name
    upload: Upload | None = None  # how its upload method runs
    # How a call may authenticate: "access_key" (signed), "bearer" (PDS's access token, used
    # when the client has one), "anonymous" (sent unsigned, no credentials).
    auth: tuple[str, ...] = ("access_key",)
