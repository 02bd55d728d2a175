"""Secrets: the access key secret and the STS token never show in a repr, a log line, an error
or a traceback's locals."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest
from acs_core import errors
from acs_core.credentials import Secret
from acs_vod.emulator import Emulator


@pytest.mark.parametrize("version", ["v3", "v2"])
def test_secret_never_shown(
    emu: Emulator, caplog: pytest.LogCaptureFixture, version: str, helpers: Any
) -> None:
    caplog.set_level(
        logging.INFO
    )  # httpx logs each request's URL (v2: signed query) at INFO
    emu.inject("throttling", count=1)
    client = helpers.make(
        emu,
        access_key_secret=helpers.SECRET,
        security_token=helpers.TOKEN,
        max_retries=1,
        signature_version=version,
    )
    texts = [
        repr(client),
        str(client),
        repr(client._provider),
        repr(client._provider.get_credentials()),
        str(vars(client)),
    ]
    with client:
        client.get_ai_image_jobs(job_ids=["a"])
        emu.inject("server_error", count=5)
        with pytest.raises(errors.ServerError) as info:
            client.get_ai_image_jobs(job_ids=["a"])
    emu.reset()
    bad = helpers.make(
        emu,
        access_key_secret=helpers.SECRET + "x",
        security_token=helpers.TOKEN,
        max_retries=0,
        signature_version=version,
    )
    with bad, pytest.raises(errors.SignatureMismatchError) as mismatch:
        bad.get_ai_image_jobs(job_ids=["a"])
    emu.inject("drop", count=5)
    cut = helpers.make(
        emu,
        access_key_secret=helpers.SECRET,
        security_token=helpers.TOKEN,
        max_retries=1,
        signature_version=version,
    )
    with cut, pytest.raises(errors.NetworkError) as dropped:
        cut.get_ai_image_jobs(job_ids=["a"])
    for error in (info.value, mismatch.value, dropped.value):
        texts += [str(error), repr(error)]
        texts.append(
            "".join(
                traceback.TracebackException.from_exception(
                    error, capture_locals=True
                ).format()
            )
        )
    texts.append(caplog.text)
    texts += [record.getMessage() for record in caplog.records]
    assert "retrying" in caplog.text and "HTTP Request: POST" in caplog.text
    if version == "v2":
        assert "SecurityToken=<redacted>" in caplog.text
        assert "Signature=<redacted>" in caplog.text
        assert "SignatureMethod=HMAC-SHA1" in caplog.text  # only the secret values go
    for text in texts:
        assert helpers.SECRET not in text
        assert helpers.TOKEN not in text


def test_log_redaction_leaves_other_records_alone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    log = logging.getLogger("httpx")
    log.info("plain %s and %d%%", "text", 5)
    log.info("%s", {"not": "a string"})
    log.info("GET http://h/?A=1&AccessKeySecret=%s&x-acs-security-token=%s", "k", "t")
    assert [r.getMessage() for r in caplog.records] == [
        "plain text and 5%",
        "{'not': 'a string'}",
        "GET http://h/?A=1&AccessKeySecret=<redacted>&x-acs-security-token=<redacted>",
    ]
    assert caplog.records[0].args == ("text", 5)  # untouched when nothing was masked


def test_secret_holder() -> None:
    secret = Secret("abc")
    assert (
        "abc" not in repr(secret)
        and "abc" not in str(secret)
        and "abc" not in f"{secret}"
    )
    assert secret.reveal() == "abc"
