"""A local emulator of the service: a real HTTP server on 127.0.0.1 that speaks the wire protocol.

It checks what the real service checks before it answers: V3 (ACS3-HMAC-SHA256) and V2
(HMAC-SHA1) signatures against its credentials, timestamps (15 minutes), reused nonces, and
every parameter limit of the spec (through the generated request models). It answers with the
operation's first golden success response, with a response a test queued, or with a handler's.
Faults can be injected for the next N calls. Standard library only.

    with Emulator(credentials={"testid": "testsecret"}) as emu:
        client = Client("cn-shanghai", access_key_id="testid", access_key_secret="testsecret",
                        endpoint=emu.endpoint)
        emu.queue_response("GetAIImageJobs", {"RequestId": "r", "AIImageJobList": []})
        emu.set_handler("GetAIImageJobs", lambda call: {"RequestId": "r", "AIImageJobList": [...]})
        emu.inject("throttling", count=2)   # also "server_error", "delay" (seconds=), "drop"
        emu.requests                        # the latest requests received, as `ReceivedRequest`

Robustness: any unexpected exception while answering (a test handler that raises, a body that
cannot be encoded) is answered with HTTP 500 and the standard error body (Code "InternalError")
instead of a dropped connection; a Content-Length that is not a number, negative or above
`MAX_BODY_BYTES` is refused (400 / 413) without reading the body; a client that stalls for
`REQUEST_TIMEOUT` seconds is disconnected. Memory stays bounded: used nonces are forgotten once
their timestamp has left the clock-skew window (a replay would then fail as expired anyway), and
`requests` keeps only the latest `MAX_RECORDED_REQUESTS`.
"""

from __future__ import annotations

import email.utils
import hashlib
import heapq
import hmac
import importlib
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import unquote, unquote_plus, urlsplit

from . import _signing
from ._info import ServiceInfo
from .errors import RequestValidationError

__all__ = [
    "EmulatorBase",
    "OperationModel",
    "ReceivedRequest",
    "RequestLog",
    "load_error_fields",
    "load_operations",
]

MAX_CLOCK_SKEW = 15 * 60  # seconds a timestamp may differ from the emulator's clock
MAX_BODY_BYTES = 10 * 1024 * 1024  # larger request bodies are refused with 413
REQUEST_TIMEOUT = 30.0  # seconds a client may stall before its connection is closed
MAX_RECORDED_REQUESTS = 10_000  # `EmulatorBase.requests` keeps only the latest ones
_V2_COMMON = (
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "Signature",
    "SecurityToken",
    "RegionId",
)
_FAULTS = ("throttling", "server_error", "delay", "drop")
_RPC_ERROR_FIELDS = {
    "request_id": "RequestId",
    "host_id": "HostId",
    "code": "Code",
    "message": "Message",
    "recommend": "Recommend",
}


@dataclass(frozen=True)
class OperationModel:
    """What the emulator knows of one operation (generated from the spec)."""

    name: str
    module: str  # models.<module> holds the request model, in its `OPERATION`
    goldens: tuple[tuple[int, str], ...]  # (status, body text), successes first
    # The spec's state rules: {"records": name, "create": {...}} or {"records": name, "select": {...}}.
    state: Mapping[str, Any] | None = None
    method: str = "POST"
    path: str | None = None  # REST-style: the path template the emulator routes by
    # How it pages (wire names; response paths as lists): the golden response is the first
    # page and the only one with items, so that page iterators end.
    pager: Mapping[str, Any] | None = None

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The path parameters, decoded, if a request for `method` and `path` is this
        operation's (REST-style operations only)."""
        if self.path is None or method != self.method:
            return None
        found = _route(self.path).fullmatch(path)
        if found is None:
            return None
        names = _PLACEHOLDER.findall(self.path)
        return {
            name: unquote(found.group(index + 1))
            for index, (_, name) in enumerate(names)
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


def load_operations(
    text: str,
) -> tuple[tuple[OperationModel, ...], dict[str, tuple[int, str]]]:
    """The operations and error codes of a generated `operations.json` (data, not code)."""
    document = json.loads(text)
    operations = tuple(
        OperationModel(
            entry["name"],
            entry["module"],
            tuple((status, body) for status, body in entry["goldens"]),
            entry.get("state"),
            entry.get("method", "POST"),
            entry.get("path"),
            entry.get("pager"),
        )
        for entry in document["operations"]
    )
    errors = {
        code: (status, message)
        for code, (status, message) in document["errors"].items()
    }
    return operations, errors


def load_error_fields(text: str) -> dict[str, str]:
    """The names the service's error bodies give their fields (`Code` or `code`, ...)."""
    fields: dict[str, str] = json.loads(text).get("error_fields", {})
    return fields


@dataclass
class ReceivedRequest:
    """One request as the emulator saw it, and what it answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    operation: str | None = None
    signature_version: str | None = None
    params: dict[str, Any] | None = None  # the request model's fields, when they passed
    request: Any = None  # the request model instance
    status: int = 0
    code: str | None = None  # the error code answered, if any


@dataclass
class _Fault:
    kind: str
    remaining: int
    options: dict[str, Any] = field(default_factory=dict)


class _Reply(Exception):
    """Raised inside the handler to answer with an error body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message


Handler = Callable[[ReceivedRequest], Any]


class RequestLog(list[ReceivedRequest]):
    """The requests received, oldest first: a list that keeps only the latest `maxlen`."""

    def __init__(self, maxlen: int = MAX_RECORDED_REQUESTS) -> None:
        super().__init__()
        self.maxlen = maxlen

    def append(self, received: ReceivedRequest) -> None:
        super().append(received)
        if len(self) > self.maxlen:
            del self[: len(self) - self.maxlen]


_S = TypeVar("_S", bound="ThreadedServer")


class ThreadedServer:
    """Serves `_server` (an HTTP server on 127.0.0.1) from a daemon thread between `start()`
    and `stop()`, or as a context manager: the emulator and the fake cloud services alike.
    """

    _server: ThreadingHTTPServer
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        host = self._server.server_address[0]
        return (
            f"http://{host.decode() if isinstance(host, bytes) else host}:{self.port}"
        )

    def start(self: _S) -> _S:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self: _S) -> _S:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class EmulatorBase(ThreadedServer):
    """The server; the generated `Emulator` binds it to the service's operations.

    `requests` is a `RequestLog` (a list of the latest `MAX_RECORDED_REQUESTS` requests; set
    `emu.requests.maxlen` to change the bound); `reset()` clears it.
    """

    def __init__(
        self,
        *,
        service: ServiceInfo,
        operations: tuple[OperationModel, ...],
        errors: Mapping[str, tuple[int, str]],
        models_package: str,
        credentials: Mapping[str, str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        error_fields: Mapping[str, str] | None = None,
    ) -> None:
        self.service = service
        self.operations = {op.name: op for op in operations}
        self.errors = dict(errors)
        # How this service's error bodies name their fields: RPC's `Code`, `Message`, ...
        self.error_fields = dict(error_fields or _RPC_ERROR_FIELDS)
        # Seconds the emulator's clock runs ahead of the real one (negative: behind), to test
        # clients against a server whose clock differs: timestamps and `Date` follow it.
        self.clock_offset = 0.0
        self.models_package = models_package
        self.credentials = dict(
            credentials if credentials is not None else {"testid": "testsecret"}
        )
        self.requests = RequestLog()
        self._queued: dict[str, deque[tuple[int, Any]]] = {}
        self._handlers: dict[str, Handler] = {}
        self._faults: deque[_Fault] = deque()
        # nonce -> when its request's timestamp expires; the heap orders them for forgetting.
        self._nonces: dict[str, float] = {}
        self._nonce_expiry: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._request_classes: dict[str, Any] = {}
        self._records: dict[str, list[dict[str, Any]]] = {}
        # id(record) -> (field, values still to come): records that move on at each read.
        self._progress: dict[int, tuple[str, list[Any]]] = {}
        self._progress_shown: dict[int, Any] = {}  # the value each last set
        self._next_id = 0
        self._server = _Server((host, port), _RequestHandler)
        self._server.emulator = self

    # --- lifecycle ---------------------------------------------------------------------------

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line uses this)."""
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._server.server_close()

    # --- what tests control ------------------------------------------------------------------

    def queue_response(self, operation: str, body: Any, status: int = 200) -> None:
        """Answer the next call of `operation` with `body` (a mapping, or text sent as is)."""
        self._operation(operation)
        with self._lock:
            self._queued.setdefault(operation, deque()).append((status, body))

    def set_handler(self, operation: str, handler: Handler | None) -> None:
        """Answer calls of `operation` with `handler(received)`: a body, or `(status, body)`."""
        self._operation(operation)
        with self._lock:
            if handler is None:
                self._handlers.pop(operation, None)
            else:
                self._handlers[operation] = handler

    def inject(self, fault: str, count: int = 1, **options: Any) -> None:
        """Fail the next `count` calls: "throttling" (code=, status=), "server_error" (code=, status=),
        "delay" (seconds=, then answer normally) or "drop" (close the connection unanswered).
        """
        if fault not in _FAULTS:
            raise ValueError(
                f"unknown fault {fault!r}; use one of {', '.join(_FAULTS)}"
            )
        with self._lock:
            self._faults.append(_Fault(fault, count, options))

    def records(self, collection: str) -> list[dict[str, Any]]:
        """The live records of a collection (e.g. "AIImageJob"): seed them, or inspect what was
        created. Operations whose spec selects from the collection answer with these records.

        Seed or change records before a call or between calls, not while one is in flight: each
        call answers from a copy of the records taken when it starts choosing its answer, so a
        change made during a call shows from the next one on.
        """
        with self._lock:
            return self._records.setdefault(collection, [])

    def reset(self) -> None:
        with self._lock:
            self._records.clear()
            self._progress.clear()
            self._progress_shown.clear()
            self.requests.clear()
            self._queued.clear()
            self._handlers.clear()
            self._faults.clear()

    def _operation(self, name: str) -> OperationModel:
        try:
            return self.operations[name]
        except KeyError:
            raise ValueError(f"unknown operation {name!r}") from None

    def _take_fault(self) -> _Fault | None:
        with self._lock:
            while self._faults and self._faults[0].remaining <= 0:
                self._faults.popleft()
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.remaining -= 1
            return fault

    def now(self) -> float:
        """The emulator's clock: the real one, `clock_offset` seconds off."""
        return _now() + self.clock_offset

    # --- answering ---------------------------------------------------------------------------

    def _error(
        self, code: str, message: str | None = None, status: int | None = None
    ) -> _Reply:
        known_status, known_message = self.errors.get(code, (400, ""))
        return _Reply(status or known_status, code, message or known_message or code)

    def _error_body(self, reply: _Reply, host: str) -> dict[str, str]:
        recommend = f"https://api.aliyun.com/troubleshoot?q={reply.code}&product={self.service.product}"
        values = {
            "request_id": str(uuid.uuid4()).upper(),
            "host_id": host,
            "code": reply.code,
            "message": reply.message,
            "recommend": recommend,
        }
        return {
            self.error_fields[field]: value
            for field, value in values.items()
            if field in self.error_fields
        }

    def handle(self, received: ReceivedRequest) -> tuple[int, Any]:
        """Check one request and choose the answer: (status, body mapping or text)."""
        fault = self._take_fault()
        if fault is not None:
            if fault.kind == "throttling":
                raise self._error(
                    fault.options.get("code", "Throttling.User"),
                    status=fault.options.get("status"),
                )
            if fault.kind == "server_error":
                raise self._error(
                    fault.options.get("code", "ServiceUnavailable"),
                    status=fault.options.get("status"),
                )
            if fault.kind == "delay":
                time.sleep(float(fault.options.get("seconds", 1.0)))
            if fault.kind == "drop":
                raise _Drop
        authorization = received.headers.get("authorization")
        if authorization is not None and authorization.startswith("acs "):
            action, version, fields = self._verify_roa_v2(received, authorization)
        elif authorization is not None:
            action, version, fields = self._verify_v3(received)
        elif "Signature" in received.query:
            action, version, fields = self._verify_v2(received)
        else:
            raise self._error(
                "IncompleteSignature",
                "The request has no signature: neither Authorization nor Signature.",
            )
        if version != self.service.api_version:
            raise self._error(
                "InvalidVersion", f"Specified version {version!r} is not valid.", 400
            )
        operation = self._operation_for(received, action, fields)
        action = received.operation = operation.name
        request_class = self._request_class(operation)
        body = None if _form(received) else received.body
        try:
            request = request_class.from_wire(fields, body)
        except RequestValidationError as exc:
            raise self._error(
                exc.code,
                f"The specified parameter {exc.parameter!r} is not valid: {exc}",
                400,
            ) from None
        received.request = request
        received.params = dict(vars(request))
        with self._lock:
            queued = self._queued.get(action)
            if queued:
                return queued.popleft()
            handler = self._handlers.get(action)
        if handler is not None:
            answer = handler(received)
            if isinstance(answer, tuple):
                return int(answer[0]), answer[1]
            return 200, answer
        golden = next(
            (text for status, text in operation.goldens if status < 300), None
        )
        if operation.state is not None and golden is not None:
            stateful = self._stateful_answer(
                operation.state, fields, json.loads(golden)
            )
            if stateful is not None:
                return 200, stateful
        if golden is not None and operation.pager is not None:
            later = _later_page(operation.pager, fields, json.loads(golden))
            if later is not None:
                return 200, later
        if golden is not None:
            return 200, golden
        return 200, {"RequestId": str(uuid.uuid4()).upper()}

    def _operation_for(
        self, received: ReceivedRequest, action: str, fields: dict[str, str]
    ) -> OperationModel:
        """The operation a request is for: by its action (RPC), or by its method and path
        (REST-style), whose path parameters and header parameters join `fields`."""
        if self.service.style != "ROA":
            operation = self.operations.get(action)
            if operation is None:
                raise self._error(
                    "InvalidAction.NotFound",
                    f"Specified api {action!r} is not found.",
                    404,
                )
            return operation
        for operation in self.operations.values():
            values = operation.match(received.method, received.path)
            if values is None:
                continue
            if action and action != operation.name:
                raise self._error(
                    "InvalidAction.NotFound",
                    f"x-acs-action {action!r} does not match {received.method} "
                    f"{received.path} ({operation.name}).",
                    404,
                )
            fields.update(values)
            for param in self._request_class(operation).params():
                if param.location == "header":
                    value = received.headers.get(param.wire_name.lower())
                    if value is not None:
                        fields[param.wire_name] = value
            return operation
        raise self._error(
            "InvalidAction.NotFound",
            f"No operation answers {received.method} {received.path}.",
            404,
        )

    def _stateful_answer(
        self,
        state: Mapping[str, Any],
        fields: Mapping[str, str],
        golden: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Create a record, or answer with the records picked by a parameter (None: no records)."""
        collection = state["records"]
        golden["RequestId"] = str(uuid.uuid4()).upper()
        create, select = state.get("create"), state.get("select")
        with self._lock:
            records = self._records.setdefault(collection, [])
            # Tests append to the live list outside the lock: read only a copy of it.
            snapshot = [dict(record) for record in records]
            live = list(records)
            if create is not None:
                self._next_id += 1
                new_id = f"{uuid.uuid4().hex[:24]}{self._next_id:08d}"
                record: dict[str, Any] = {create["key"]: new_id}
                for record_field, parameter in create.get("fields", {}).items():
                    if parameter in fields:
                        record[record_field] = fields[parameter]
                if "timestamp" in create:
                    record[create["timestamp"]] = time.strftime(
                        "%Y-%m-%dT%H:%M:%SZ", time.gmtime()
                    )
                progress = create.get("progress")
                if progress is not None:  # a job that runs before it ends
                    first = record[progress["field"]] = progress["through"][0]
                    self._progress_shown[id(record)] = first
                    self._progress[id(record)] = (
                        progress["field"],
                        list(progress["through"][1:]),
                    )
                records.append(record)
                golden[create["key"]] = new_id
                return golden
            if select is None:
                return None
            wanted = _values(fields.get(select["parameter"], ""))
            chosen = [
                index
                for value in wanted
                for index, r in enumerate(snapshot)
                if str(r.get(select["key"])) == value
            ]
            template = (golden.get(select["results"]) or [{}])[0]
            for index in chosen:  # the copies answer; the records move on
                self._advance(live[index], shown=template)
        if not snapshot:
            return None  # nothing created or seeded yet: the golden response
        picked = [snapshot[index] for index in chosen]
        golden[select["results"]] = [
            {**template, **{k: v for k, v in record.items() if k in template}}
            for record in picked
        ]
        return golden

    def _advance(self, record: dict[str, Any], shown: Mapping[str, Any]) -> None:
        """A read of a record in progress, by an answer whose items (`shown`) have its field:
        its next state shows at the next read."""
        pending = self._progress.get(id(record))
        if pending is None or pending[0] not in shown:
            return
        field, remaining = pending
        if record.get(field, object()) != self._progress_shown.get(id(record)):
            del self._progress[id(record)]  # a test set the field: its value stays
            return
        if remaining:
            record[field] = self._progress_shown[id(record)] = remaining.pop(0)
        else:  # done: the golden response's value shows from now on
            del record[field]
            del self._progress[id(record)]

    def _request_class(self, operation: OperationModel) -> Any:
        cls = self._request_classes.get(operation.name)
        if cls is None:
            module = importlib.import_module(
                f"{self.models_package}.{operation.module}"
            )
            cls = self._request_classes[operation.name] = module.OPERATION.request
        return cls

    def _check_time_and_nonce(self, timestamp: str, nonce: str) -> None:
        """Refuse a timestamp outside the clock-skew window, or a nonce used while its request's
        timestamp was still valid; forget nonces whose timestamps have since expired.
        """
        now = self.now()
        try:
            when = datetime.strptime(timestamp, "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=timezone.utc
            )
        except ValueError:
            raise self._error(
                "InvalidTimeStamp.Format",
                f"Specified time stamp {timestamp!r} is not valid.",
                400,
            ) from None
        if abs(now - when.timestamp()) > MAX_CLOCK_SKEW:
            raise self._error(
                "InvalidTimeStamp.Expired",
                f"Specified time stamp or date value is expired: {timestamp}.",
            )
        with self._lock:
            self._forget_expired_nonces(now)
            if nonce in self._nonces:
                raise self._error(
                    "SignatureNonceUsed", "Specified signature nonce was used already."
                )
            expires = when.timestamp() + MAX_CLOCK_SKEW
            self._nonces[nonce] = expires
            heapq.heappush(self._nonce_expiry, (expires, nonce))

    def _forget_expired_nonces(self, now: float) -> None:
        """Drop nonces whose request timestamp has expired: a replay is refused as expired anyway.

        Called with the lock held.
        """
        expiry = self._nonce_expiry
        while expiry and expiry[0][0] < now:
            expires, nonce = heapq.heappop(expiry)
            if self._nonces.get(nonce) == expires:
                del self._nonces[nonce]

    def _secret(self, key_id: str) -> str:
        secret = self.credentials.get(key_id)
        if secret is None:
            raise self._error(
                "InvalidAccessKeyId.NotFound", "Specified access key is not found."
            )
        return secret

    def _verify_v3(self, received: ReceivedRequest) -> tuple[str, str, dict[str, str]]:
        headers = received.headers
        try:
            key_id, names, signature = _signing.parse_authorization_v3(
                headers["authorization"]
            )
        except ValueError as exc:
            raise self._error(
                "IncompleteSignature", f"The request signature is malformed: {exc}"
            ) from None
        needed = [
            "host",
            "x-acs-action",
            "x-acs-version",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-content-sha256",
        ]
        missing = [name for name in needed if name not in headers]
        unsigned = [name for name in needed if name not in [n.lower() for n in names]]
        if missing or unsigned:
            raise self._error(
                "IncompleteSignature",
                f"Missing or unsigned headers: {', '.join(missing + unsigned)}.",
            )
        secret = self._secret(key_id)
        body_hash = hashlib.sha256(received.body).hexdigest()
        try:
            canonical = _signing.canonical_request_v3(
                received.method,
                received.path,
                received.query.items(),
                headers,
                names,
                body_hash,
            )
        except ValueError as exc:
            raise self._error("IncompleteSignature", str(exc)) from None
        to_sign = _signing.string_to_sign_v3(canonical)
        if not hmac.compare_digest(_signing.signature_v3(to_sign, secret), signature):
            raise self._error(
                "SignatureDoesNotMatch",
                "The request signature does not conform to Aliyun standards. server string to sign is:"
                + canonical,
            )
        if headers["x-acs-content-sha256"] != body_hash:
            raise self._error(
                "SignatureDoesNotMatch",
                "The x-acs-content-sha256 header does not match the body.",
            )
        self._check_time_and_nonce(
            headers["x-acs-date"], headers["x-acs-signature-nonce"]
        )
        return (
            headers["x-acs-action"],
            headers["x-acs-version"],
            self._business_fields(received, ()),
        )

    def _verify_v2(self, received: ReceivedRequest) -> tuple[str, str, dict[str, str]]:
        params = dict(received.query)
        params.update(_form(received))
        for name in ("AccessKeyId", "SignatureNonce", "Timestamp", "Action", "Version"):
            if not params.get(name):
                raise self._error(
                    "IncompleteSignature",
                    f"The input parameter {name!r} that is mandatory is missing.",
                )
        if (
            params.get("SignatureMethod") != "HMAC-SHA1"
            or params.get("SignatureVersion") != "1.0"
        ):
            raise self._error(
                "IncompleteSignature",
                "SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.",
            )
        secret = self._secret(params["AccessKeyId"])
        pairs = [(k, v) for k, v in params.items() if k != "Signature"]
        to_sign = _signing.string_to_sign_v2(received.method, pairs)
        if not hmac.compare_digest(
            _signing.signature_v2(to_sign, secret), params["Signature"]
        ):
            raise self._error(
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to sign is:"
                + to_sign,
            )
        self._check_time_and_nonce(params["Timestamp"], params["SignatureNonce"])
        return (
            params["Action"],
            params["Version"],
            self._business_fields(received, _V2_COMMON),
        )

    def _verify_roa_v2(
        self, received: ReceivedRequest, authorization: str
    ) -> tuple[str, str, dict[str, str]]:
        """A REST-style HMAC-SHA1 signature: `Authorization: acs <id>:<signature>`."""
        headers = received.headers
        key_id, _, signature = authorization[len("acs ") :].partition(":")
        missing = [
            name
            for name in ("date", "x-acs-signature-nonce", "x-acs-version")
            if not headers.get(name)
        ]
        if not key_id or not signature or missing:
            raise self._error(
                "IncompleteSignature",
                f"The request signature is incomplete: {', '.join(missing) or 'Authorization'}.",
            )
        if (
            headers.get("x-acs-signature-method", "HMAC-SHA1") != "HMAC-SHA1"
            or headers.get("x-acs-signature-version", "1.0") != "1.0"
        ):
            raise self._error(
                "IncompleteSignature",
                "x-acs-signature-method must be HMAC-SHA1 and its version 1.0.",
            )
        secret = self._secret(key_id)
        to_sign = _signing.string_to_sign_roa_v2(
            received.method, received.path, received.query.items(), headers
        )
        if not hmac.compare_digest(
            _signing.signature_roa_v2(to_sign, secret), signature
        ):
            raise self._error(
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to sign is:"
                + to_sign,
            )
        try:
            sent = email.utils.parsedate_to_datetime(headers["date"])
        except (TypeError, ValueError):
            raise self._error(
                "InvalidTimeStamp.Format", f"Date {headers['date']!r} is not valid."
            ) from None
        self._check_time_and_nonce(
            sent.strftime("%Y-%m-%dT%H:%M:%SZ"), headers["x-acs-signature-nonce"]
        )
        return (
            headers.get("x-acs-action", ""),
            headers["x-acs-version"],
            self._business_fields(received, ()),
        )

    @staticmethod
    def _business_fields(
        received: ReceivedRequest, common: tuple[str, ...]
    ) -> dict[str, str]:
        fields = {k: v for k, v in received.query.items() if k not in common}
        fields.update((k, v) for k, v in _form(received).items() if k not in common)
        return fields


def _now() -> float:
    """The real clock (seconds since the epoch); tests may replace it."""
    return time.time()


def _values(wanted: str) -> list[str]:
    """The values a select parameter names: one, or several separated by commas."""
    return wanted.split(",") if "," in wanted else [wanted]


def _later_page(
    pager: Mapping[str, Any], fields: Mapping[str, str], golden: dict[str, Any]
) -> dict[str, Any] | None:
    """The answer to a request for a page after the first: the golden response without items
    (and without a next token); None for the first page."""
    if pager["style"] == "page_number":
        later = fields.get(pager["page"], "1") not in ("", "1")
    else:
        later = bool(fields.get(pager["token"], ""))
    if not later:
        return None
    _set_path(golden, pager["items"], [])
    if "next_token" in pager:
        _set_path(golden, pager["next_token"], "")
    return golden


def _set_path(document: dict[str, Any], path: list[str], value: Any) -> None:
    for step in path[:-1]:
        inner = document.get(step)
        if not isinstance(inner, dict):
            return
        document = inner
    if path[-1] in document:
        document[path[-1]] = value


def _form(received: ReceivedRequest) -> dict[str, str]:
    if received.headers.get("content-type", "").startswith(
        "application/x-www-form-urlencoded"
    ):
        return _parse_query(received.body.decode("utf-8", "replace"))
    return {}


def _parse_query(text: str) -> dict[str, str]:
    """Decode `a=b&c=d` as form encoding: `+` is a space (the official SDK sends space so)."""
    fields: dict[str, str] = {}
    for part in text.split("&"):
        if part:
            name, _, value = part.partition("=")
            fields[unquote_plus(name)] = unquote_plus(value)
    return fields


class _ClientGone(Exception):
    """The client stalled or closed the connection while sending its request."""


class _Drop(Exception):
    """Close the connection without an answer."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    emulator: EmulatorBase

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout, dropped connection) is normal here; report the rest.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    """Reads one request, lets the emulator answer it, and always answers (unless told to drop).

    `timeout` closes the connection of a client that stalls; a bad Content-Length is refused
    before any body is read; any unexpected exception becomes HTTP 500 "InternalError".
    """

    protocol_version = "HTTP/1.1"
    timeout = REQUEST_TIMEOUT
    server: _Server

    def log_message(
        self, format: str, *args: Any
    ) -> None:  # quiet: tests read `emu.requests`
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header, by the emulator's clock."""
        moment = self.server.emulator.now() if timestamp is None else timestamp
        return email.utils.formatdate(moment, usegmt=True)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def _serve(self) -> None:
        emulator = self.server.emulator
        host = str(self.headers.get("host", ""))
        received: ReceivedRequest | None = None
        try:
            body = self._read_body(emulator)
            url = urlsplit(self.path)
            received = ReceivedRequest(
                method=self.command,
                path=url.path or "/",
                query=_parse_query(url.query),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                signature_version=_signature_version(self.headers.get("authorization")),
            )
            with emulator._lock:
                emulator.requests.append(received)
            status, answer = emulator.handle(received)
            payload = _payload(answer)
        except _Drop:
            if received is not None:
                received.code = "<dropped>"
            self.close_connection = True
            return
        except _ClientGone:
            self.close_connection = (
                True  # the client stalled or went away: nobody to answer
            )
            return
        except _Reply as reply:
            status, payload = reply.status, _payload(emulator._error_body(reply, host))
            if received is not None:
                received.code = reply.code
        except Exception as exc:  # a raising test handler, an unencodable answer, a bug
            internal = _Reply(
                500,
                "InternalError",
                f"The emulator failed while answering: {type(exc).__name__}: {exc}",
            )
            status, payload = 500, _payload(emulator._error_body(internal, host))
            if received is not None:
                received.code = internal.code
        if received is not None:
            received.status = status
        request_id = _request_id(payload)
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        if request_id:
            self.send_header("x-acs-request-id", request_id)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)

    def _read_body(self, emulator: EmulatorBase) -> bytes:
        """The request body; a Content-Length that is not 0..MAX_BODY_BYTES is refused unread."""
        raw = self.headers.get("content-length")
        if raw is None or not raw.strip():
            return b""
        digits = raw.strip()
        length = int(digits) if digits.isascii() and digits.isdigit() else -1
        if length < 0:
            self.close_connection = True  # the body (if any) cannot be skipped
            raise emulator._error(
                "InvalidParameter", f"Content-Length {raw!r} is not valid.", 400
            )
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            raise emulator._error(
                "RequestTooLarge",
                f"The request body of {length} bytes is larger than {MAX_BODY_BYTES}.",
                413,
            )
        try:
            body = self.rfile.read(length) if length else b""
        except (TimeoutError, ConnectionError) as exc:
            raise _ClientGone from exc
        if len(body) < length:
            raise _ClientGone  # the client closed the connection mid-body
        return body


def _signature_version(authorization: str | None) -> str:
    if authorization is None:
        return "v2"  # RPC: the signature is in the query
    return "v2" if authorization.startswith("acs ") else "v3"


def _payload(answer: Any) -> bytes:
    if isinstance(answer, bytes):
        return answer
    if isinstance(answer, str):
        return answer.encode("utf-8")
    return json.dumps(answer, ensure_ascii=False).encode("utf-8")


def _request_id(payload: bytes) -> str | None:
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    value = next(
        (data[key] for key in ("RequestId", "requestId", "request_id") if key in data),
        None,
    )
    if not isinstance(value, str) or not value.isprintable():
        return None  # a vendor demo's "...****\n" would break the header block
    return value
