"""An emulator of Object Storage Service (2019-05-17) for tests: a real HTTP server on
127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Mapping

from acs_core.testing import Emulator as _Emulator
from acs_core.testing import ReceivedRequest

__all__ = ["PRODUCT", "Emulator", "ReceivedRequest"]

PRODUCT = "acs_oss"  # the package this emulator serves


class Emulator(_Emulator):
    """`acs_core.testing.Emulator(PRODUCT)`: checks signatures, timestamps, nonces and limits;
    answers with the spec's golden responses (pass more products to that one to serve them
    at one endpoint)."""

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(PRODUCT, credentials=credentials, host=host, port=port)
