"""How OSS errors come back and how each SDK surfaces them."""

from __future__ import annotations

from typing import Any

import alibabacloud_oss_v2 as oss
import oss2
import oss2.exceptions as ox
import pytest
from acs_core.testing import Emulator
from oss_sdk import AK, REGION, SK, v2_client

B = "examplebucket"

ERRORS = [
    (403, "SignatureDoesNotMatch", ox.SignatureDoesNotMatch),
    (403, "AccessDenied", ox.AccessDenied),
    (404, "NoSuchKey", ox.NoSuchKey),
    (404, "NoSuchBucket", ox.NoSuchBucket),
    (404, "NoSuchUpload", ox.NoSuchUpload),
    (400, "InvalidArgument", ox.InvalidArgument),
]


def test_oss2_status_code_table() -> None:
    """oss2 keys its exception classes by (status, code); these are OSS's pairs."""
    for status, code, klass in ERRORS:
        assert ox._OSS_ERROR_TO_EXCEPTION[(status, code)] is klass
        assert (klass.status, klass.code) == (status, code)


@pytest.mark.parametrize(
    ("status", "code", "klass"), ERRORS, ids=[e[1] for e in ERRORS]
)
def test_error_mapping(emu: Emulator, status: int, code: str, klass: type) -> None:
    for method in ("GET", "HEAD"):
        _mapping(emu, status, code, klass, method)


def _mapping(emu: Emulator, status: int, code: str, klass: type, method: str) -> None:
    fault = {"status": status, "code": code, "message": "message text"}
    bucket = oss2.Bucket(oss2.Auth(AK, SK), emu.endpoint, B, region=REGION)
    emu.oss.inject("server_error", ec="0026-00000001", **fault)
    call = bucket.head_object if method == "HEAD" else bucket.get_object
    with pytest.raises(klass) as info:
        call("k")
    e = info.value
    request_id = emu.oss.requests[-1].request_id
    assert (e.status, e.code, e.request_id) == (status, code, request_id)
    assert e.message == "message text"
    assert e.details["HostId"]
    assert e.details["EC"] == "0026-00000001"

    client = v2_client(emu.endpoint)
    emu.oss.inject("server_error", ec="0026-00000001", **fault)
    request: Any = (
        oss.HeadObjectRequest(bucket=B, key="k")
        if method == "HEAD"
        else oss.GetObjectRequest(bucket=B, key="k")
    )
    v2_call: Any = client.head_object if method == "HEAD" else client.get_object
    with pytest.raises(oss.exceptions.OperationError) as info2:
        v2_call(request)
    se = info2.value.unwrap()
    assert isinstance(se, oss.exceptions.ServiceError)
    assert (se.status_code, se.code, se.request_id, se.ec) == (
        status,
        code,
        emu.oss.requests[-1].request_id,
        "0026-00000001",
    )
    assert se.message == "message text"
    host = emu.endpoint.removeprefix("http://")
    assert se.error_fileds["HostId"] == f"{B}.{host}"
