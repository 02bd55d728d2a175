"""Reading the vendor's api-docs JSON: only its shape is checked here, not its meaning.

The format (see `specs/vendor/README.md`): `info` (`style`, `product`, `version`),
`components.schemas`, `apis` (name -> operation) and `endpoints` (`regionId`, `endpoint`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SourceError, UnsupportedStyleError

# Styles of their own in the metadata that are REST-style requests on the wire: FC and AliGenie
# plain POP ones signed with ACS3-HMAC-SHA256 (see `own_styles`), SLS and PDS signed their own
# way (see `log_drive`).
WIRE_STYLES = {"FC": "ROA", "AliGenie": "ROA", "SLS": "ROA", "PDS": "ROA"}
SUPPORTED_STYLES = ("RPC", "ROA", "V3", "OSS", *WIRE_STYLES)
# A date (2017-03-21), or a name and a number (AliGenie's ip_1.0).
_API_VERSION = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[A-Za-z][A-Za-z0-9]*_[0-9]+(\.[0-9]+)*"
)


@dataclass(frozen=True)
class ApiDocs:
    """One product at one API version, as the vendor describes it."""

    path: Path
    product: str  # as the vendor spells it: "vod", "Sts", "CGCS"
    api_version: str
    style: str
    endpoints: tuple[tuple[str, str], ...]  # (region, host), in the vendor's order
    components: dict[str, Any]
    apis: dict[str, dict[str, Any]]  # in the vendor's order

    @property
    def wire_style(self) -> str:
        """How its operations travel: FC and AliGenie are REST-style (ROA) on the wire."""
        return WIRE_STYLES.get(self.style, self.style)

    @property
    def code(self) -> str:
        """The product code of our specs: lowercase, anything but letters and digits a hyphen."""
        code = re.sub(r"[^a-z0-9]+", "-", self.product.lower()).strip("-")
        if not code or not code[0].isalpha():
            raise SourceError(
                f"{self.path.name}: product {self.product!r} gives no usable code"
            )
        return code


def load(path: Path) -> ApiDocs:
    """Read an api-docs file, or raise SourceError saying what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}"
        ) from None
    if not isinstance(data, dict):
        raise SourceError(
            f"{path}: not an api-docs file (the top level is not an object)"
        )
    info = _mapping(data, "info", path)
    apis = _mapping(data, "apis", path)
    for name, api in apis.items():
        if not isinstance(api, dict):
            raise SourceError(f"{path}: apis.{name} is not an object")
    product, version, style = (info.get(key) for key in ("product", "version", "style"))
    if not isinstance(product, str) or not isinstance(style, str):
        raise SourceError(f"{path}: info.product and info.style must be strings")
    if not isinstance(version, str) or not _API_VERSION.fullmatch(version):
        raise SourceError(
            f"{path}: info.version {version!r} is not an API version "
            "(YYYY-MM-DD, or a name and a number such as ip_1.0)"
        )
    components = data.get("components") or {}
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return ApiDocs(
        path=path,
        product=product,
        api_version=version,
        style=style,
        endpoints=_endpoints(data.get("endpoints"), path),
        components=schemas if isinstance(schemas, dict) else {},
        apis=apis,
    )


def require_supported_style(docs: ApiDocs, operations: list[str]) -> None:
    """Refuse a product whose protocol is its own and unknown here, naming the style."""
    if docs.style not in SUPPORTED_STYLES:
        raise UnsupportedStyleError(docs.path, docs.product, docs.style, operations)


def _mapping(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise SourceError(f"{path}: not an api-docs file (no {key!r} object)")
    return value


def _endpoints(value: Any, path: Path) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise SourceError(f"{path}: 'endpoints' is not a list")
    found: list[tuple[str, str]] = []
    for entry in value:
        if isinstance(entry, dict):
            region, host = entry.get("regionId"), entry.get("endpoint")
            if isinstance(region, str) and isinstance(host, str):
                found.append((region, host))
    return tuple(found)
