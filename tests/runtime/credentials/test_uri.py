"""Credentials from a URI (`ALIBABA_CLOUD_CREDENTIALS_URI`): what the official library reads,
and a password in the URI sent as basic auth and shown nowhere.
"""

from __future__ import annotations

import calendar
import logging
import time

import acs_vod
import pytest
from acs_core.credentials import UriCredentials
from acs_core.testing.fakes import FakeCredentialsUri


def test_credentials_uri_answers_what_the_official_library_reads() -> None:
    from alibabacloud_credentials.provider import URLCredentialsProvider

    with FakeCredentialsUri() as uri:
        official = URLCredentialsProvider(uri=uri.endpoint + "/c?a=1").get_credentials()
        ours = UriCredentials(uri.endpoint + "/c?a=1").get_credentials()
    assert official.get_access_key_id() == "STS.uri-1"
    assert ours.access_key_id == "STS.uri-2"

    def expiration(grant: dict[str, str]) -> int:
        return calendar.timegm(time.strptime(grant["Expiration"], "%Y-%m-%dT%H:%M:%SZ"))

    assert official.get_expiration() == expiration(uri.issued[0])
    assert ours.expiration == expiration(uri.issued[1])
    assert [r.query for r in uri.requests] == [{"a": "1"}, {"a": "1"}]


def test_credentials_uri_password_is_sent_as_basic_auth_and_shown_nowhere(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with FakeCredentialsUri() as uri:
        uri.fail_next(1, status=403)
        provider = UriCredentials(
            uri.endpoint.replace("://", "://user:pa55w0rd@") + "/c"
        )
        with caplog.at_level(logging.INFO):
            with pytest.raises(acs_vod.ConfigurationError) as raised:
                provider.get_credentials()
            provider.get_credentials()
    assert uri.requests[-1].headers["authorization"] == "Basic dXNlcjpwYTU1dzByZA=="
    assert "HTTP 403" in str(raised.value)
    assert "pa55w0rd" not in str(raised.value)
    assert "pa55w0rd" not in caplog.text
