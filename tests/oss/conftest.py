"""The official OSS SDKs (alibabacloud-oss-v2 and oss2) as peers: what they put on the wire,
against acs-core's signers, addressing, CRC-64, sender and transfers.

The server is acs-core's emulator (`acs_core.testing.Emulator`, the `emu` fixture: it accepts
the key of `oss_sdk` and has the bucket "examplebucket"; `emu.accept(AK, SK, TOKEN)` makes it
an STS key). It checks every signature itself and records every request as sent
(`emu.oss.requests`); the tests re-sign each with both flavors of acs-core's signers too, and
compare.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from acs_core.testing import Emulator

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

# The SDKs use requests, which honours proxy variables: loopback only here.
for _var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
    os.environ.pop(_var, None)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

from oss_sdk import AK, SK  # noqa: E402

BUCKET = "examplebucket"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(credentials={AK: SK}) as emulator:
        emulator.oss.create_bucket(BUCKET)
        yield emulator
