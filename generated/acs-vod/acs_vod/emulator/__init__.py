"""An emulator of ApsaraVideo VOD (2017-03-21) for tests: a real HTTP server on
127.0.0.1.
"""

# Usage: `with Emulator(credentials={"testid": "testsecret"}) as emu:` then point a client's
# `endpoint=` at `emu.endpoint`. Queued responses, handlers and faults: see `.._emulator`.

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files

from .._emulator import (
    EmulatorBase,
    ReceivedRequest,
    load_error_fields,
    load_operations,
)
from .._service import SERVICE

__all__ = ["Emulator", "ReceivedRequest"]

# Each operation's golden responses and state rules, and the spec's error codes, are data.
_DATA = files(__package__).joinpath("operations.json").read_text(encoding="utf-8")
OPERATIONS, ERRORS = load_operations(_DATA)
ERROR_FIELDS = load_error_fields(_DATA)


class Emulator(EmulatorBase):
    """Checks signatures, timestamps, nonces and limits; answers with the spec's golden responses."""

    def __init__(
        self,
        credentials: Mapping[str, str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            service=SERVICE,
            operations=OPERATIONS,
            errors=ERRORS,
            models_package=f"{__package__.rpartition('.')[0]}.models",
            credentials=credentials,
            host=host,
            port=port,
            error_fields=ERROR_FIELDS,
        )
