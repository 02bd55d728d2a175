"""Providers of temporary credentials fetched over HTTP, as Alibaba Cloud's credentials library
fetches them (same endpoints, environment variables, parameters, signatures and answers).

* `RamRoleArnCredentials`: STS `AssumeRole`, signed (RPC, HMAC-SHA1) with the credentials of any
  other provider. `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_ROLE_SESSION_NAME`.
* `OidcRoleCredentials`: STS `AssumeRoleWithOIDC` with the token of a file (read at every
  refresh, as such files are rotated). `ALIBABA_CLOUD_ROLE_ARN`,
  `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`, `ALIBABA_CLOUD_OIDC_TOKEN_FILE`,
  `ALIBABA_CLOUD_ROLE_SESSION_NAME`. The token travels in a form body, not in the URL, so that
  no request log shows it.
* `EcsRamRoleCredentials`: the instance's RAM role from the metadata service (100.100.100.200),
  with an IMDSv2 session token (falling back to IMDSv1 unless `ALIBABA_CLOUD_IMDSV1_DISABLED`);
  `ALIBABA_CLOUD_ECS_METADATA` names the role, `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns it
  off. Refreshed an hour after each fetch, as the official library does, and before expiry.
* `UriCredentials`: a GET of `ALIBABA_CLOUD_CREDENTIALS_URI`, answering the metadata's JSON.

STS is `sts.aliyuncs.com`, or `sts[-vpc].<region>.aliyuncs.com` with `sts_region=`
(`ALIBABA_CLOUD_STS_REGION`) and `enable_vpc=` (`ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`);
`sts_endpoint=` (a host, or a URL such as `http://127.0.0.1:8080`) and `endpoint=` of the
metadata service override them, for tests. Each protocol is written once, as a generator that
yields the HTTP requests it needs and receives their responses; `_drive` and `_drive_async` send
them with `httpx.Client` and `httpx.AsyncClient`.
"""

from __future__ import annotations

import base64
import calendar
import json
import os
import time
import uuid
from collections.abc import Generator
from datetime import datetime, timezone
from typing import Any

import httpx

from . import _signing

# Importing `_client_base` installs the httpx log filter that masks Signature and SecurityToken in
# request URLs (AssumeRole is signed in its query), also when a provider is used on its own.
from ._client_base import _SERVER_STRING_TO_SIGN
from ._credentials import (
    Credentials,
    CredentialsProvider,
    RefreshingCredentials,
    Secret,
    env_flag,
    resolve_provider,
)
from .errors import ConfigurationError

__all__ = [
    "EcsRamRoleCredentials",
    "OidcRoleCredentials",
    "RamRoleArnCredentials",
    "UriCredentials",
    "resolve_sts_endpoint",
]

ENV_ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN"
ENV_ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME"
ENV_OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN"
ENV_OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE"
ENV_STS_REGION = "ALIBABA_CLOUD_STS_REGION"
ENV_VPC_ENDPOINT = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED"
ENV_ECS_ROLE = "ALIBABA_CLOUD_ECS_METADATA"
ENV_ECS_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED"
ENV_IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED"
ENV_CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI"

STS_VERSION = "2015-04-01"
DEFAULT_DURATION = 3600  # seconds STS credentials are asked for
MIN_DURATION = 900
METADATA_ENDPOINT = "http://100.100.100.200"
METADATA_TOKEN_PATH = "/latest/api/token"
METADATA_ROLES_PATH = "/latest/meta-data/ram/security-credentials/"
METADATA_TOKEN_TTL = 21600  # seconds an IMDSv2 session token is asked for
METADATA_TOKEN_HEADER = "X-aliyun-ecs-metadata-token"
METADATA_TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds"
# The official library's timeouts: STS and URIs 5 s to connect, 10 s to read; metadata 1 s.
REMOTE_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
METADATA_TIMEOUT = httpx.Timeout(1.0)

# A protocol: yields the requests it needs, receives each one's response, returns credentials.
Exchange = Generator[httpx.Request, httpx.Response, Credentials]


def _drive(exchange: Exchange, http: httpx.Client) -> Credentials:
    try:
        request = next(exchange)
        while True:
            try:
                response = http.send(request)
                response.read()
            except httpx.HTTPError as exc:
                request = exchange.throw(exc)
            else:
                request = exchange.send(response)
    except StopIteration as done:
        credentials: Credentials = done.value
        return credentials


async def _drive_async(exchange: Exchange, http: httpx.AsyncClient) -> Credentials:
    try:
        request = next(exchange)
        while True:
            try:
                response = await http.send(request)
                await response.aread()
            except httpx.HTTPError as exc:
                request = exchange.throw(exc)
            else:
                request = exchange.send(response)
    except StopIteration as done:
        credentials: Credentials = done.value
        return credentials


class _HttpCredentials(RefreshingCredentials):
    """A refreshing provider whose `_exchange` talks HTTP; `_source` gives the credentials it
    signs with, if any."""

    timeout: httpx.Timeout = REMOTE_TIMEOUT
    trust_env = (
        True  # proxies from the environment (the metadata service is link-local: no)
    )

    def _exchange(self, source: Credentials | None) -> Exchange:
        raise NotImplementedError

    def _source(self) -> Credentials | None:
        return None

    async def _source_async(self) -> Credentials | None:
        return None

    def _fetch(self) -> Credentials:
        exchange = self._exchange(self._source())
        with httpx.Client(timeout=self.timeout, trust_env=self.trust_env) as http:
            return _drive(exchange, http)

    async def _fetch_async(self) -> Credentials:
        exchange = self._exchange(await self._source_async())
        async with httpx.AsyncClient(
            timeout=self.timeout, trust_env=self.trust_env
        ) as http:
            return await _drive_async(exchange, http)


# --- answers ---------------------------------------------------------------------------------


def _expiration(value: Any, where: str) -> float:
    """An `Expiration` such as "2024-05-01T12:00:00Z", as seconds since the epoch."""
    try:
        return float(calendar.timegm(time.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ")))
    except ValueError:
        raise ConfigurationError(
            f"{where}: the Expiration {value!r} is not a time like 2024-05-01T12:00:00Z"
        ) from None


def _json_object(response: httpx.Response, where: str) -> dict[str, Any]:
    try:
        data = json.loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ConfigurationError(
            f"{where}: HTTP {response.status_code}, the answer is not a JSON object"
        )
    return data


def _temporary_credentials(
    data: dict[str, Any], where: str, provider_name: str
) -> Credentials:
    """Credentials from a JSON object with AccessKeyId, AccessKeySecret, SecurityToken and
    Expiration (STS's `Credentials`, the metadata's and a credentials URI's answers)."""
    missing = [
        name
        for name in ("AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration")
        if not data.get(name)
    ]
    if missing:
        raise ConfigurationError(f"{where}: the answer has no {', '.join(missing)}")
    return Credentials(
        str(data["AccessKeyId"]),
        Secret(str(data["AccessKeySecret"])),
        Secret(str(data["SecurityToken"])),
        _expiration(data["Expiration"], where),
        provider_name,
    )


def _masked(message: str, secrets: tuple[str | None, ...]) -> str:
    """STS's `message` without its quoted string to sign and without `secrets`, raw or
    percent-encoded once or twice (as the client masks its token): a SignatureDoesNotMatch
    quotes the request's parameters, the source credentials' SecurityToken among them.
    """
    message = _SERVER_STRING_TO_SIGN.sub(
        "server string to sign is: (omitted: it holds the source's token)", message
    )
    for secret in secrets:
        if secret:
            once = _signing.percent_encode(secret)
            for form in (_signing.percent_encode(once), once, secret):
                message = message.replace(form, "<redacted>")
    return message


def _sts_credentials(
    response: httpx.Response,
    action: str,
    provider_name: str,
    secrets: tuple[str | None, ...] = (),
) -> Credentials:
    """The credentials of STS's answer; `secrets` (what the request was signed or proven with)
    are masked in the error of a refusal."""
    where = f"{provider_name}: STS {action} at {response.request.url.host}"
    data = _json_object(response, where)
    if response.status_code != 200:
        code = data.get("Code", "?")
        message = _masked(str(data.get("Message", "")), secrets)
        raise ConfigurationError(
            f"{where} answered HTTP {response.status_code} {code}: {message}"
        )
    found = data.get("Credentials")
    if not isinstance(found, dict):
        raise ConfigurationError(f"{where}: the answer has no Credentials")
    return _temporary_credentials(found, where, provider_name)


# --- STS -------------------------------------------------------------------------------------


def resolve_sts_endpoint(
    sts_endpoint: str | None = None,
    sts_region: str | None = None,
    enable_vpc: bool | None = None,
) -> str:
    """The STS base URL, chosen as the official library chooses its host (HTTPS)."""
    if sts_endpoint:
        return (
            sts_endpoint.rstrip("/")
            if "://" in sts_endpoint
            else f"https://{sts_endpoint}"
        )
    vpc = enable_vpc if enable_vpc is not None else env_flag(ENV_VPC_ENDPOINT)
    prefix = "sts-vpc" if vpc else "sts"
    region = sts_region or os.environ.get(ENV_STS_REGION) or None
    return (
        f"https://{prefix}.{region}.aliyuncs.com"
        if region
        else "https://sts.aliyuncs.com"
    )


def _timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _session_name(given: str | None) -> str:
    return (
        given
        or os.environ.get(ENV_ROLE_SESSION_NAME)
        or f"credentials-python-{int(time.time())}"  # the official library's default
    )


def _duration(value: int | None, provider_name: str) -> int:
    duration = DEFAULT_DURATION if value is None else int(value)
    if duration < MIN_DURATION:
        raise ConfigurationError(
            f"{provider_name}: the session duration must be {MIN_DURATION} seconds or more, "
            f"not {duration}"
        )
    return duration


def _required(value: str | None, env: str, what: str, provider_name: str) -> str:
    found = value or os.environ.get(env) or None
    if not found:
        raise ConfigurationError(f"{provider_name}: no {what}: pass it or set {env}")
    return found


class _AssumedRole(_HttpCredentials):
    """A role assumed at STS, by AssumeRole or AssumeRoleWithOIDC."""

    def _set_role(
        self,
        role_arn: str | None,
        session_name: str | None,
        duration: int | None,
        policy: str | None,
        *,
        sts_region: str | None,
        sts_endpoint: str | None,
        enable_vpc: bool | None,
        timeout: httpx.Timeout,
    ) -> None:
        """What both actions are given (arguments, else the environment, else defaults)."""
        self.role_arn = _required(role_arn, ENV_ROLE_ARN, "role ARN", self.name)
        self.session_name = _session_name(session_name)
        self.duration = _duration(duration, self.name)
        self.policy = policy or None
        self.endpoint = resolve_sts_endpoint(sts_endpoint, sts_region, enable_vpc)
        self.timeout = timeout


class RamRoleArnCredentials(_AssumedRole):
    """The credentials of a RAM role, assumed (STS AssumeRole) with those of `source_provider`:
    any provider, an official library's object, or None for the default chain."""

    name = "ram_role_arn"

    def __init__(
        self,
        source_provider: Any = None,
        role_arn: str | None = None,
        session_name: str | None = None,
        duration: int | None = DEFAULT_DURATION,
        policy: str | None = None,
        external_id: str | None = None,
        *,
        sts_region: str | None = None,
        sts_endpoint: str | None = None,
        enable_vpc: bool | None = None,
        timeout: httpx.Timeout = REMOTE_TIMEOUT,
    ) -> None:
        super().__init__()
        self.source: CredentialsProvider = resolve_provider(
            source_provider, None, None, None
        )
        self._set_role(
            role_arn,
            session_name,
            duration,
            policy,
            sts_region=sts_region,
            sts_endpoint=sts_endpoint,
            enable_vpc=enable_vpc,
            timeout=timeout,
        )
        self.external_id = external_id or None

    def _source(self) -> Credentials:
        return self.source.get_credentials()

    async def _source_async(self) -> Credentials:
        return await self.source.get_credentials_async()

    def _exchange(self, source: Credentials | None) -> Exchange:
        assert source is not None
        parameters = [
            ("DurationSeconds", str(self.duration)),
            ("RoleArn", self.role_arn),
            ("RoleSessionName", self.session_name),
        ]
        if self.policy:
            parameters.append(("Policy", self.policy))
        if self.external_id:
            parameters.append(("ExternalId", self.external_id))
        token = source.security_token.reveal() if source.security_token else None
        signed = _signing.sign_rpc_v2(
            method="GET",
            action="AssumeRole",
            version=STS_VERSION,
            query=parameters,
            form=[],
            access_key_id=source.access_key_id,
            access_key_secret=source.access_key_secret.reveal(),
            security_token=token,
            timestamp=_timestamp(),
            nonce=str(uuid.uuid4()),
        )
        url = f"{self.endpoint}/?{_signing.canonical_query(signed.query)}"
        response = yield httpx.Request("GET", url)
        fresh = _sts_credentials(
            response,
            "AssumeRole",
            self.name,
            (token, source.access_key_secret.reveal()),
        )
        return fresh.renamed(f"{self.name}/{source.provider_name}")

    def __repr__(self) -> str:
        return (
            f"RamRoleArnCredentials(role_arn={self.role_arn!r}, "
            f"session_name={self.session_name!r}, source={self.source!r})"
        )


class OidcRoleCredentials(_AssumedRole):
    """The credentials of a RAM role assumed with an OIDC token (STS AssumeRoleWithOIDC), as in
    Kubernetes' RRSA; not signed: the token is the proof."""

    name = "oidc_role_arn"

    def __init__(
        self,
        role_arn: str | None = None,
        oidc_provider_arn: str | None = None,
        oidc_token_file: str | None = None,
        session_name: str | None = None,
        duration: int | None = DEFAULT_DURATION,
        policy: str | None = None,
        *,
        sts_region: str | None = None,
        sts_endpoint: str | None = None,
        enable_vpc: bool | None = None,
        timeout: httpx.Timeout = REMOTE_TIMEOUT,
    ) -> None:
        super().__init__()
        self._set_role(
            role_arn,
            session_name,
            duration,
            policy,
            sts_region=sts_region,
            sts_endpoint=sts_endpoint,
            enable_vpc=enable_vpc,
            timeout=timeout,
        )
        self.oidc_provider_arn = _required(
            oidc_provider_arn, ENV_OIDC_PROVIDER_ARN, "OIDC provider ARN", self.name
        )
        self.oidc_token_file = _required(
            oidc_token_file, ENV_OIDC_TOKEN_FILE, "OIDC token file", self.name
        )

    def _token(self) -> str:
        try:
            with open(self.oidc_token_file, encoding="utf-8") as file:
                token = file.read().strip()
        except OSError as exc:
            raise ConfigurationError(
                f"{self.name}: cannot read the OIDC token file {self.oidc_token_file}: "
                f"{exc.strerror or exc}"
            ) from None
        if not token:
            raise ConfigurationError(
                f"{self.name}: the OIDC token file {self.oidc_token_file} is empty"
            )
        return token

    def _exchange(self, source: Credentials | None) -> Exchange:
        query = [
            ("Action", "AssumeRoleWithOIDC"),
            ("Format", "JSON"),
            ("Version", STS_VERSION),
            ("Timestamp", _timestamp()),
        ]
        oidc_token = self._token()
        form = [
            ("DurationSeconds", str(self.duration)),
            ("RoleArn", self.role_arn),
            ("OIDCProviderArn", self.oidc_provider_arn),
            ("OIDCToken", oidc_token),
            ("RoleSessionName", self.session_name),
        ]
        if self.policy:
            form.append(("Policy", self.policy))
        response = yield httpx.Request(
            "POST",
            f"{self.endpoint}/?{_signing.canonical_query(query)}",
            content=_signing.canonical_query(form).encode("ascii"),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        return _sts_credentials(
            response, "AssumeRoleWithOIDC", self.name, (oidc_token,)
        )

    def __repr__(self) -> str:
        return (
            f"OidcRoleCredentials(role_arn={self.role_arn!r}, "
            f"oidc_provider_arn={self.oidc_provider_arn!r}, "
            f"oidc_token_file={self.oidc_token_file!r})"
        )


# --- ECS metadata ----------------------------------------------------------------------------


class EcsRamRoleCredentials(_HttpCredentials):
    """The RAM role of the ECS instance this runs on, from its metadata service."""

    name = "ecs_ram_role"
    prefetch_after = 3600.0  # the official library refreshes an hour after each fetch
    trust_env = False

    def __init__(
        self,
        role_name: str | None = None,
        *,
        disable_imds_v1: bool | None = None,
        endpoint: str = METADATA_ENDPOINT,
        timeout: httpx.Timeout = METADATA_TIMEOUT,
    ) -> None:
        super().__init__()
        if env_flag(ENV_ECS_DISABLED):
            raise ConfigurationError(
                f"{self.name}: the metadata service is disabled by {ENV_ECS_DISABLED}=true"
            )
        self.role_name = role_name or os.environ.get(ENV_ECS_ROLE) or None
        self.disable_imds_v1 = (
            disable_imds_v1
            if disable_imds_v1 is not None
            else env_flag(ENV_IMDSV1_DISABLED)
        )
        self.endpoint = endpoint.rstrip("/")
        self.timeout = timeout

    def _exchange(self, source: Credentials | None) -> Exchange:
        where = f"{self.name}: the metadata service at {httpx.URL(self.endpoint).host}"
        token: str | None = None
        try:
            answer = yield httpx.Request(
                "PUT",
                self.endpoint + METADATA_TOKEN_PATH,
                headers={METADATA_TOKEN_TTL_HEADER: str(METADATA_TOKEN_TTL)},
            )
            if answer.status_code == 200:
                token = answer.text.strip() or None
            elif self.disable_imds_v1:
                raise ConfigurationError(
                    f"{where} answered HTTP {answer.status_code} to the session token request "
                    f"(and IMDSv1 is disabled by {ENV_IMDSV1_DISABLED})"
                )
        except httpx.HTTPError as exc:
            if self.disable_imds_v1:
                raise ConfigurationError(
                    f"{where}: no session token: {type(exc).__name__}: {exc}"
                ) from None
            # IMDSv1 below: an unreachable service fails there, once more
        role = self.role_name
        if role is None:
            listing = yield from self._get(METADATA_ROLES_PATH, token, where)
            role = listing.text.strip().splitlines()[0] if listing.text.strip() else ""
            if not role:
                raise ConfigurationError(f"{where}: the instance has no RAM role")
        answer = yield from self._get(METADATA_ROLES_PATH + role, token, where)
        data = _json_object(answer, where)
        if data.get("Code") != "Success":
            raise ConfigurationError(
                f"{where}: role {role!r} answered Code {data.get('Code')!r}"
            )
        return _temporary_credentials(data, where, self.name)

    def _get(
        self, path: str, token: str | None, where: str
    ) -> Generator[httpx.Request, httpx.Response, httpx.Response]:
        """GET a metadata path with the session token, and without it when that fails (IMDSv1,
        unless disabled), as the official library does."""
        headers = {METADATA_TOKEN_HEADER: token} if token else {}
        try:
            answer = yield httpx.Request("GET", self.endpoint + path, headers=headers)
        except httpx.HTTPError:
            if token is None or self.disable_imds_v1:
                raise
            answer = yield httpx.Request("GET", self.endpoint + path)
        if answer.status_code != 200 and token is not None and not self.disable_imds_v1:
            answer = yield httpx.Request("GET", self.endpoint + path)
        if answer.status_code != 200:
            raise ConfigurationError(
                f"{where} answered HTTP {answer.status_code} for {path}"
            )
        return answer

    def __repr__(self) -> str:
        return f"EcsRamRoleCredentials(role_name={self.role_name!r}, endpoint={self.endpoint!r})"


# --- credentials URI -------------------------------------------------------------------------


class UriCredentials(_HttpCredentials):
    """Credentials from a URI answering the metadata's JSON (Code "Success", AccessKeyId, ...)."""

    name = "credential_uri"

    def __init__(
        self, uri: str | None = None, *, timeout: httpx.Timeout = REMOTE_TIMEOUT
    ) -> None:
        super().__init__()
        self.uri = _required(uri, ENV_CREDENTIALS_URI, "credentials URI", self.name)
        if "://" not in self.uri:
            self.uri = f"http://{self.uri}"  # the official library's default protocol
        self.timeout = timeout

    @property
    def shown_uri(self) -> str:
        """The URI without what may hold a secret: user and password, query, fragment."""
        return str(
            httpx.URL(self.uri).copy_with(userinfo=b"", query=None, fragment=None)
        )

    def _exchange(self, source: Credentials | None) -> Exchange:
        where = f"{self.name}: {self.shown_uri}"
        url = httpx.URL(self.uri)
        headers = {}
        if url.userinfo:
            # Sent as a header, not in the URL, which httpx logs.
            basic = f"{url.username}:{url.password}".encode()
            headers["authorization"] = f"Basic {base64.b64encode(basic).decode()}"
        answer = yield httpx.Request(
            "GET", url.copy_with(userinfo=b""), headers=headers
        )
        data = _json_object(answer, where)
        if answer.status_code != 200 or data.get("Code") != "Success":
            raise ConfigurationError(
                f"{where} answered HTTP {answer.status_code}, Code {data.get('Code')!r}"
            )
        return _temporary_credentials(data, where, self.name)

    def __repr__(self) -> str:
        return f"UriCredentials(uri={self.shown_uri!r})"
