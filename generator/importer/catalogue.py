"""`import_catalogue`: a folder of api-docs files -> one spec folder per product, in one run.

Products are imported one at a time (only one vendor document is in memory at once) into
`<out>/<file stem>/`, each with its overlay when `<overlays>/<file stem>.yaml` exists. A product
that cannot be imported at all is reported with its reason and the run goes on: one bad file never
costs the others. The summary counts products and operations, then says what was repaired or
dropped, and why, product by product.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFailure
from .product import import_product
from .report import ImportReport

__all__ = ["CatalogueReport", "import_catalogue"]


@dataclass
class CatalogueReport:
    """Every product's report, and the products that could not be imported."""

    products: list[ImportReport] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # api-docs file -> why

    @property
    def operations(self) -> int:
        return sum(len(report.imported) for report in self.products)

    @property
    def skipped(self) -> int:
        return sum(len(report.skipped) for report in self.products)

    def summary(self) -> str:
        """One line of totals, one line per product, then every failure."""
        warnings = sum(len(report.warnings) for report in self.products)
        lines = [
            f"{len(self.products)} product(s) imported, {len(self.failed)} failed; "
            f"{self.operations} operation(s) imported, {self.skipped} skipped; "
            f"{warnings} repair(s) and drop(s) reported"
        ]
        for report in self.products:
            kinds = Counter(_kind(message) for message in report.warnings)
            repaired = ", ".join(f"{kind} x{n}" for kind, n in sorted(kinds.items()))
            lines.append(
                f"  {report.product} {report.api_version}: {len(report.imported)} imported, "
                f"{len(report.skipped)} skipped" + (f"; {repaired}" if repaired else "")
            )
            lines += [f"    skipped {entry}" for entry in report.skipped]
        lines += [f"  failed {name}: {reason}" for name, reason in self.failed.items()]
        return "\n".join(lines)


# What varies between warnings of one kind: names, values, paths, numbers.
_VARIABLE = re.compile(r"'[^']*'|\[[^\]]*\]|\{.*\}|\S*/\S*|\b\d+\b")
_ELIDED_RUN = re.compile(r"…(?:[\s,.:-]*…)+")  # `a, b` or `x.y`: one elision
_KIND_WIDTH = 80


def _kind(warning: str) -> str:
    """A warning's gist, with the operation it is about left out and what varies (names,
    values, paths, numbers) written as `…`, to count alike ones together: "response demo
    breaks the schema: at …: … is not of type …"."""
    _, _, gist = warning.partition(": ")
    gist = _VARIABLE.sub("…", gist or warning).replace("(s)", "s")
    gist = _ELIDED_RUN.sub("…", gist)
    gist = " ".join(gist.split(";")[0].split()).removesuffix(" (and … more)")
    if len(gist) > _KIND_WIDTH:
        gist = gist[: _KIND_WIDTH - 1].rstrip() + "…"
    return gist


def import_catalogue(
    folder: Path,
    out_dir: Path,
    *,
    overlays: Path | None = None,
    on_product: Callable[[str, ImportReport | str], None] | None = None,
) -> CatalogueReport:
    """Import every `*.json` api-docs file of `folder` into `out_dir/<stem>/`.

    `on_product(name, report_or_reason)` hears of each product as it is done.
    """
    if not folder.is_dir():
        raise ImportFailure(f"{folder} is not a folder of api-docs files")
    report = CatalogueReport()
    for source in sorted(folder.glob("*.json")):
        overlay = overlays / f"{source.stem}.yaml" if overlays is not None else None
        try:
            product = import_product(
                source,
                out_dir / source.stem,
                overlay=overlay if overlay is not None and overlay.is_file() else None,
            )
        except ImportFailure as exc:
            report.failed[source.name] = str(exc)
            if on_product is not None:
                on_product(source.name, str(exc))
            continue
        report.products.append(product)
        if on_product is not None:
            on_product(source.name, product)
    return report
