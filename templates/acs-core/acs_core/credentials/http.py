"""Providers of temporary credentials fetched over HTTP, as Alibaba Cloud's credentials library
fetches them (same endpoints, environment variables, parameters, signatures and answers): the
shared machinery. The providers are `sts` (RAM roles: AssumeRole, AssumeRoleWithOIDC), `ecs`
(the instance's RAM role) and `uri` (a credentials URI).

Each protocol is written once, as a generator that yields the HTTP requests it needs and
receives their responses; `drive` and `drive_async` send them with `httpx.Client` and
`httpx.AsyncClient`.
"""

from __future__ import annotations

import calendar
import json
import os
import time
from collections.abc import Generator
from typing import Any

import httpx

from .. import logs
from ..errors import ConfigurationError
from ..tls import shared_ssl_context
from .base import Credentials, RefreshingCredentials, Secret

__all__ = [
    "REMOTE_TIMEOUT",
    "Exchange",
    "HttpCredentials",
    "drive",
    "drive_async",
    "json_object",
    "required",
    "temporary_credentials",
]

# Signatures and tokens travel in request URLs, which httpx logs: mask them in its log lines.
logs.install_redaction()

# The official library's timeouts: STS and URIs 5 s to connect, 10 s to read.
REMOTE_TIMEOUT = httpx.Timeout(10.0, connect=5.0)

# A protocol: yields the requests it needs, receives each one's response, returns credentials.
Exchange = Generator[httpx.Request, httpx.Response, Credentials]


def drive(exchange: Exchange, http: httpx.Client) -> Credentials:
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


async def drive_async(exchange: Exchange, http: httpx.AsyncClient) -> Credentials:
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


class HttpCredentials(RefreshingCredentials):
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
        with httpx.Client(
            timeout=self.timeout, trust_env=self.trust_env, verify=shared_ssl_context()
        ) as http:
            return drive(exchange, http)

    async def _fetch_async(self) -> Credentials:
        exchange = self._exchange(await self._source_async())
        async with httpx.AsyncClient(
            timeout=self.timeout, trust_env=self.trust_env, verify=shared_ssl_context()
        ) as http:
            return await drive_async(exchange, http)


def expiration(value: Any, where: str) -> float:
    """An `Expiration` such as "2024-05-01T12:00:00Z", as seconds since the epoch."""
    try:
        return float(calendar.timegm(time.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ")))
    except ValueError:
        raise ConfigurationError(
            f"{where}: the Expiration {value!r} is not a time like 2024-05-01T12:00:00Z"
        ) from None


def json_object(response: httpx.Response, where: str) -> dict[str, Any]:
    try:
        data = json.loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ConfigurationError(
            f"{where}: HTTP {response.status_code}, the answer is not a JSON object"
        )
    return data


def temporary_credentials(
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
        expiration(data["Expiration"], where),
        provider_name,
    )


def required(value: str | None, env: str, what: str, provider_name: str) -> str:
    found = value or os.environ.get(env) or None
    if not found:
        raise ConfigurationError(f"{provider_name}: no {what}: pass it or set {env}")
    return found
