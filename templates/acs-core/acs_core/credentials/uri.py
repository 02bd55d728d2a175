"""Credentials from `ALIBABA_CLOUD_CREDENTIALS_URI`: a GET answering the metadata's JSON."""

from __future__ import annotations

import base64

import httpx

from ..errors import ConfigurationError
from .base import Credentials
from .http import (
    REMOTE_TIMEOUT,
    Exchange,
    HttpCredentials,
    json_object,
    required,
    temporary_credentials,
)

__all__ = ["UriCredentials"]

ENV_CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI"


class UriCredentials(HttpCredentials):
    """Credentials from a URI answering the metadata's JSON (Code "Success", AccessKeyId, ...)."""

    name = "credential_uri"

    def __init__(
        self, uri: str | None = None, *, timeout: httpx.Timeout = REMOTE_TIMEOUT
    ) -> None:
        super().__init__()
        self.uri = required(uri, ENV_CREDENTIALS_URI, "credentials URI", self.name)
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
        data = json_object(answer, where)
        if answer.status_code != 200 or data.get("Code") != "Success":
            raise ConfigurationError(
                f"{where} answered HTTP {answer.status_code}, Code {data.get('Code')!r}"
            )
        return temporary_credentials(data, where, self.name)

    def __repr__(self) -> str:
        return f"UriCredentials(uri={self.shown_uri!r})"
