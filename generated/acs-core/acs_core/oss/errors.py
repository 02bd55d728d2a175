"""The errors of OSS transfers, beside acs-core's tree (`acs_core.errors`), under its root.

Error
└── TransferError               an upload or download could not be completed as asked
    ├── SourceChangedError      the file changed size or time while (or since) it was read
    └── IntegrityError          the bytes cannot be proven intact (also a ValueError)
        └── Crc64MismatchError  our CRC-64 of the bytes differs from OSS's (`crc64`)

Errors of the service itself (`NoSuchKey`, `AccessDenied`, ...) are acs-core's `APIError` kinds.
"""

from __future__ import annotations

from ..errors import Error

__all__ = ["IntegrityError", "SourceChangedError", "TransferError"]


class TransferError(Error):
    """An upload or download could not be completed as asked."""


class SourceChangedError(TransferError):
    """The source file's size or modification time changed: its parts would not make one
    object. Nothing is completed from it."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class IntegrityError(TransferError, ValueError):
    """The bytes cannot be proven intact: a checksum differs or is unreadable, or fewer bytes
    arrived than the object holds."""
