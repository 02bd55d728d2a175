"""Why an import stops as a whole (a single operation that cannot be imported is skipped instead).

ImportFailure                 anything that stops the import; the CLI prints it, no traceback
+-- SourceError               the api-docs file cannot be read or is not api-docs JSON
+-- UnsupportedStyleError     the product's API style is a protocol of its own, unknown here
+-- OverlayError              the overlay is malformed or points at something not there
"""

from __future__ import annotations

from pathlib import Path


class ImportFailure(Exception):
    """An import that cannot go on; its message is meant for the person running it."""


class SourceError(ImportFailure):
    """The vendor's api-docs file cannot be read, or is not shaped like api-docs."""


class UnsupportedStyleError(ImportFailure):
    """The product uses a protocol of its own that is not known here: not RPC, ROA, V3 or OSS
    (nor FC, AliGenie, SLS or PDS, which are REST-style on the wire)."""

    def __init__(
        self, source: Path, product: str, style: str, operations: list[str]
    ) -> None:
        self.style = style
        self.product = product
        self.operations = operations
        shown = ", ".join(operations[:5]) + (", ..." if len(operations) > 5 else "")
        super().__init__(
            f"{source.name}: product {product!r} uses the {style!r} API style, a protocol of its "
            f"own (operations: {shown or 'none'}); RPC, ROA, V3 and OSS products can be "
            "imported (FC, AliGenie, SLS and PDS too: REST-style on the wire)"
        )


class OverlayError(ImportFailure):
    """An overlay entry is malformed, or names an operation, parameter or path that is gone."""

    def __init__(
        self, path: Path, line: int, column: int, entry: str, message: str
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.entry = entry
        super().__init__(f"{path}:{line}:{column}: {entry or '<overlay>'}: {message}")
