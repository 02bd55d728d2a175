"""An emulator of Object Storage Service (2019-05-17) for tests: a real HTTP server on
127.0.0.1.
"""

from __future__ import annotations

import os

from acs_core.testing import Emulator as _Emulator
from acs_core.testing import ReceivedRequest
from acs_core.testing.emulator import Credentials

__all__ = ["PRODUCT", "Emulator", "ReceivedRequest"]

PRODUCT = "acs_oss"  # the package this emulator serves


class Emulator(_Emulator):
    """`acs_core.testing.Emulator(PRODUCT)`: checks signatures, timestamps, nonces and limits;
    answers with the spec's golden responses, and serves OSS (`storage`: a folder to keep
    its objects in; pass more products to that one to serve them at one endpoint)."""

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        storage: str | os.PathLike[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            PRODUCT, credentials=credentials, storage=storage, host=host, port=port
        )
