"""FC 3.0, FC-Open and AliGenie on the wire, against their official SDKs.

Their metadata says styles of their own (`FC`, `AliGenie`); their SDKs send REST-style requests
signed with ACS3-HMAC-SHA256. A few operations of each product are imported from `specs/vendor/`
(with their overlays) and generated; then, for the same call, the official SDK and our client
both talk to our emulator over loopback:
- the emulator accepts the official SDK's requests (which sign every header they send: it
  verifies with the request's own SignedHeaders) and answers the goldens: JSON, no content
  (FC's 204 deletes) or the function's bytes (InvokeFunction);
- our client sends the same method, path, query, body and content type as the SDK, and reads
  the same answer;
- our signing functions, given the SDK's own request, compute the SDK's own signature.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fc_aligenie_cases import (
    CASES,
    IDS,
    KEY_ID,
    SECRET,
    Case,
    agrees,
    emulator,
    golden,
    importlib,
    json,
    official,
    ours,
    sdk_body,
)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_official_sdk_is_answered_by_our_emulator(
    fc_aligenie: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        response = case.sdk_call(client, models)
        received = emu.requests[-1]
    status, text = golden(case.product, case.operation)
    assert (received.status, received.code) == (status, None)
    assert received.operation == case.operation
    assert received.signature_version == "v3"
    assert received.params == {**{key: None for key in received.params}, **case.params}
    assert response.status_code == status
    if case.answer == "binary":
        assert sdk_body(case, response) == json.loads(text).encode("utf-8")
    elif case.answer == "none":
        assert status == 204 and sdk_body(case, response) is None
    else:  # the SDK's models keep the fields they declare: each as the golden has it
        assert agrees(sdk_body(case, response), json.loads(text))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_our_client_sends_what_the_official_sdk_sends_and_reads_the_same(
    fc_aligenie: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        response = case.sdk_call(client, models)
        with ours(case.product, emu.endpoint) as mine:
            answer = case.our_call(mine)
        theirs, sent = emu.requests[-2], emu.requests[-1]
    assert (sent.status, sent.code) == (theirs.status, None)
    assert (sent.method, sent.path) == (theirs.method, theirs.path)
    assert sent.query == theirs.query
    assert sent.body == theirs.body
    if case.product == "fc-open-2021-04-06" and case.operation == "InvokeFunction":
        # FC-Open's SDK sends its raw bytes with no content type at all (`req_body_type`
        # 'byte'); ours declares them `application/octet-stream`, as FC 3.0's SDK does.
        assert "content-type" not in theirs.headers
        assert sent.headers["content-type"] == "application/octet-stream"
    else:
        assert sent.headers.get("content-type") == theirs.headers.get("content-type")
    assert sent.params == theirs.params
    if case.answer == "json":
        assert answer.to_dict() == json.loads(golden(case.product, case.operation)[1])
    else:  # the same bytes as the SDK's, or nothing (None) where it reads nothing
        assert answer == sdk_body(case, response)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_our_signing_computes_the_official_sdk_s_signature(
    fc_aligenie: Path, case: Case
) -> None:
    """The SDK signs every header it sends (accept, user-agent, x-fc-*, ...); given those as
    extra headers, our V3 signer computes its very signature."""
    signing = importlib.import_module("acs_core.signing")
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint)
        case.sdk_call(client, models)
        theirs = emu.requests[-1]
    headers = theirs.headers
    names = signing.parse_authorization_v3(headers["authorization"])[1]
    own = {
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
        "content-type",
    }
    signed = signing.sign_v3(
        method=theirs.method,
        host=headers["host"],
        path=theirs.path,
        action=headers["x-acs-action"],
        version=headers["x-acs-version"],
        query=list(theirs.query.items()),
        body=theirs.body,
        content_type=headers.get("content-type"),
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=None,
        nonce=headers["x-acs-signature-nonce"],
        date=headers["x-acs-date"],
        extra_headers={n: headers[n] for n in names if n not in own},
    )
    assert signed.headers["Authorization"] == headers["authorization"]
    assert {"accept", "user-agent"} <= set(names)  # more than our own client signs
