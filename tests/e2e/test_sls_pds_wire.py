"""SLS and PDS on the wire, against their official SDKs.

Their metadata says styles of their own (`SLS`, `PDS`); their SDKs send REST-style requests
signed their own way (`LOG <id>:<sig>` HMAC-SHA256, `acs <id>:<sig>` HMAC-SHA1), with the
project or the domain in the host. A few operations of each are imported from `specs/vendor/`
and generated; then, for the same call, the official SDK and our client both talk to our
emulator over loopback:
- the emulator verifies the official SDK's signature (and its STS token), finds the operation
  (by method, path, fixed query and the host's first label) and answers the golden;
- our client sends the same method, path, query, body and content type as the SDK, with the
  same parameters as the emulator reads them, and reads the same answer;
- an error answered in the product's own shape reaches both as the same code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sls_pds_cases import CASES, IDS, Case, emulator, official, ours

SLS_GET, PDS_GET = (
    next(c for c in CASES if c.product.startswith(p) and not c.extra)
    for p in ("sls", "pds")
)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_official_sdk_is_answered_by_our_emulator(
    sls_pds: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case, emu.endpoint)
        response = case.sdk_call(client, models)
        received = emu.requests[-1]
    assert (received.status, received.code) == (200, None)
    assert received.operation == case.operation
    product = case.product.split("-")[0]
    assert received.signature_version == (case.signature or f"{product}_v1")
    assert received.params == {**{key: None for key in received.params}, **case.params}
    assert response.status_code == 200


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_our_client_sends_what_the_official_sdk_sends_and_reads_the_same(
    sls_pds: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case, emu.endpoint)
        response = case.sdk_call(client, models)
        with ours(case, emu.endpoint) as mine:
            answer = case.our_call(mine)
        theirs, sent = emu.requests[-2], emu.requests[-1]
    assert (sent.status, sent.code, sent.operation) == (200, None, case.operation)
    assert (sent.method, sent.path) == (theirs.method, theirs.path)
    assert sent.query == theirs.query
    assert sent.body == theirs.body
    assert sent.headers.get("content-type") == theirs.headers.get("content-type")
    assert sent.params == theirs.params
    # The SDK names the project or domain in the host it built; ours in `Host` alone.
    label = str(case.params.get("project") or case.params.get("domain_id") or "")
    assert theirs.headers["host"].startswith(f"{label}." if label else "cn-hangzhou")
    assert sent.headers["host"].startswith(f"{label}.127.0.0.1:" if label else "127.")
    if answer is not None and getattr(response, "body", None) is not None:
        # What the SDK's models read (they drop fields they do not declare) is what ours read.
        assert agrees(response.body.to_map(), answer.to_dict())


def agrees(sdk: Any, data: Any) -> bool:
    """Whether what the SDK read agrees with ours wherever the SDK holds a value."""
    if isinstance(sdk, dict) and isinstance(data, dict):
        shared = [key for key, value in sdk.items() if value is not None]
        return all(key in data and agrees(sdk[key], data[key]) for key in shared)
    if isinstance(sdk, list) and isinstance(data, list):
        return len(sdk) == len(data) and all(map(agrees, sdk, data))
    return bool(sdk == data)


@pytest.mark.parametrize(
    ("case", "body", "code_key"),
    [
        (
            SLS_GET,
            {
                "errorCode": "LogStoreNotExist",
                "errorMessage": "logstore does not exist",
            },
            "errorCode",
        ),
        (
            PDS_GET,
            {"code": "NotFound.File", "message": "file not found"},
            "code",
        ),
    ],
    ids=["sls", "pds"],
)
def test_an_error_in_the_product_s_shape_reaches_both_as_its_code(
    sls_pds: Path, case: Case, body: dict[str, str], code_key: str
) -> None:
    from acs_core.errors import NotFoundError
    from Tea.exceptions import TeaException

    with emulator(case.product) as emu:
        emu.queue_response(case.operation, body, status=404)
        emu.queue_response(case.operation, body, status=404)
        client, models = official(case, emu.endpoint)
        with pytest.raises(TeaException) as theirs:
            case.sdk_call(client, models)
        with ours(case, emu.endpoint) as mine, pytest.raises(NotFoundError) as caught:
            case.our_call(mine)
    assert theirs.value.code == caught.value.code == body[code_key]
    # The body states none: it came in the product's header (x-log-requestid, x-ca-request-id).
    assert caught.value.request_id


def test_the_emulator_accepts_pds_s_download_signed_with_a_type_it_does_not_send(
    sls_pds: Path,
) -> None:
    """PDS's SDK signs DownloadFile (a GET without a body) as if it sent
    `content-type: application/x-www-form-urlencoded; charset=UTF-8`; its service accepts it.
    """
    case = next(c for c in CASES if c.product.startswith("pds"))
    with emulator(case.product) as emu:
        client, models = official(case, emu.endpoint)
        client.download_file(models.DownloadFileRequest(drive_id="1", file_id="f 1"))
        received = emu.requests[-1]
        with ours(case, emu.endpoint) as mine:
            mine.download_file(domain_id="bj1234", drive_id="1", file_id="f 1")
        sent = emu.requests[-1]
    assert "content-type" not in received.headers
    assert (received.operation, received.code) == ("DownloadFile", None)
    assert received.params == sent.params
    assert sent.code is None


@pytest.mark.parametrize("case", [SLS_GET, PDS_GET], ids=["sls", "pds"])
def test_a_skewed_clock_is_corrected_once_from_the_server_s_date(
    sls_pds: Path, case: Case
) -> None:
    with emulator(case.product) as emu:
        emu.clock_offset = 3600.0  # the server's clock runs an hour ahead of ours
        with ours(case, emu.endpoint) as mine:
            case.our_call(mine)
        refused, accepted = emu.requests[-2], emu.requests[-1]
    code = "RequestTimeTooSkewed" if case.product.startswith("sls") else None
    assert refused.code == (code or "InvalidTimeStamp.Expired")
    assert (accepted.code, accepted.operation) == (None, case.operation)
