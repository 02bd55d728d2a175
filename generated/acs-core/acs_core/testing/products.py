"""The products an emulator serves, and how a request finds its operation among them.

A product package carries what its emulator needs as data: `<package>._service.SERVICE` (the
service's facts) and `<package>/emulator/operations.json` (each operation's golden responses,
state rules and paging, the service's error codes and the names its error bodies use). The real
cloud tells products apart by host; at one loopback endpoint they are told apart by API version,
then by action (RPC and V3) or by method, path and fixed query (REST-style; SLS, which names no
version, by its signature). Products that this cannot tell apart are refused when the emulator
is made.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from types import ModuleType
from typing import Any
from urllib.parse import unquote

from ..errors import RequestValidationError
from ..info import ServiceInfo
from .answers import host_label

__all__ = ["RPC_ERROR_FIELDS", "OperationModel", "Product", "Routes", "load_product"]

RPC_ERROR_FIELDS = {
    "request_id": "RequestId",
    "host_id": "HostId",
    "code": "Code",
    "message": "Message",
    "recommend": "Recommend",
}
_PLACEHOLDER = re.compile(r"\{(\+?)([^{}]+)\}")


def _route(template: str) -> re.Pattern[str]:
    """`/a/{Id}/b/{+Rest}` as a pattern over the encoded path: a segment, or the rest."""
    parts, last = [], 0
    for found in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last : found.start()]))
        parts.append("(.+)" if found.group(1) else "([^/]+)")
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts))


@dataclass(frozen=True)
class OperationModel:
    """What the emulator knows of one operation (generated from the spec)."""

    name: str
    module: str  # <package>.models.<module> holds the request model, in its `OPERATION`
    goldens: tuple[tuple[int, str], ...]  # (status, body text), successes first
    # The spec's state rules: {"records": name, "create": {...}} or {"records": name, "select": {...}}.
    state: Mapping[str, Any] | None = None
    method: str = "POST"
    path: str | None = None  # REST-style: the path template the emulator routes by
    # How it pages (wire names; response paths as lists): the golden response is the first
    # page and the only one with items, so that page iterators end.
    pager: Mapping[str, Any] | None = None
    # OSS: the fixed query (sub-resource) that tells it apart.
    query: Mapping[str, str] | None = None
    # What a success answer holds: "json", "none", "xml" or "binary" (goldens hold the body's
    # text).
    media: str = "json"
    # REST-style: the wire name of its host parameter (SLS's project), the Host's first label.
    host: str | None = None
    # How a call may authenticate (PDS's): "access_key", "bearer", "anonymous" (see `auth`).
    auth: tuple[str, ...] = ("access_key",)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        return None if self.path is None else _route(self.path)

    def match(
        self,
        method: str,
        path: str,
        query: Mapping[str, str] | None = None,
        label: str | None = None,
    ) -> dict[str, str] | None:
        """The path parameters, decoded, if a request for `method`, `path` and `query` is
        this operation's (REST-style operations only; a fixed query must be in `query`, and
        a host parameter needs the Host's first `label`)."""
        if self._pattern is None or method != self.method:
            return None
        if self.host is not None and label is None:
            return None
        if self.query and any(
            (query or {}).get(name) != value for name, value in self.query.items()
        ):
            return None
        found = self._pattern.fullmatch(path)
        if found is None:
            return None
        assert self.path is not None
        names = _PLACEHOLDER.findall(self.path)
        return {
            name: unquote(found.group(index + 1))
            for index, (_, name) in enumerate(names)
        }

    @property
    def first_success(self) -> str | None:
        return next((text for status, text in self.goldens if status < 300), None)

    @property
    def success(self) -> tuple[int, str] | None:
        """The first success golden: its status (200, or 204 for no content) and text."""
        return next((g for g in self.goldens if g[0] < 300), None)


@dataclass
class Product:
    """One product package, as the emulator serves it."""

    package: str  # its import name, e.g. "acs_vod"
    service: ServiceInfo
    operations: dict[str, OperationModel]
    errors: dict[str, tuple[int, str]]  # code -> (status, message)
    error_fields: dict[str, str]  # request_id, code, ... -> the body's field names
    _requests: dict[str, Any] = field(default_factory=dict)
    _routing: list[OperationModel] | None = None

    @property
    def routing_order(self) -> list[OperationModel]:
        """Its operations as requests are matched: those with a fixed query first (SLS's
        `GET /logstores/{logstore}?type=log` before `GET /logstores/{logstore}`), then those
        with a host parameter (SLS's GetProject before ListProject, both `GET /`)."""
        if self._routing is None:
            ops = self.operations.values()
            self._routing = sorted(ops, key=lambda op: (not op.query, op.host is None))
        return self._routing

    def host_label(self, host: str) -> str | None:
        """The value of a host parameter in a request's `Host`: its first label, unless the
        Host is one of the product's own endpoints (or an IP address)."""
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        endpoints = {*self.service.endpoints.values()}
        if self.service.host_endpoint is not None:
            endpoints.add(self.service.host_endpoint)
        if name.lower() in endpoints:
            return None
        return host_label(host)

    @property
    def label(self) -> str:
        return f"{self.service.product} {self.service.api_version} ({self.package})"

    def read_request(
        self,
        operation: OperationModel,
        headers: Mapping[str, str],
        body: bytes,
        fields: dict[str, str],
    ) -> Any:
        """The operation's request model read from the wire (REST-style header and host
        parameters join `fields`), or the `RequestValidationError` it raised."""
        request_class = self.request_class(operation)
        if self.service.style == "ROA":
            for param in request_class.params():
                value = None
                if param.location == "header":
                    value = headers.get(param.wire_name.lower())
                elif param.location == "host":
                    value = self.host_label(headers.get("host", ""))
                if value is not None:
                    fields[param.wire_name] = value
        form = headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        )
        try:
            return request_class.from_wire(fields, None if form else body)
        except RequestValidationError as exc:
            return exc

    def request_class(self, operation: OperationModel) -> Any:
        """The operation's request model, imported on first use."""
        cls = self._requests.get(operation.name)
        if cls is None:
            module = importlib.import_module(
                f"{self.package}.models.{operation.module}"
            )
            cls = self._requests[operation.name] = module.OPERATION.request
        return cls


def load_product(product: ModuleType | str) -> Product:
    """A product package (the module or its import name) and its emulator data."""
    package = product if isinstance(product, str) else product.__name__
    service, operations, errors, error_fields = _product_data(package)
    return Product(package, service, dict(operations), dict(errors), dict(error_fields))


@cache
def _product_data(
    package: str,
) -> tuple[
    ServiceInfo,
    dict[str, OperationModel],
    dict[str, tuple[int, str]],
    dict[str, str],
]:
    """A product's emulator data, read once per process (whole products hold megabytes of
    goldens; each emulator copies the tables, so that none changes another's)."""
    try:
        service = importlib.import_module(f"{package}._service").SERVICE
        text = (
            files(f"{package}.emulator")
            .joinpath("operations.json")
            .read_text(encoding="utf-8")
        )
    except (ImportError, FileNotFoundError) as exc:
        raise ValueError(
            f"{package!r} is not a generated product package ({exc})"
        ) from None
    document = json.loads(text)
    operations = {
        entry["name"]: OperationModel(
            entry["name"],
            entry["module"],
            tuple((status, body) for status, body in entry["goldens"]),
            entry.get("state"),
            entry.get("method", "POST"),
            entry.get("path"),
            entry.get("pager"),
            entry.get("query"),
            entry.get("media", "json"),
            entry.get("host"),
            tuple(entry.get("auth", ["access_key"])),
        )
        for entry in document["operations"]
    }
    errors = {
        code: (status, message)
        for code, (status, message) in document["errors"].items()
    }
    error_fields = dict(document.get("error_fields") or RPC_ERROR_FIELDS)
    return service, operations, errors, error_fields


class Routes:
    """Which product and operation a request is for; refuses products it cannot tell apart."""

    def __init__(
        self, products: Iterable[Product], *, allow_none: bool = False
    ) -> None:
        self.products = list(products)
        if not self.products and not allow_none:
            raise ValueError("an emulator serves at least one product")
        self._by_version: dict[str, list[Product]] = {}
        for product in self.products:
            self._by_version.setdefault(product.service.api_version, []).append(product)
        problems = [
            problem
            for group in self._by_version.values()
            for problem in _conflicts(group)
        ]
        if problems:
            raise ValueError(
                "these products cannot be served at one endpoint: "
                + "; ".join(problems)
            )

    def for_version(self, version: str) -> list[Product]:
        return self._by_version.get(version, [])

    def signed_with(self, signature: str) -> list[Product]:
        """The products whose requests are signed so (SLS's name no API version)."""
        return [p for p in self.products if signature in p.service.supported_signatures]

    def find(
        self,
        version: str,
        action: str,
        method: str,
        path: str,
        query: Mapping[str, str] | None = None,
        host: str = "",
    ) -> list[tuple[Product, OperationModel, dict[str, str]]]:
        """The products and operations a request may be for, and its decoded path
        parameters, the likeliest first (the caller picks one whose parameters hold).

        RPC and V3 operations answer by action; REST-style ones by method, path, fixed
        query and host parameter (a request's `x-acs-action`, when it names one, must agree:
        the caller checks that).
        """
        found = []
        for product in self.for_version(version):
            if product.service.style == "OSS":
                continue  # OSS requests are the OSS emulator's (`oss.product`)
            if product.service.style != "ROA":
                operation = product.operations.get(action)
                if operation is not None:
                    return [(product, operation, {})]
                continue
            label = product.host_label(host)
            for operation in product.routing_order:
                values = operation.match(method, path, query, label)
                if values is not None:
                    found.append((product, operation, values))
        return found


def _conflicts(group: list[Product]) -> list[str]:
    """Why products of one API version could not be told apart (nothing: they can)."""
    problems = []
    packages = [product.package for product in group]
    for package in sorted({p for p in packages if packages.count(p) > 1}):
        problems.append(f"{package} is given twice")
    seen: dict[str, Product] = {}
    routes: dict[tuple[str, str, str], Product] = {}
    for product in group:
        for operation in product.operations.values():
            other = seen.get(operation.name)
            if other is not None and other.package != product.package:
                problems.append(
                    f"{other.label} and {product.label} both have {operation.name}"
                )
            seen[operation.name] = product
            if operation.path is None:
                continue
            fixed = "&".join(
                f"{k}={v}" for k, v in sorted((operation.query or {}).items())
            )
            key = (operation.method, operation.path, fixed)
            other = routes.get(key)
            if other is not None and other.package != product.package:
                problems.append(
                    f"{other.label} and {product.label} both answer "
                    f"{operation.method} {operation.path}"
                    + (f"?{fixed}" if fixed else "")
                )
            routes[key] = product
    return problems
