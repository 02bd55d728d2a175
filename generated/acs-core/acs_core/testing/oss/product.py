"""Answers for OSS operations the store does not implement, from a generated OSS product.

Given an OSS-style product (`Emulator(acs_oss, ...)`), every OSS request is matched to one of
its operations first: by method, whether it names a bucket and an object, and the operation's
fixed query (its sub-resource: `?lifecycle`, `?tagging`, `?comp=add` ...), the operation with the
most sub-resources winning among those whose required parameters came. An operation the store
implements (`operations.NATIVE`: objects, buckets, ACLs, listings, multipart) is answered by the
store as without a product; any other answers a response queued for it (`emu.queue_response`),
its handler (`emu.set_handler`), or its first success golden, encoded as the XML the product's
client reads (a golden `{"LifecycleConfiguration": {...}}` is `<LifecycleConfiguration>...`), on
a bucket that exists. A request no operation matches is answered as without a product: by the
store, or `NotImplemented` (501).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...oss import xml as _xml
from ..products import OperationModel, Product
from ..received import ReceivedRequest
from .auth import Principal
from .call import Answer
from .errors import OssError
from .request import OssRequest
from .store import Store

__all__ = ["NATIVE", "ProductAnswers", "ProductOperations", "Route"]

# The operations the store answers itself (see `operations`).
NATIVE = frozenset(
    {
        "ListBuckets", "PutBucket", "DeleteBucket", "GetBucketAcl", "PutBucketAcl",
        "GetBucketLocation", "GetBucketInfo", "GetBucketStat", "ListObjects",
        "ListObjectsV2", "ListMultipartUploads", "DeleteMultipleObjects", "PutObject",
        "GetObject", "HeadObject", "GetObjectMeta", "CopyObject", "DeleteObject",
        "PutObjectAcl", "GetObjectAcl", "InitiateMultipartUpload", "UploadPart",
        "UploadPartCopy", "CompleteMultipartUpload", "AbortMultipartUpload", "ListParts",
    }
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{(\+?)([^{}]+)\}")

# (status, body) from the emulator's queue, a handler or the golden: see `Emulator._answer`.
Answerer = Callable[[Product, OperationModel, ReceivedRequest, dict[str, str]], Any]


@dataclass(frozen=True)
class Route:
    """How a request is told to be one operation's."""

    product: Product
    operation: OperationModel
    bucket: bool  # the operation names a bucket (a host parameter)
    segments: int | None  # the key's `/`-separated segments (None: a tail, or no key)
    has_key: bool
    required: tuple[
        tuple[str, str], ...
    ]  # (location, wire name) of required parameters

    def score(self, request: OssRequest) -> tuple[int, int] | None:
        """How well `request` fits (more sub-resources, then more parameters), or None."""
        operation = self.operation
        if request.method != operation.method:
            return None
        if self.bucket != (request.bucket is not None):
            return None
        if self.has_key != (request.key is not None):
            return None
        if self.segments is not None and request.key is not None:
            if request.key.count("/") + 1 != self.segments:
                return None
        for name, value in (operation.query or {}).items():
            if name not in request.query or (value and request.query[name] != value):
                return None
        for location, name in self.required:
            given = request.query if location == "query" else request.headers
            if (name.lower() if location == "header" else name) not in given:
                return None
        return len(operation.query or {}), len(self.required)


def _route(product: Product, operation: OperationModel) -> Route:
    params = product.request_class(operation).params()
    template = operation.path or "/"
    placeholders = _PLACEHOLDER.findall(template)
    tail = any(plus for plus, _ in placeholders)
    return Route(
        product=product,
        operation=operation,
        bucket=any(p.location == "host" for p in params),
        segments=None if tail or not placeholders else len(placeholders),
        has_key=bool(placeholders),
        required=tuple(
            (p.location, p.wire_name)
            for p in params
            if p.required and p.location in ("query", "header")
        ),
    )


class ProductOperations:
    """The OSS-style products' operations, as requests are matched to them."""

    def __init__(self, products: Iterable[Product]) -> None:
        self._products = [p for p in products if p.service.style == "OSS"]
        self._routes: list[Route] | None = None

    def __bool__(self) -> bool:
        return bool(self._products)

    def routes(self) -> list[Route]:
        if self._routes is None:  # the request models load on first use
            self._routes = [
                _route(product, operation)
                for product in self._products
                for operation in product.operations.values()
            ]
        return self._routes

    def match(self, request: OssRequest) -> Route | None:
        """The operation a request is for, or None when none fits."""
        best: tuple[tuple[int, int], Route] | None = None
        for route in self.routes():
            score = route.score(request)
            if score is not None and (best is None or score > best[0]):
                best = (score, route)
        return None if best is None else best[1]


def encode(route: Route, status: int, body: Any) -> Answer:
    """An answer of the operation: a mapping as XML (`{root: {...}}`) or JSON, text as it is."""
    if body is None or body == {}:
        return Answer(status)
    if isinstance(body, (bytes, bytearray)):
        return Answer(status, [], bytes(body))
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            return Answer(status, [], body.encode("utf-8"))
    if isinstance(body, Mapping) and len(body) == 1 and route.operation.media == "xml":
        return Answer(status, [("Content-Type", "application/xml")], _xml.encode(body))
    text = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return Answer(status, [("Content-Type", "application/json")], text)


class ProductAnswers:
    """`emu.oss`'s answers for the operations of OSS products that the store does not do."""

    def __init__(
        self,
        products: Iterable[Product],
        store: Store,
        answer: Answerer,
        overridden: Callable[[Product, OperationModel], bool],
    ) -> None:
        self.operations = ProductOperations(products)
        self._store = store
        self._answer = answer
        self._overridden = overridden

    def __call__(
        self, request: OssRequest, principal: Principal, received: ReceivedRequest
    ) -> Answer | None:
        """The answer, or None when the store answers the request (see the module doc)."""
        route = self.operations.match(request) if self.operations else None
        if route is None or route.operation.name in NATIVE:
            return None
        product, operation = route.product, route.operation
        received.operation, received.product = operation.name, product.package
        if principal.key_id is None:
            raise OssError("AccessDenied", "Anonymous access is forbidden here.")
        if request.bucket is not None:
            self._store.bucket(request.bucket)  # NoSuchBucket
        if operation.first_success is None and not self._overridden(product, operation):
            return Answer(200)
        status, body = self._answer(product, operation, received, dict(request.query))
        return encode(route, status, body)
