"""Fixtures of acs-core's own tests: `oss`, an emulator serving OSS alone (bucket "media",
keys testid/testsecret and the STS triple STS.id/sts-secret/sts-token), which the sender's and
transfer's tests use too; and `wire`, requests to it as the official OSS SDKs send them, signed
by acs_core.signing (proven equal to theirs)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

from acs_core.oss.addressing import build_address, encode_request_query
from acs_core.signing.oss_v1 import sign_v1_headers
from acs_core.signing.oss_v4 import sign_v4_headers
from acs_core.testing import Emulator

KEY_ID, SECRET = "testid", "testsecret"
STS_ID, STS_SECRET, STS_TOKEN = "STS.id", "sts-secret", "sts-token"
REGION = "cn-hangzhou"
BUCKET = "media"


@pytest.fixture
def oss() -> Iterator[Emulator]:
    with Emulator(
        credentials={KEY_ID: SECRET, STS_ID: (STS_SECRET, STS_TOKEN)}
    ) as emulator:
        emulator.oss.create_bucket(BUCKET)
        yield emulator


class Wire:
    """Signed requests to one emulator (a fixture: test modules cannot import each other)."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    def __call__(
        self,
        method: str,
        bucket: str | None = BUCKET,
        key: str | None = None,
        **options: Any,
    ) -> httpx.Response:
        return send(self.emu.endpoint, method, bucket, key, **options)

    def error_of(self, response: httpx.Response) -> dict[str, str]:
        return error_of(response)

    def xml_of(self, response: httpx.Response) -> ET.Element:
        return xml_of(response)


@pytest.fixture
def wire(oss: Emulator) -> Wire:
    return Wire(oss)


@pytest.fixture
def wire_for() -> type[Wire]:
    """`wire_for(emulator)`: requests to another emulator."""
    return Wire


def send(
    endpoint: str,
    method: str,
    bucket: str | None = None,
    key: str | None = None,
    *,
    query: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    body: Any = b"",
    version: str = "v4",
    key_id: str = KEY_ID,
    secret: str = SECRET,
    token: str | None = None,
    when: float | None = None,
) -> httpx.Response:
    """One request, signed with V4, V1 or nothing (`version="anonymous"`)."""
    sent = dict(headers or {})
    if version == "v4":
        signed = sign_v4_headers(
            method,
            bucket=bucket,
            key=key,
            query=query,
            headers=sent,
            access_key_id=key_id,
            access_key_secret=secret,
            security_token=token,
            region=REGION,
            when=when,
        )
        sent.update(signed.headers)
    elif version == "v1":
        signed = sign_v1_headers(
            method,
            bucket=bucket,
            key=key,
            query=query,
            headers=sent,
            access_key_id=key_id,
            access_key_secret=secret,
            security_token=token,
            when=when,
        )
        sent.update(signed.headers)
    address = build_address(bucket=bucket, key=key, endpoint=endpoint)
    return httpx.request(
        method,
        address.url(encode_request_query(query)),
        headers=sent,
        content=body,
        timeout=10,
    )


def error_of(response: httpx.Response) -> dict[str, str]:
    """The fields of an OSS `<Error>` body."""
    root = ET.fromstring(response.content)
    assert root.tag == "Error", response.content
    return {child.tag: child.text or "" for child in root}


def xml_of(response: httpx.Response) -> ET.Element:
    assert response.headers["content-type"] == "application/xml", response.text
    return ET.fromstring(response.content)
