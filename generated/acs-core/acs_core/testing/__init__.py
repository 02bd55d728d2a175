"""Test doubles for code that uses the generated products; never imported by production code.

* `Emulator(acs_vod, acs_sts, ..., credentials={...})`: one loopback HTTP server for any number
  of products, checking signatures and limits and answering their golden responses, with state
  and injected faults (`emulator`). `python -m acs_core.testing PACKAGE ...` runs it from a shell.
  The same endpoint serves Object Storage Service, path style, in memory or in a folder:
  `emu.oss` (`oss.OssEmulator`) creates buckets, puts and reads objects, sets ACLs.
* `FakeSts`, `FakeEcsMetadata`, `FakeCredentialsUri`: the cloud services the credentials providers
  talk to (`fakes`).
* `Goldens`: what each product's generated tests check (`goldens`).
"""

from __future__ import annotations

from .emulator import Emulator, ReceivedRequest, RequestLog
from .fakes import FakeCredentialsUri, FakeEcsMetadata, FakeRequest, FakeSts

__all__ = [
    "Emulator",
    "FakeCredentialsUri",
    "FakeEcsMetadata",
    "FakeRequest",
    "FakeSts",
    "ReceivedRequest",
    "RequestLog",
]
