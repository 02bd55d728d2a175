"""Local stand-ins of the cloud services the credentials providers talk to, for tests: real HTTP
servers on 127.0.0.1, in a thread, as the emulator runs (standard library only).

* `FakeSts`: STS `AssumeRole` (checks the RPC HMAC-SHA1 signature against its `credentials`, or
  against credentials it issued itself together with their token, and the parameters; a wrong
  signature is answered as STS answers it, quoting the string it signed) and
  `AssumeRoleWithOIDC` (checks the OIDC token against `oidc_tokens`), answering STS's JSON.
* `FakeEcsMetadata`: the ECS metadata service: `PUT /latest/api/token` (IMDSv2), the role list
  `GET /latest/meta-data/ram/security-credentials/` and the role's credentials under it.
* `FakeCredentialsUri`: a credentials URI, answering the metadata's JSON on any path.

Each issues numbered credentials (`STS.<kind>-1`, secret `<kind>-secret-1`, token
`<kind>-token-1`, ...) valid for `expires_in` seconds, keeps them in `issued`, and records every
request in `requests`. `fail_next(n)` answers the next n requests with HTTP 500; `delay` makes
every answer wait, so that concurrent callers overlap.

    with FakeSts(credentials={"testid": "testsecret"}) as sts:
        role = RamRoleArnCredentials(source, role_arn="acs:ram::1:role/r", sts_endpoint=sts.endpoint)
"""

from __future__ import annotations

import hmac
import json
import threading
import time
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from .. import signing as _signing
from .server import Handler, Reply, Server, ThreadedServer, parse_fields

__all__ = [
    "FakeCredentialsUri",
    "FakeEcsMetadata",
    "FakeRequest",
    "FakeSts",
]

_TOKEN_HEADER = "x-aliyun-ecs-metadata-token"
_TOKEN_TTL_HEADER = "x-aliyun-ecs-metadata-token-ttl-seconds"
_ROLES_PATH = "/latest/meta-data/ram/security-credentials/"


@dataclass
class FakeRequest:
    """One request as a fake service saw it, and the status it answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names lowercase
    body: bytes
    form: dict[str, str] = field(default_factory=dict)
    status: int = 0

    @property
    def params(self) -> dict[str, str]:
        """Query and form fields together (an RPC request's parameters)."""
        return {**self.query, **self.form}


Answer = tuple[int, str, bytes]  # status, content type, body


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json(status: int, data: Any) -> Answer:
    return status, "application/json", json.dumps(data).encode("utf-8")


class _FakeService(ThreadedServer):
    """A threaded HTTP server on 127.0.0.1 answering with `answer`; recording requests."""

    kind = "fake"

    def __init__(
        self, *, expires_in: float = 3600, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.expires_in = expires_in
        self.delay = 0.0
        self.requests: list[FakeRequest] = []
        self.issued: list[dict[str, str]] = []
        self._failures: list[int] = []
        self._lock = threading.Lock()
        self._server = _Server((host, port), _Handler)
        self._server.service = self

    def fail_next(self, count: int = 1, status: int = 500) -> None:
        """Answer the next `count` requests with `status` and an error body."""
        with self._lock:
            self._failures.extend([status] * count)

    def issue(self) -> dict[str, str]:
        """New numbered credentials, valid for `expires_in` seconds from now."""
        with self._lock:
            number = len(self.issued) + 1
            issued = {
                "AccessKeyId": f"STS.{self.kind}-{number}",
                "AccessKeySecret": f"{self.kind}-secret-{number}",
                "SecurityToken": f"{self.kind}-token-{number}",
                "Expiration": _iso(time.time() + self.expires_in),
            }
            self.issued.append(issued)
        return dict(issued)

    def _serve(self, request: FakeRequest) -> Answer:
        with self._lock:
            self.requests.append(request)
            failure = self._failures.pop(0) if self._failures else None
        if self.delay:
            time.sleep(self.delay)
        if failure is not None:
            return self._error(failure, "InternalError", "an injected failure")
        return self.answer(request)

    def _error(self, status: int, code: str, message: str) -> Answer:
        return _json(
            status,
            {
                "RequestId": str(uuid.uuid4()),
                "HostId": "fake",
                "Code": code,
                "Message": message,
            },
        )

    def answer(self, request: FakeRequest) -> Answer:
        raise NotImplementedError


class FakeSts(_FakeService):
    """STS: AssumeRole (signed) and AssumeRoleWithOIDC (an OIDC token)."""

    kind = "sts"

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        oidc_tokens: Collection[str] = ("oidc-token",),
        expires_in: float = 3600,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(expires_in=expires_in, host=host, port=port)
        self.credentials = dict(
            credentials if credentials is not None else {"testid": "testsecret"}
        )
        self.oidc_tokens = set(oidc_tokens)

    def answer(self, request: FakeRequest) -> Answer:
        params = request.params
        if params.get("Format") != "JSON" or params.get("Version") != "2015-04-01":
            return self._error(
                400, "InvalidParameter", "Format JSON, Version 2015-04-01"
            )
        action = params.get("Action")
        if action == "AssumeRole":
            refused = self._check_signature(request)
        elif action == "AssumeRoleWithOIDC":
            refused = self._check_oidc(params)
        else:
            return self._error(400, "InvalidAction.NotFound", f"no action {action!r}")
        if refused is not None:
            return refused
        missing = [
            name
            for name in ("RoleArn", "RoleSessionName", "DurationSeconds")
            if not params.get(name)
        ]
        if missing:
            return self._error(400, "MissingParameter", f"missing {', '.join(missing)}")
        if (
            not params["DurationSeconds"].isdigit()
            or int(params["DurationSeconds"]) < 900
        ):
            return self._error(400, "InvalidParameter.DurationSeconds", "900 or more")
        return _json(
            200,
            {
                "RequestId": str(uuid.uuid4()),
                "AssumedRoleUser": {
                    "Arn": f"{params['RoleArn']}/{params['RoleSessionName']}",
                    "AssumedRoleId": f"3{len(self.issued)}:{params['RoleSessionName']}",
                },
                "Credentials": self.issue(),
            },
        )

    def _check_signature(self, request: FakeRequest) -> Answer | None:
        params = request.params
        for name in ("AccessKeyId", "Signature", "SignatureNonce", "Timestamp"):
            if not params.get(name):
                return self._error(400, "MissingParameter", f"missing {name}")
        if (
            params.get("SignatureMethod") != "HMAC-SHA1"
            or params.get("SignatureVersion") != "1.0"
        ):
            return self._error(400, "IncompleteSignature", "HMAC-SHA1, version 1.0")
        key_id = params["AccessKeyId"]
        secret = self.credentials.get(key_id)
        token: str | None = None
        if secret is None:  # credentials this STS issued sign with their token
            issued = next((i for i in self.issued if i["AccessKeyId"] == key_id), None)
            if issued is None:
                return self._error(404, "InvalidAccessKeyId.NotFound", "unknown key")
            secret, token = issued["AccessKeySecret"], issued["SecurityToken"]
        if token is not None and params.get("SecurityToken") != token:
            return self._error(400, "InvalidSecurityToken.Mismatch", "wrong token")
        pairs = [(k, v) for k, v in params.items() if k != "Signature"]
        string_to_sign = _signing.string_to_sign_v2(request.method, pairs)
        expected = _signing.signature_v2(string_to_sign, secret)
        if not hmac.compare_digest(expected, params["Signature"]):
            # STS's own words, quoting what it signed: the SecurityToken parameter among it.
            return self._error(
                400,
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. "
                f"server string to sign is:{string_to_sign}",
            )
        return None

    def _check_oidc(self, params: dict[str, str]) -> Answer | None:
        if not params.get("OIDCProviderArn"):
            return self._error(400, "MissingParameter", "missing OIDCProviderArn")
        if params.get("OIDCToken") not in self.oidc_tokens:
            return self._error(400, "InvalidParameter.OIDCToken", "unknown OIDC token")
        return None


class FakeEcsMetadata(_FakeService):
    """The metadata service of an ECS instance with RAM role `role_name` (None: no role).

    `imds_v2`: False answers the token request with 404, as an old service does;
    `require_token`: True refuses requests without a valid session token (IMDSv2 only).
    """

    kind = "ecs"

    def __init__(
        self,
        role_name: str | None = "test-role",
        *,
        imds_v2: bool = True,
        require_token: bool = False,
        expires_in: float = 21600,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(expires_in=expires_in, host=host, port=port)
        self.role_name = role_name
        self.imds_v2 = imds_v2
        self.require_token = require_token
        self.tokens: list[str] = []

    def answer(self, request: FakeRequest) -> Answer:
        if request.path == "/latest/api/token":
            if request.method != "PUT" or not self.imds_v2:
                return 404, "text/plain", b"Not Found"
            if not request.headers.get(_TOKEN_TTL_HEADER, "").isdigit():
                return 400, "text/plain", b"missing ttl"
            token = f"imds-token-{uuid.uuid4().hex}"
            with self._lock:
                self.tokens.append(token)
            return 200, "text/plain", token.encode()
        if request.method != "GET" or not request.path.startswith(_ROLES_PATH):
            return 404, "text/plain", b"Not Found"
        given = request.headers.get(_TOKEN_HEADER)
        if (given is not None or self.require_token) and given not in self.tokens:
            return 401, "text/plain", b"Unauthorized"
        role = request.path[len(_ROLES_PATH) :]
        if self.role_name is None or role not in ("", self.role_name):
            return 404, "text/plain", b"Not Found"
        if not role:
            return 200, "text/plain", self.role_name.encode()
        return _json(
            200,
            {"Code": "Success", "LastUpdated": _iso(time.time()), **self.issue()},
        )


class FakeCredentialsUri(_FakeService):
    """A credentials URI: any GET answers new credentials in the metadata's JSON."""

    kind = "uri"

    def answer(self, request: FakeRequest) -> Answer:
        if request.method != "GET":
            return 405, "text/plain", b"Method Not Allowed"
        return _json(200, {"Code": "Success", **self.issue()})


class _Server(Server):
    service: _FakeService


class _Handler(Handler):
    server: _Server

    def serve(self) -> None:
        body = self.read_body()
        url = urlsplit(self.path)
        headers = self.fields
        form = (
            parse_fields(body.decode("utf-8", "replace"))
            if headers.get("content-type", "").startswith(
                "application/x-www-form-urlencoded"
            )
            else {}
        )
        request = FakeRequest(
            self.command, url.path or "/", parse_fields(url.query), headers, body, form
        )
        try:
            status, content_type, payload = self.server.service._serve(request)
        except Exception as exc:  # a bug of the fake: answer, do not hang the client
            status, content_type = 500, "text/plain"
            payload = f"{type(exc).__name__}: {exc}".encode()
        request.status = status
        self.send(Reply(status, (("Content-Type", content_type),), payload))
