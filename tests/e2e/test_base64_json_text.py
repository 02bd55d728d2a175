"""Base64 of JSON text, end to end: a string with `contentEncoding: base64` beside
`contentMediaType: application/json` and `contentSchema` (JSON Schema's own words) passes the
meta-schema, has its goldens checked through the decoded document, imports from VOD's overlay
(the vendor's masked demos kept as non-conforming recordings) and reads as typed values.
"""

from __future__ import annotations

import base64
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator import SpecError, validate
from generator.spec.datacheck import iter_data_errors

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
UPLOADS = (
    "CreateUploadVideo",
    "RefreshUploadVideo",
    "CreateUploadImage",
    "CreateUploadAttachedMedia",
)
ADDRESS = {
    "type": "string",
    "contentEncoding": "base64",
    "contentMediaType": "application/json",
    "contentSchema": {
        "type": "object",
        "properties": {"Bucket": {"type": "string"}, "Size": {"type": "integer"}},
    },
}


def b64(document: object) -> str:
    return base64.b64encode(json.dumps(document).encode()).decode()


def test_the_decoded_document_is_checked_against_the_content_schema() -> None:
    assert list(iter_data_errors(b64({"Bucket": "b", "Size": 3}), ADDRESS, {})) == []
    errors = list(iter_data_errors(b64({"Bucket": 7}), ADDRESS, {}))
    assert errors == [
        ("", "inside its JSON text at /Bucket: 7 is not of type 'string'")
    ]


def test_text_that_is_not_base64_is_reported_as_such() -> None:
    [(pointer, message)] = iter_data_errors("eyJFbmRwb2ludCI6Imm****", ADDRESS, {})
    assert pointer == "" and message.startswith("is not base64 of UTF-8 text")
    # Base64 of something that is no JSON.
    [(_, message)] = iter_data_errors(base64.b64encode(b"{no").decode(), ADDRESS, {})
    assert message.startswith("is not JSON text")


def _with_create_upload_video(specs: Path) -> Path:
    """The hand-written specs plus CreateUploadVideo as imported, with its goldens."""
    shutil.copy(SPECS / "vod" / "CreateUploadVideo.yaml", specs / "vod")
    shutil.copytree(
        SPECS / "vod" / "golden" / "CreateUploadVideo",
        specs / "vod" / "golden" / "CreateUploadVideo",
    )
    return specs / "vod" / "CreateUploadVideo.yaml"


def test_a_golden_whose_base64_breaks_the_content_schema_names_the_golden(
    spec_copy: Path,
) -> None:
    _with_create_upload_video(spec_copy)
    golden = spec_copy / "vod" / "golden" / "CreateUploadVideo" / "decoded_upload.json"
    data = json.loads(golden.read_text(encoding="utf-8"))
    data["UploadAddress"] = b64({"Endpoint": "https://e", "Bucket": ["not", "text"]})
    golden.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        validate(spec_copy)
    [problem] = [
        str(d) for d in caught.value.diagnostics if "decoded_upload.json" in str(d)
    ]
    assert "golden/CreateUploadVideo/decoded_upload.json:3:" in problem
    assert "/UploadAddress: inside its JSON text at /Bucket:" in problem


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("contentEncoding: base64", "contentEncoding: base32", "'base64' was expected"),
        (
            "contentEncoding: base64\n      contentMediaType: application/json\n",
            "contentEncoding: base64\n",
            "'contentMediaType' is a dependency of 'contentEncoding'",
        ),
    ],
)
def test_the_meta_schema_takes_base64_of_json_only(
    spec_copy: Path, old: str, new: str, message: str
) -> None:
    path = _with_create_upload_video(spec_copy)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        validate(spec_copy)
    assert any(message in str(d) for d in caught.value.diagnostics), [
        str(d) for d in caught.value.diagnostics
    ]


@cache
def committed() -> Any:
    """The committed VOD specs, validated once for the module."""
    [service] = validate(SPECS / "vod")
    return service


@pytest.mark.parametrize("operation", UPLOADS)
def test_the_overlay_declares_every_upload_answer_and_keeps_the_masked_demo(
    operation: str,
) -> None:
    spec = next(op for op in committed().operations if op.name == operation)
    for field in ("UploadAddress", "UploadAuth"):
        schema = spec.response["properties"][field]
        assert schema["contentEncoding"] == "base64"
        assert schema["contentMediaType"] == "application/json"
    goldens = {golden.name: golden for golden in spec.golden}
    assert goldens["vendor_example"].conforms is False  # `eyJ...****` is no base64
    assert goldens["decoded_upload"].conforms is True


@pytest.mark.parametrize("operation", UPLOADS)
def test_the_generated_models_decode_address_and_credentials(operation: str) -> None:
    import acs_vod
    from acs_core import model as _m

    response_class = getattr(acs_vod, f"{operation}Response")
    path = SPECS / "vod" / "golden" / operation / "decoded_upload.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    response = response_class.from_dict(data)
    address, auth = response.upload_address, response.upload_auth
    assert isinstance(address, _m.Base64JsonText)
    assert address.value.bucket == "outin-8f2c5d0e4a3b11efa1c600163e1c35d5"
    assert address.value.endpoint == "https://oss-cn-shanghai.aliyuncs.com"
    assert address.value.file_name and "/" in address.value.file_name
    assert auth.value.access_key_id.startswith("STS.")
    assert auth.value.security_token.startswith("CAIS")
    assert auth.value.expiration == "3000"
    assert auth.value.expire_utc_time.isoformat() == "2024-12-19T04:42:03+00:00"
    assert response.to_dict() == data  # the base64 text goes back as it came


@pytest.mark.parametrize("operation", UPLOADS)
def test_the_upload_credentials_never_show_in_a_repr(operation: str) -> None:
    """`format: password` in the overlay: the credentials are kept and sent back, but a
    response or its decoded credentials printed, logged or in a traceback never shows them.
    """
    import acs_vod

    response_class = getattr(acs_vod, f"{operation}Response")
    path = SPECS / "vod" / "golden" / operation / "decoded_upload.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    response = response_class.from_dict(data)
    credentials = response.upload_auth.value
    shown = repr(response) + repr(credentials)
    for secret in (
        data["UploadAuth"],  # the base64 text holds them all
        credentials.access_key_secret,
        credentials.security_token,
    ):
        assert secret and secret not in shown
    assert credentials.access_key_id in shown  # an ID is no secret
    assert response.to_dict() == data


VENDOR = SPECS / "vendor" / "vod-2017-03-21.json"
OVERLAY = SPECS / "overlays" / "vod-2017-03-21.yaml"


def test_an_import_into_an_empty_folder_writes_the_overlay_s_inline_goldens(
    tmp_path: Path,
) -> None:
    from generator.importer import import_product

    out = tmp_path / "vod"
    # With the operation its upload refreshes through: alone, it would not validate.
    both = ["CreateUploadVideo", "RefreshUploadVideo"]
    import_product(VENDOR, out, operations=both, overlay=OVERLAY)
    written = out / "golden" / "CreateUploadVideo" / "decoded_upload.json"
    committed = SPECS / "vod" / "golden" / "CreateUploadVideo" / "decoded_upload.json"
    assert written.read_bytes() == committed.read_bytes()
    spec = (out / "CreateUploadVideo.yaml").read_text(encoding="utf-8")
    assert "file: golden/CreateUploadVideo/decoded_upload.json" in spec


def test_an_inline_golden_that_breaks_its_schema_is_an_overlay_error(
    tmp_path: Path,
) -> None:
    from generator.importer import OverlayError, import_product

    overlay = tmp_path / "vod.yaml"
    text = OVERLAY.read_text(encoding="utf-8")
    good = '          VideoId: "93ab850b4f6f54b6e91d24d81d4465c7"\n'
    assert good in text
    overlay.write_text(text.replace(good, "          VideoId: [1]\n", 1), "utf-8")
    with pytest.raises(OverlayError) as caught:
        import_product(
            VENDOR, tmp_path / "vod", operations=["CreateUploadVideo"], overlay=overlay
        )
    message = str(caught.value)
    assert "operations.CreateUploadVideo.golden.decoded_upload" in message
    assert "data breaks the schema at /VideoId" in message
