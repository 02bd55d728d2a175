"""The official OSS SDKs (alibabacloud-oss-v2 and oss2) as peers: what they put on the wire,
against acs-core's signers, addressing, CRC-64, sender and transfers.

The loopback stand-in is acs-core's own test helper (`generated/acs-core/tests/oss_fake.py`);
the SDKs' requests are not signature-checked by it (oss2 lays its headers out differently), but
every one is re-signed here with both flavors of acs-core's signers and compared.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
for _folder in (
    Path(__file__).resolve().parent,
    _ROOT / "generated" / "acs-core" / "tests",
):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

# The SDKs use requests, which honours proxy variables: loopback only here.
for _var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
    os.environ.pop(_var, None)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

from oss_fake import FakeOSS  # noqa: E402


@pytest.fixture
def fake() -> Iterator[FakeOSS]:
    with FakeOSS() as server:
        yield server
    assert not server.errors, server.errors
