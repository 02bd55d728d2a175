"""Import Alibaba Cloud api-docs JSON into our spec files, with hand-curated overlays.

    import_product(api_docs, out_dir, operations=None, overlay=None) -> ImportReport
    import_catalogue(folder, out_dir, overlays=None) -> CatalogueReport   (every product)

Imports: `spec` (the meta-schemas and the data checks), `python` (names) and `base`; a peer of
`tools`, beside the pipeline: it writes specs, the pipeline reads them.

Module map (one job each): `apidocs` reads the vendor file; `coerce` and `schemas` map its data
schemas; `convert` maps an operation; `service` builds the service file and shared models;
`goldens` turns response demos into golden files; `checks` keeps the result valid for the
generator; `overlay` loads and applies curated facts; `emit` writes text and files; `product`
runs the whole import of one product, `catalogue` of a folder of them. See README.md in this folder for the policies.
"""

from __future__ import annotations

from .catalogue import CatalogueReport, import_catalogue
from .errors import ImportFailure, OverlayError, SourceError, UnsupportedStyleError
from .product import import_product
from .report import ImportReport, Skipped

__all__ = [
    "CatalogueReport",
    "ImportFailure",
    "ImportReport",
    "OverlayError",
    "Skipped",
    "SourceError",
    "UnsupportedStyleError",
    "import_catalogue",
    "import_product",
]
