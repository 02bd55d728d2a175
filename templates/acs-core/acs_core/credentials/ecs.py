"""The ECS instance's RAM role, from the metadata service (100.100.100.200), as Alibaba
Cloud's credentials library reads it: with an IMDSv2 session token, falling back to IMDSv1 unless
`ALIBABA_CLOUD_IMDSV1_DISABLED`; `ALIBABA_CLOUD_ECS_METADATA` names the role,
`ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns it off. Refreshed an hour after each fetch, as
the official library does, and before expiry. `endpoint=` replaces the service's address, for
tests.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import httpx

from ..errors import ConfigurationError
from .base import Credentials, env_flag
from .http import Exchange, HttpCredentials, json_object, temporary_credentials

__all__ = ["METADATA_ENDPOINT", "EcsRamRoleCredentials"]

ENV_ECS_ROLE = "ALIBABA_CLOUD_ECS_METADATA"
ENV_ECS_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED"
ENV_IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED"
METADATA_ENDPOINT = "http://100.100.100.200"
METADATA_TOKEN_PATH = "/latest/api/token"
METADATA_ROLES_PATH = "/latest/meta-data/ram/security-credentials/"
METADATA_TOKEN_TTL = 21600  # seconds an IMDSv2 session token is asked for
METADATA_TOKEN_HEADER = "X-aliyun-ecs-metadata-token"
METADATA_TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds"
METADATA_TIMEOUT = httpx.Timeout(1.0)  # the official library's


class EcsRamRoleCredentials(HttpCredentials):
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
        data = json_object(answer, where)
        if data.get("Code") != "Success":
            raise ConfigurationError(
                f"{where}: role {role!r} answered Code {data.get('Code')!r}"
            )
        return temporary_credentials(data, where, self.name)

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
