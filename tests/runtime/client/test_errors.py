"""Errors by kind: every code of the service has its exception class, unknown codes are typed
by their HTTP status, and what the server says is kept on the error."""

from __future__ import annotations

from typing import Any

import pytest
from acs_core import errors
from acs_core.testing.products import load_product
from acs_vod._service import SERVICE
from acs_vod.emulator import Emulator
from acs_vod.models.get_ai_image_jobs import OPERATION as GET_AI_IMAGE_JOBS
from acs_vod.models.get_ai_image_jobs import GetAIImageJobsRequest

ERRORS = load_product("acs_vod").errors


EXPECTED = {
    "validation": errors.InvalidRequestError,
    "throttling": errors.ThrottlingError,
    "authentication": errors.AuthenticationError,
    "permission": errors.PermissionDeniedError,
    "not_found": errors.NotFoundError,
    "conflict": errors.ConflictError,
    "server": errors.ServerError,
}


@pytest.mark.parametrize("code", sorted(SERVICE.error_kinds))
def test_every_error_code_has_its_type(emu: Emulator, code: str, helpers: Any) -> None:
    status = ERRORS[code][0]
    body = {
        "RequestId": "RID",
        "HostId": "h",
        "Code": code,
        "Message": "m",
        "Recommend": "r",
    }
    emu.queue_response("GetAIImageJobs", body, status=status)
    if code == "InvalidTimeStamp.Expired":  # signed again once at the server's time
        emu.queue_response("GetAIImageJobs", body, status=status)
    with (
        helpers.make(emu, max_retries=0) as client,
        pytest.raises(errors.APIError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    error = info.value
    assert isinstance(error, EXPECTED[SERVICE.error_kinds[code]])
    assert (
        error.status,
        error.code,
        error.message,
        error.request_id,
        error.host_id,
        error.recommend,
    ) == (
        status,
        code,
        "m",
        "RID",
        "h",
        "r",
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.InvalidRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.ThrottlingError),
        (502, errors.ServerError),
    ],
)
def test_unknown_code_is_typed_by_status(
    emu: Emulator, status: int, expected: type[Exception], helpers: Any
) -> None:
    emu.queue_response(
        "GetAIImageJobs",
        {"RequestId": "R", "Code": "Brand.New", "Message": "?"},
        status=status,
    )
    with helpers.make(emu, max_retries=0) as client, pytest.raises(expected):
        client.get_ai_image_jobs(job_ids=["a"])


@pytest.mark.parametrize("status", [200, 502])
def test_proxy_html_is_a_decode_error(emu: Emulator, status: int, helpers: Any) -> None:
    emu.queue_response("GetAIImageJobs", "<html>Bad gateway</html>", status=status)
    with (
        helpers.make(emu, max_retries=0) as client,
        pytest.raises(errors.ResponseDecodeError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert info.value.status == status
    assert info.value.body.startswith(b"<html>")


def test_server_validation_errors_are_typed(emu: Emulator, helpers: Any) -> None:
    # The emulator enforces the limits too: send past the client-side check.
    wire = GetAIImageJobsRequest(job_ids=["a"]).to_wire()
    wire.query[:] = [("JobIds", ",".join(f"j{i}" for i in range(11)))]
    with helpers.make(emu) as client, pytest.raises(errors.InvalidRequestError) as info:
        client._send(GET_AI_IMAGE_JOBS, wire, dict)
    assert info.value.code == "InvalidParameter" and "JobIds" in info.value.message
    wire.query[:] = []
    with helpers.make(emu) as client, pytest.raises(errors.InvalidRequestError) as info:
        client._send(GET_AI_IMAGE_JOBS, wire, dict)
    assert info.value.code == "MissingParameter"


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_signature_mismatch_shows_both_strings_to_sign(
    emu: Emulator, version: str, helpers: Any
) -> None:
    with (
        helpers.make(
            emu, access_key_secret="wrong", signature_version=version
        ) as client,
        pytest.raises(errors.SignatureMismatchError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    error = info.value
    assert (
        error.server_string_to_sign
        and error.server_string_to_sign == error.client_string_to_sign
    )
    assert "server string-to-sign" in str(error) and "client string-to-sign" in str(
        error
    )
    assert len(emu.requests) == 1  # authentication errors are not retried


def test_unknown_access_key(emu: Emulator, helpers: Any) -> None:
    with (
        helpers.make(emu, access_key_id="nobody") as client,
        pytest.raises(errors.AuthenticationError) as info,
    ):
        client.get_ai_image_jobs(job_ids=["a"])
    assert info.value.code == "InvalidAccessKeyId.NotFound" and info.value.status == 404
