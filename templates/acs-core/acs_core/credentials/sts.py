"""RAM roles assumed at STS, as Alibaba Cloud's credentials library assumes them.

* `RamRoleArnCredentials`: STS `AssumeRole`, signed (RPC, HMAC-SHA1) with the credentials of any
  other provider (by default, the process's default chain). `ALIBABA_CLOUD_ROLE_ARN`,
  `ALIBABA_CLOUD_ROLE_SESSION_NAME`.
* `OidcRoleCredentials`: STS `AssumeRoleWithOIDC` with the token of a file (read at every
  refresh, as such files are rotated). `ALIBABA_CLOUD_ROLE_ARN`,
  `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`, `ALIBABA_CLOUD_OIDC_TOKEN_FILE`,
  `ALIBABA_CLOUD_ROLE_SESSION_NAME`. The token travels in a form body, not in the URL, so that
  no request log shows it.

STS is `sts.aliyuncs.com`, or `sts[-vpc].<region>.aliyuncs.com` with `sts_region=`
(`ALIBABA_CLOUD_STS_REGION`) and `enable_vpc=` (`ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`);
`sts_endpoint=` (a host, or a URL such as `http://127.0.0.1:8080`) overrides them, for tests.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import httpx

from .. import signing as _signing
from ..errors import ConfigurationError
from ..signing import SERVER_STRING_TO_SIGN
from .base import Credentials, CredentialsProvider, env_flag
from .http import (
    REMOTE_TIMEOUT,
    Exchange,
    HttpCredentials,
    json_object,
    required,
    temporary_credentials,
)
from .official import as_provider
from .shared import default_chain

__all__ = [
    "OidcRoleCredentials",
    "RamRoleArnCredentials",
    "resolve_sts_endpoint",
]

ENV_ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN"
ENV_ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME"
ENV_OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN"
ENV_OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE"
ENV_STS_REGION = "ALIBABA_CLOUD_STS_REGION"
ENV_VPC_ENDPOINT = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED"

STS_VERSION = "2015-04-01"
DEFAULT_DURATION = 3600  # seconds STS credentials are asked for
MIN_DURATION = 900


def _masked(message: str, secrets: tuple[str | None, ...]) -> str:
    """STS's `message` without its quoted string to sign and without `secrets`, raw or
    percent-encoded once or twice (as the client masks its token): a SignatureDoesNotMatch
    quotes the request's parameters, the source credentials' SecurityToken among them.
    """
    message = SERVER_STRING_TO_SIGN.sub(
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
    data = json_object(response, where)
    if response.status_code != 200:
        code = data.get("Code", "?")
        message = _masked(str(data.get("Message", "")), secrets)
        raise ConfigurationError(
            f"{where} answered HTTP {response.status_code} {code}: {message}"
        )
    found = data.get("Credentials")
    if not isinstance(found, dict):
        raise ConfigurationError(f"{where}: the answer has no Credentials")
    return temporary_credentials(found, where, provider_name)


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


class _AssumedRole(HttpCredentials):
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
        self.role_arn = required(role_arn, ENV_ROLE_ARN, "role ARN", self.name)
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
        self.source: CredentialsProvider = (
            default_chain() if source_provider is None else as_provider(source_provider)
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
        self.oidc_provider_arn = required(
            oidc_provider_arn, ENV_OIDC_PROVIDER_ARN, "OIDC provider ARN", self.name
        )
        self.oidc_token_file = required(
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
