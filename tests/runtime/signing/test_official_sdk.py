"""acs-core's signatures against the official SDK (``alibabacloud-vod20170321``) as a peer: its
HTTP layer is intercepted so that no request leaves the process, and its clock and nonce are
fixed so that its signatures can be compared with ours byte for byte, and recomputed by our
verifiers."""

from __future__ import annotations

from typing import Any

import pytest
from acs_core import signing

JOB_IDS = {
    "plain": "job1,job2",
    "space": "job 1",
    "star": "job*1",
    "tilde": "job~1",
    "plus": "job+1",
    "slash": "job/1",
    "non_ascii": "任务",
    "all": " *~+/任务,=&%",
}


# --- V3 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v3_headers_equal_official_sdk(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, kind: str, helpers: Any
) -> None:
    token = helpers.TOKEN if kind == "sts" else None
    sdk = helpers.sdk_request(
        monkeypatch, job_ids=job_ids, v2=False, security_token=token
    )
    # The SDK also signs headers the signer does not produce itself; hand them
    # over so that both sides sign the same header set.
    sdk_only = ("user-agent", "accept", "x-acs-credentials-provider")
    signed = signing.sign_rpc_v3(
        method=sdk.method,
        host=helpers.ENDPOINT,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", job_ids)],
        form=[],
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        security_token=token,
        date=helpers.DATE,
        nonce=helpers.NONCE,
        extra_headers={k: sdk.headers[k] for k in sdk_only},
    )
    assert signed.headers == sdk.headers
    assert dict(signed.query) == sdk.query


@pytest.mark.parametrize("kind", ["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v3_verifier_recomputes_official_sdk_signature(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, kind: str, helpers: Any
) -> None:
    token = helpers.TOKEN if kind == "sts" else None
    sdk = helpers.sdk_request(
        monkeypatch, job_ids=job_ids, v2=False, security_token=token
    )
    key_id, names, signature = signing.parse_authorization_v3(
        sdk.headers["Authorization"]
    )
    canonical = signing.canonical_request_v3(
        sdk.method,
        sdk.pathname,
        sdk.query.items(),
        sdk.headers,
        names,
        sdk.headers["x-acs-content-sha256"],
    )
    assert key_id == helpers.KEY_ID
    assert signing.signature_v3(
        signing.string_to_sign_v3(canonical), helpers.SECRET
    ) == (signature)


# --- v2 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v2_query_equals_official_sdk(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, kind: str, helpers: Any
) -> None:
    token = helpers.TOKEN if kind == "sts" else None
    sdk = helpers.sdk_request(
        monkeypatch, job_ids=job_ids, v2=True, security_token=token
    )
    signed = signing.sign_rpc_v2(
        method=sdk.method,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", job_ids)],
        form=[],
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        security_token=token,
        timestamp=helpers.DATE,
        nonce=helpers.NONCE,
        # The current SDK sends Format=json (lowercase).
        response_format=sdk.query["Format"],
    )
    assert dict(signed.query) == sdk.query
    assert len(signed.query) == len(sdk.query)


@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v2_verifier_recomputes_official_sdk_signature(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, helpers: Any
) -> None:
    sdk = helpers.sdk_request(
        monkeypatch, job_ids=job_ids, v2=True, security_token=helpers.TOKEN
    )
    params = [(k, v) for k, v in sdk.query.items() if k != "Signature"]
    to_sign = signing.string_to_sign_v2(sdk.method, params)
    assert signing.signature_v2(to_sign, helpers.SECRET) == sdk.query["Signature"]


def test_v2_signs_form_fields_like_official_sdk(helpers: Any) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    form = [("UserData", '{"k": "v w*~+/任务"}'), ("Empty", "")]
    signed = signing.sign_rpc_v2(
        method="POST",
        action="SubmitAIImageJob",
        version="2017-03-21",
        query=[("VideoId", "abc")],
        form=form,
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        security_token=None,
        timestamp=helpers.DATE,
        nonce=helpers.NONCE,
    )
    unsigned = [(k, v) for k, v in signed.query if k != "Signature"]
    sdk_signature = Utils.get_rpcsignature(
        dict(unsigned + form), "POST", helpers.SECRET
    )
    assert signed.signature == sdk_signature
    assert ("Signature", sdk_signature) in signed.query
    assert "UserData" not in dict(signed.query)
    assert signed.headers == {"content-type": "application/x-www-form-urlencoded"}
    assert signed.body == (
        b"Empty=&UserData=%7B%22k%22%3A%20%22v%20w%2A~%2B%2F"
        b"%E4%BB%BB%E5%8A%A1%22%7D"
    )
