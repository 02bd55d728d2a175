"""The emulator's credentials: long-term keys, STS triples (key ID -> (secret, token)) whose
requests must carry their token, keys accepted later, and faults aimed at one kind of call.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import httpx
import pytest

from acs_core import signing
from acs_core.testing import Emulator


def _call(
    emu: Emulator, key_id: str, secret: str, token: str | None = None
) -> httpx.Response:
    """A V3-signed RPC call (of a version no product here has: the checks come first)."""
    host = emu.endpoint.removeprefix("http://")
    signed = signing.sign_rpc_v3(
        method="POST",
        host=host,
        action="Describe",
        version="2020-01-01",
        query=[],
        form=[],
        access_key_id=key_id,
        access_key_secret=secret,
        security_token=token,
        date=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        nonce=uuid.uuid4().hex,
    )
    return httpx.post(
        f"{emu.endpoint}/", headers=signed.headers, content=signed.body, timeout=5
    )


def _code(response: httpx.Response) -> str:
    code: str = response.json()["Code"]
    return code


def test_sts_triples_need_their_token() -> None:
    with Emulator(
        credentials={"long": "secret", "STS.a": ("sts-secret", "tok")}
    ) as emu:
        assert _code(_call(emu, "STS.a", "sts-secret", "tok")) == "InvalidVersion"
        assert _code(_call(emu, "STS.a", "sts-secret")) == "MissingSecurityToken"
        assert (
            _code(_call(emu, "STS.a", "sts-secret", "other"))
            == "InvalidSecurityToken.MismatchWithAccessKey"
        )
        # A long-term key may come with any token (the gateway does not look).
        assert _code(_call(emu, "long", "secret", "any")) == "InvalidVersion"
        assert emu.credentials == {"long": "secret", "STS.a": "sts-secret"}
        assert emu.security_tokens == {"STS.a": "tok"}


def test_keys_accepted_later() -> None:
    with Emulator(credentials={}) as emu:  # none at first
        assert (
            _code(_call(emu, "testid", "testsecret")) == "InvalidAccessKeyId.NotFound"
        )
        assert _code(_call(emu, "new", "s")) == "InvalidAccessKeyId.NotFound"
        emu.accept("new", "s", "t")
        assert _code(_call(emu, "new", "s", "t")) == "InvalidVersion"
        emu.accept("new", "s")  # now a long-term key
        assert _code(_call(emu, "new", "s")) == "InvalidVersion"


def test_an_emulator_of_no_product_answers_the_gateway_shape() -> None:
    with Emulator() as emu:
        assert emu.products == []
        unsigned = httpx.post(f"{emu.endpoint}/?Action=X&Version=2020-01-01")
        assert unsigned.status_code == 400
        assert unsigned.json()["Code"] == "IncompleteSignature"


def test_faults_wait_for_their_kind_of_call() -> None:
    with Emulator() as emu:
        emu.inject("throttling", count=1, on="oss")
        emu.inject("server_error", count=1, on="gateway", status=503)
        assert _call(emu, "testid", "testsecret").status_code == 503
        assert _code(_call(emu, "testid", "testsecret")) == "InvalidVersion"
        with pytest.raises(ValueError, match="unknown target"):
            emu.inject("drop", on="somewhere")
        with pytest.raises(ValueError, match="unknown fault"):
            emu.inject("meteor")
