"""PDS's calls without an AccessKey signature: which way each call authenticates
(`client.auth`), the bearer token's holder (`credentials.bearer`), the unsigned request's
headers (`signing.pds`) and the emulator's check of them (`testing.auth`)."""

from __future__ import annotations

from typing import Any

import pytest

from acs_core.client.auth import scheme
from acs_core.credentials import BearerToken, Secret
from acs_core.credentials.bearer import bearer_provider
from acs_core.errors import ConfigurationError
from acs_core.info import OperationInfo
from acs_core.signing import pds_v1_headers, unsigned_pds_v1
from acs_core.testing.answers import Refusal
from acs_core.testing.auth import BearerTokens
from acs_core.testing.products import OperationModel

TOKEN = "eyJhbGciOiJSUzI1NiJ9.user-1.sig"


def info(*auth: str) -> OperationInfo:
    return OperationInfo("Op", None, None, auth=auth)


@pytest.mark.parametrize(
    ("auth", "has_bearer", "expected"),
    [
        (("access_key",), True, "access_key"),
        (("access_key",), False, "access_key"),
        (("access_key", "bearer"), True, "bearer"),
        (("access_key", "bearer"), False, "access_key"),
        (("bearer",), True, "bearer"),
        (("anonymous",), True, "anonymous"),
        (("anonymous",), False, "anonymous"),
    ],
)
def test_each_call_authenticates_as_its_operation_and_the_client_allow(
    auth: tuple[str, ...], has_bearer: bool, expected: str
) -> None:
    bearer = BearerToken(TOKEN) if has_bearer else None
    assert scheme(info(*auth), bearer) == expected


def test_an_operation_that_takes_only_a_bearer_token_needs_one() -> None:
    with pytest.raises(
        ConfigurationError, match="Op takes a bearer token only: pass bearer_token="
    ):
        scheme(info("bearer"), None)


@pytest.mark.parametrize("token", ["", "two words", "line\nbreak", "é"])
def test_a_bearer_token_that_cannot_travel_in_a_header_is_refused(token: str) -> None:
    with pytest.raises(ConfigurationError, match="bearer_token must be"):
        BearerToken(token)


def test_a_bearer_token_never_shows_in_a_repr() -> None:
    holder = bearer_provider(Secret(TOKEN))
    assert holder is not None
    assert TOKEN not in repr(holder)
    assert holder.get_bearer_token().reveal() == TOKEN


def test_bearer_token_takes_a_text_a_secret_or_a_provider_only() -> None:
    with pytest.raises(ConfigurationError, match="got int"):
        bearer_provider(42)


def headers(**extra: str) -> dict[str, str]:
    return pds_v1_headers(
        host="bj1234.api.aliyunpds.com",
        action="Token",
        version="2022-03-01",
        content_type="application/x-www-form-urlencoded",
        date="Sun, 06 Dec 2026 21:00:00 GMT",
        nonce="n1",
        extra_headers=extra,
    )


def test_an_anonymous_request_carries_no_authorization() -> None:
    sent = unsigned_pds_v1(query=[], body=b"a=1", headers=headers())
    assert "authorization" not in sent.headers
    assert sent.headers["x-acs-action"] == "Token"
    assert sent.headers["x-acs-signature-method"] == "HMAC-SHA1"  # as the SDK sends
    assert sent.string_to_sign == ""


def test_a_bearer_request_carries_the_token_in_both_headers() -> None:
    sent = unsigned_pds_v1(query=[], body=b"", headers=headers(), bearer_token=TOKEN)
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["x-acs-bearer-token"] == TOKEN


@pytest.mark.parametrize("name", ["Authorization", "x-acs-bearer-token"])
def test_a_caller_s_header_cannot_stand_for_a_credential(name: str) -> None:
    with pytest.raises(ValueError, match="set by the signer"):
        headers(**{name: "x"})


def operation(*auth: str) -> OperationModel:
    return OperationModel("Op", "op", (), auth=auth)


def bearer_headers(token: str, copy: str | None = None) -> dict[str, str]:
    return {
        "authorization": f"Bearer {token}",
        "x-acs-bearer-token": token if copy is None else copy,
    }


@pytest.mark.parametrize(
    ("scheme_", "auth", "sent", "refused"),
    [
        (None, ("access_key",), {}, ("IncompleteSignature", None)),
        (None, ("access_key", "bearer"), {}, ("IncompleteSignature", None)),
        (
            "bearer",
            ("access_key",),
            bearer_headers(TOKEN),
            ("IncompleteSignature", 400),
        ),
        ("bearer", ("bearer",), bearer_headers("other"), ("AccessTokenInvalid", 401)),
        (
            "bearer",
            ("bearer",),
            bearer_headers(TOKEN, "x"),
            ("AccessTokenInvalid", 401),
        ),
        ("roa-v2", ("bearer",), {}, ("Forbidden", 403)),
    ],
)
def test_the_emulator_refuses_a_way_the_operation_does_not_take(
    scheme_: str | None,
    auth: tuple[str, ...],
    sent: dict[str, str],
    refused: tuple[str, Any],
) -> None:
    tokens = BearerTokens()
    tokens.accept(TOKEN)
    with pytest.raises(Refusal) as caught:
        tokens.check(scheme_, operation(*auth), sent)
    assert (caught.value.code, caught.value.status) == refused


@pytest.mark.parametrize(
    ("scheme_", "auth", "sent"),
    [
        (None, ("anonymous",), {}),
        ("bearer", ("access_key", "bearer"), bearer_headers(TOKEN)),
        ("bearer", ("bearer",), bearer_headers(TOKEN)),
        ("roa-v2", ("access_key", "bearer"), {}),  # the signature is verified before
    ],
)
def test_the_emulator_lets_through_a_way_the_operation_takes(
    scheme_: str | None, auth: tuple[str, ...], sent: dict[str, str]
) -> None:
    tokens = BearerTokens()
    tokens.accept(TOKEN)
    tokens.check(scheme_, operation(*auth), sent)


def test_a_revoked_token_is_refused() -> None:
    tokens = BearerTokens()
    tokens.accept(TOKEN)
    tokens.revoke(TOKEN)
    with pytest.raises(Refusal) as caught:
        tokens.check("bearer", operation("bearer"), bearer_headers(TOKEN))
    assert caught.value.code == "AccessTokenInvalid"
