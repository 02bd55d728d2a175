"""A local emulator of any number of products: a real HTTP server on 127.0.0.1 that speaks
their wire protocols at one endpoint.

It checks what the real services check before they answer: V3 (ACS3-HMAC-SHA256) and V2
(HMAC-SHA1) signatures against its credentials, timestamps (15 minutes), reused nonces, and
every parameter limit of the spec (through the generated request models). It answers with the
operation's first golden success response, with a response a test queued, or with a handler's;
operations whose spec says so create and select records; faults can be injected for the next N
calls. Standard library only.

    from acs_core.testing import Emulator

    with Emulator(acs_vod, acs_sts, credentials={"testid": "testsecret"}) as emu:
        vod = acs_vod.Client("cn-shanghai", access_key_id="testid",
                             access_key_secret="testsecret", endpoint=emu.endpoint)
        emu.queue_response("GetAIImageJobs", {"RequestId": "r", "AIImageJobList": []})
        emu.set_handler("vod:GetAIImageJobs", lambda call: {...})  # product-qualified
        emu.inject("throttling", count=2)   # also "server_error", "delay", "drop", "cut"
        emu.requests                        # the latest requests received

The same endpoint serves Object Storage Service, path style (`<endpoint>/<bucket>/<key>`):
`emu.oss` creates buckets, puts and reads objects, sets ACLs and injects OSS faults (see
`acs_core.testing.oss`); `storage=` a folder keeps what it stores across emulators. Besides
key ID -> secret, `credentials` takes key ID -> (secret, STS token): requests with that key
must carry that token; `accept_bearer(token)` lets a bearer token reach the operations whose
spec takes one, and unsigned calls reach only anonymous operations (PDS's, see `auth`). Specs'
media rules answer upload grants (an address in this OSS and
temporary credentials it accepts for `emu.token_lifetime` seconds; `emu.expire_credentials()`
ends them early) and write the objects a job produces (see `media`). Given an OSS product
(`Emulator(acs_oss)`), the store still answers what it implements (objects, buckets, ACLs,
listings, multipart), and the product's other operations (lifecycle, tagging, CORS ...) answer
their queued responses, handlers or goldens, as XML (`acs_core.testing.oss.product`).

An operation is named as the API spells it, or qualified by product code or package
(`vod:GetAIImageJobs`, `acs_vod:GetAIImageJobs`) where two products share the name.

Robustness: any unexpected exception while answering (a test handler that raises, a body that
cannot be encoded) is answered with HTTP 500 and the standard error body (Code "InternalError")
instead of a dropped connection; a Content-Length that is not a number, negative or above
`MAX_BODY_BYTES` is refused (400 / 413) without reading the body; a client that stalls for
`REQUEST_TIMEOUT` seconds is disconnected; `requests` keeps only the latest
`MAX_RECORDED_REQUESTS`.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import ModuleType
from typing import Any

from ..errors import RequestValidationError
from .answers import Drop, Refusal, payload
from .auth import BearerTokens, unsigned_refusal
from .faults import Faults
from .handler import EmulatorServer, RequestHandler
from .media import Media
from .oss import OssEmulator
from .oss.product import ProductAnswers
from .products import RPC_ERROR_FIELDS, OperationModel, Product, Routes, load_product
from .received import MAX_RECORDED_REQUESTS, ReceivedRequest, RequestLog
from .server import (
    ThreadedServer,
)
from .signatures import Claim, SignatureChecks, claim_of, scheme_of
from .state import Records, later_page

__all__ = [
    "MAX_RECORDED_REQUESTS",
    "Emulator",
    "ReceivedRequest",
    "RequestLog",
]

Handler_ = Callable[[ReceivedRequest], Any]
# Products that answer their request ID in a header of their own, by signature.
_REQUEST_ID_HEADERS = {"sls_v1": "x-log-requestid", "pds_v1": "x-ca-request-id"}
Credentials = Mapping[str, str | tuple[str, str]]
# How PDS's calls without an AccessKey signature are recorded (`signature_version`).
_UNSIGNED = {None: "anonymous", "bearer": "bearer"}


def _now() -> float:
    """The real clock (seconds since the epoch); tests may replace it."""
    return time.time()


class Emulator(ThreadedServer):
    """Serves the operations of every product given, with their goldens, limits and state."""

    def __init__(
        self,
        *products: ModuleType | str,
        credentials: Credentials | None = None,
        storage: str | os.PathLike[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        # No product: OSS alone.
        self.routes = Routes((load_product(p) for p in products), allow_none=True)
        self.products = self.routes.products
        # Seconds the emulator's clock runs ahead of the real one (negative: behind), to test
        # clients against a server whose clock differs: timestamps and `Date` follow it.
        self.clock_offset = 0.0
        self.credentials: dict[str, str] = {}  # key ID -> secret
        self.security_tokens: dict[str, str] = {}  # key ID -> the STS token it needs
        self.expirations: dict[str, float] = (
            {}
        )  # key ID -> when it stops being accepted
        given = credentials if credentials is not None else {"testid": "testsecret"}
        for key_id, value in given.items():
            secret, token = (value, None) if isinstance(value, str) else value
            self.accept(key_id, secret, token)
        self.signatures = SignatureChecks(
            self.credentials, self.now, self.security_tokens, self.expirations
        )
        self.bearer_tokens = BearerTokens()  # see `accept_bearer`
        self.requests = RequestLog()
        self._lock = threading.Lock()
        self._queued: dict[tuple[str, str], deque[tuple[int, Any]]] = {}
        self._handlers: dict[tuple[str, str], Handler_] = {}
        self._faults = Faults()
        self.oss = OssEmulator(
            storage,
            self.credentials,
            self.security_tokens,
            self.now,
            self.requests,
            self._lock,
            self._faults,
            self.expirations,
        )
        self.media = Media(
            self.oss,
            lambda: self.endpoint,
            lambda key_id, secret, token, at: self.accept(
                key_id, secret, token, expires_at=at
            ),
            self.now,
        )
        self.state = Records(self.media)
        if any(p.service.style == "OSS" for p in self.products):
            self.oss.product_answer = ProductAnswers(
                self.products, self.oss.store, self._answer, self._overridden
            )
        self._server = EmulatorServer((host, port), RequestHandler)
        self._server.emulator = self

    def __repr__(self) -> str:
        served = ", ".join(product.package for product in self.products)
        return f"Emulator({served}; {self.endpoint})"

    # --- what tests control ------------------------------------------------------------------

    def queue_response(self, operation: str, body: Any, status: int = 200) -> None:
        """Answer the next call of `operation` with `body` (a mapping, or text sent as is)."""
        key = self._key(operation)
        with self._lock:
            self._queued.setdefault(key, deque()).append((status, body))

    def set_handler(self, operation: str, handler: Handler_ | None) -> None:
        """Answer calls of `operation` with `handler(received)`: a body, or `(status, body)`."""
        key = self._key(operation)
        with self._lock:
            if handler is None:
                self._handlers.pop(key, None)
            else:
                self._handlers[key] = handler

    def inject(
        self, fault: str, count: int = 1, *, on: str | None = None, **options: Any
    ) -> None:
        """Fail the next `count` calls: "throttling" or "server_error" (code=, status=,
        message=), "delay" (seconds=, then answer normally), "drop" (close the connection
        unanswered; after_bytes=), "cut" (the answer's body stops short; after_bytes=), or, for
        OSS, "wrong_crc" and "no_crc". `on="gateway"` or `on="oss"` waits for calls of that
        kind only, `operation=` for calls of one operation, `skip=N` lets N of them through
        first. See `acs_core.testing.faults`."""
        self._faults.add(fault, count, on, options)

    def accept(
        self,
        key_id: str,
        secret: str,
        token: str | None = None,
        *,
        expires_at: float | None = None,
    ) -> None:
        """Accept an access key from now on (an STS one when `token` is given: its requests
        must carry that token), until `expires_at` (seconds since the epoch) if given.
        """
        self.credentials[key_id] = secret
        if token is None:
            self.security_tokens.pop(key_id, None)
        else:
            self.security_tokens[key_id] = token
        if expires_at is None:
            self.expirations.pop(key_id, None)
        else:
            self.expirations[key_id] = expires_at

    def accept_bearer(self, token: str) -> None:
        """Accept a bearer token from now on (PDS's access token) for the operations that take
        one; others are refused with 401 AccessTokenInvalid (`emu.bearer_tokens.revoke`).
        """
        self.bearer_tokens.accept(token)

    @property
    def token_lifetime(self) -> float:
        """Seconds the temporary credentials of an upload grant live (3000, as VOD's)."""
        return self.media.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        self.media.token_lifetime = seconds

    def expire_credentials(self, key_id: str | None = None) -> None:
        """Make `key_id`, or every temporary key the emulator granted, expire now: OSS then
        answers 403 SecurityTokenExpired (the gateway InvalidSecurityToken.Expired)."""
        for expired in [key_id] if key_id is not None else list(self.media.issued):
            self.expirations[expired] = self.now()

    def records(self, collection: str) -> list[dict[str, Any]]:
        """The live records of a collection (e.g. "AIImageJob"): seed them, or inspect what
        was created. Operations whose spec selects from the collection answer with these.

        Seed or change records before a call or between calls, not while one is in flight:
        each call answers from a copy of the records taken when it starts choosing its
        answer, so a change made during a call shows from the next one on.
        """
        return self.state.live(collection)

    def reset(self) -> None:
        """Forget records, requests, queued answers, handlers, faults and used nonces (what
        OSS stores stays: `emu.oss.clear()` empties it)."""
        self.state.clear()
        self.signatures.reset()
        self._faults.clear()
        with self._lock:
            self.requests.clear()
            self._queued.clear()
            self._handlers.clear()

    def now(self) -> float:
        """The emulator's clock: the real one, `clock_offset` seconds off."""
        return _now() + self.clock_offset

    def errors(self, product: str | None = None) -> dict[str, tuple[int, str]]:
        """A product's error codes (the only product's when there is one): code -> (status,
        message)."""
        return dict(self._product(product).errors)

    # --- naming operations -------------------------------------------------------------------

    def _product(self, name: str | None) -> Product:
        if name is None and len(self.products) == 1:
            return self.products[0]
        for product in self.products:
            if name in (product.package, product.service.product):
                return product
        served = ", ".join(p.package for p in self.products)
        raise ValueError(f"no product {name!r} here; this emulator serves {served}")

    def _key(self, operation: str) -> tuple[str, str]:
        """(package, operation) for a name as tests write it, plain or product-qualified."""
        qualifier, _, name = operation.rpartition(":")
        found = [
            (product.package, name)
            for product in self.products
            if name in product.operations
            and (
                not qualifier or qualifier in (product.package, product.service.product)
            )
        ]
        if len(found) == 1:
            return found[0]
        if not found:
            raise ValueError(f"unknown operation {operation!r}")
        choices = ", ".join(f"{package}:{name}" for package, name in found)
        raise ValueError(
            f"operation {operation!r} is ambiguous here; name one of {choices}"
        )

    # --- answering ---------------------------------------------------------------------------

    def _apply_fault(
        self, received: ReceivedRequest, operation: str | None = None
    ) -> None:
        """The next fault for a call on arrival (`operation` None), or once routed (then
        only faults that name its operation); a "cut" is left in `received.fault`."""
        fault = self._faults.apply(
            "gateway",
            ("Throttling.User", None),
            ("ServiceUnavailable", None),
            received,
            operation,
            unnamed=operation is None,
        )
        if fault is not None and fault.kind == "drop":
            raise Drop  # after_bytes: the body was read whole already

    def handle(self, received: ReceivedRequest) -> tuple[int, Any]:
        """Check one request and choose the answer: (status, body mapping or text)."""
        self._apply_fault(received)
        scheme = scheme_of(received.headers.get("authorization"), received.query)
        claim = claim_of(
            scheme or "none", received.query, received.headers, received.body
        )
        if scheme in ("sls-v1", "sls-v4"):  # SLS names no version: its signature does
            signed = self.routes.signed_with("sls_v1")
            version = signed[0].service.api_version if signed else ""
            claim = replace(claim, version=version)
        if scheme not in (None, "bearer"):  # those two: once routed (`auth`)
            self.signatures.verify(
                claim,
                received.method,
                received.path,
                received.query,
                received.headers,
                received.body,
            )
        try:
            product, operation, fields, request = self._route(received, claim)
        except Refusal:
            if scheme is None:  # no anonymous operation answers it
                raise unsigned_refusal() from None
            raise
        self.bearer_tokens.check(scheme, operation, received.headers)
        received.operation, received.product = operation.name, product.package
        if product.service.default_signature == "pds_v1":  # PDS's `acs`, not ROA v2
            received.signature_version = _UNSIGNED.get(scheme, "pds_v1")
        self._apply_fault(received, operation.name)
        if isinstance(request, RequestValidationError):
            raise Refusal(
                request.code,
                f"The specified parameter {request.parameter!r} is not valid: {request}",
                400,
            )
        received.request = request
        received.params = dict(vars(request))
        return self._answer(product, operation, received, fields)

    def _route(
        self, received: ReceivedRequest, claim: Claim
    ) -> tuple[Product, OperationModel, dict[str, str], Any]:
        """The product and operation of a request, its wire fields, and its request model
        (or the `RequestValidationError` it met). Where several REST-style operations share
        a method and a path (SLS's CreateOssExternalStore and CreateRdsExternalStore), the
        first whose parameters hold is taken."""
        version, action = claim.version, claim.action
        candidates = self.routes.for_version(version)
        if not candidates:
            raise Refusal(
                "InvalidVersion", f"Specified version {version!r} is not valid.", 400
            )
        found = self.routes.find(
            version,
            action,
            received.method,
            received.path,
            received.query,
            received.headers.get("host", ""),
        )
        if not found:
            what = (
                f"Specified api {action!r} is not found."
                if all(p.service.style != "ROA" for p in candidates)
                else f"No operation answers {received.method} {received.path}."
            )
            raise Refusal("InvalidAction.NotFound", what, 404)
        named = [f for f in found if f[1].name == action]
        if action and found[0][0].service.style == "ROA" and not named:
            raise Refusal(
                "InvalidAction.NotFound",
                f"x-acs-action {action!r} does not match {received.method} "
                f"{received.path} ({found[0][1].name}).",
                404,
            )
        chosen: tuple[Product, OperationModel, dict[str, str], Any] | None = None
        for product, operation, values in named or found:
            fields = {**claim.fields, **values}
            request = product.read_request(
                operation, received.headers, received.body, fields
            )
            if not isinstance(request, RequestValidationError):
                return product, operation, fields, request
            chosen = chosen or (product, operation, fields, request)
        assert chosen is not None
        return chosen

    def _overridden(self, product: Product, operation: OperationModel) -> bool:
        """Whether a test queued an answer for the operation, or gave it a handler."""
        key = (product.package, operation.name)
        with self._lock:
            return bool(self._queued.get(key)) or key in self._handlers

    def _answer(
        self,
        product: Product,
        operation: OperationModel,
        received: ReceivedRequest,
        fields: dict[str, str],
    ) -> tuple[int, Any]:
        key = (product.package, operation.name)
        with self._lock:
            queued = self._queued.get(key)
            if queued:
                return queued.popleft()
            handler = self._handlers.get(key)
        if handler is not None:
            answer = handler(received)
            if isinstance(answer, tuple):
                return int(answer[0]), answer[1]
            return 200, answer
        success = operation.success
        if success is None:
            return 200, {"RequestId": str(uuid.uuid4()).upper()}
        status, golden = success
        if operation.media == "binary":  # the golden is the body's text
            return status, str(json.loads(golden)).encode("utf-8")
        if status == 204:
            return status, b""
        if operation.state is not None and self.state.applies(operation.state):
            stateful = self.state.answer(operation.state, fields, json.loads(golden))
            if stateful is not None:
                return 200, stateful
        if operation.pager is not None:
            later = later_page(operation.pager, fields, golden)
            if later is not None:
                return 200, later
        return 200, golden

    def request_id_header(self, received: ReceivedRequest) -> str:
        """The header an answer states its request ID in: SLS's, PDS's or the gateway's."""
        product = self.product_of(received)
        signature = product.service.default_signature if product else ""
        return _REQUEST_ID_HEADERS.get(signature, "x-acs-request-id")

    def content_type(self, received: ReceivedRequest, status: int) -> str | None:
        """The content type of an answer: JSON, bytes for a binary operation's success, none
        for 204 (no content)."""
        if status == 204:
            return None
        if 200 <= status < 300:
            for product in self.products:
                if product.package == received.product:
                    operation = product.operations.get(received.operation or "")
                    if operation is not None and operation.media == "binary":
                        return "application/octet-stream"
        return "application/json;charset=utf-8"

    # --- errors ------------------------------------------------------------------------------

    def product_of(self, received: ReceivedRequest) -> Product | None:
        """The product whose error shape answers a request: the one it was routed to, else
        the one its version names, else the first (None: the emulator serves none)."""
        for product in self.products:
            if product.package == received.product:
                return product
        version = received.headers.get("x-acs-version") or received.query.get(
            "Version", ""
        )
        candidates = self.routes.for_version(version) or self.products
        if received.signature_version in ("sls_v1", "sls_v4"):
            candidates = self.routes.signed_with("sls_v1") or candidates
        return candidates[0] if candidates else None

    def error_body(
        self, refusal: Refusal, product: Product | None, host: str
    ) -> tuple[int, bytes]:
        """The status and body a product answers `refusal` with, in its error shape (the RPC
        shape when there is no product)."""
        errors = product.errors if product is not None else {}
        known_status, known_message = errors.get(refusal.code, (400, ""))
        service = product.service.product if product is not None else ""
        fields = product.error_fields if product is not None else RPC_ERROR_FIELDS
        values = {
            "request_id": str(uuid.uuid4()).upper(),
            "host_id": host,
            "code": refusal.code,
            "message": refusal.message or known_message or refusal.code,
            "recommend": f"https://api.aliyun.com/troubleshoot?q={refusal.code}&product={service}",
        }
        body = {fields[name]: value for name, value in values.items() if name in fields}
        return refusal.status or known_status, payload(body)
