"""The service document: what all operations of the product share, and its shared models."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from . import log_drive, oss, standard
from .apidocs import ApiDocs
from .schemas import COMPONENT_PREFIX, MODEL_NAME, Converter, Schema

_REGION = re.compile(r"[a-z]{2,}(-[a-z0-9]+)+")
_HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")
_FALLBACK_REGION = "cn-hangzhou"


_DATE_VERSION = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def package_names(docs: ApiDocs) -> tuple[str, str]:
    """The distribution and import names: `acs-<code>` for a dated API version; a version that
    is a name and a number tells products of one code apart, so it joins the name
    (AliGenie's ip_1.0: `acs-aligenie-ip-1-0`, `acs_aligenie_ip_1_0`)."""
    code = docs.code
    if not _DATE_VERSION.fullmatch(docs.api_version):
        version = re.sub(r"[^a-z0-9]+", "-", docs.api_version.lower()).strip("-")
        code = f"{code}-{version}"
    return f"acs-{code}", f"acs_{code.replace('-', '_')}"


def service_document(
    docs: ApiDocs, models: dict[str, Schema], warnings: list[str]
) -> dict[str, Any]:
    distribution, import_name = package_names(docs)
    style = docs.wire_style
    document: dict[str, Any] = {
        "service": docs.code,
        "title": docs.product,
        "api_version": docs.api_version,
        "style": style,
        "package": {
            "distribution": distribution,
            "import_name": import_name,
            "version": standard.PACKAGE_VERSION,
        },
        # V3-style products, and FC and AliGenie (REST-style on the wire), are signed with
        # ACS3-HMAC-SHA256 only, as their official SDKs sign them.
        "signing": copy.deepcopy(
            standard.SIGNING_V3_ONLY
            if docs.style in ("V3", "FC", "AliGenie")
            else standard.SIGNING
        ),
        "protocol": standard.PROTOCOL,
        "endpoints": _endpoints(docs, warnings),
        # FC and AliGenie answer errors as POP's gateway does (`Code`, `Message`,
        # `RequestId`: FC 3.0's own `Error` model), other REST-style products their own way.
        "error_response": copy.deepcopy(
            standard.REST_ERROR_RESPONSE
            if docs.style == "ROA"
            else standard.ERROR_RESPONSE
        ),
        "errors": copy.deepcopy(standard.ERRORS),
    }
    if docs.style in log_drive.STYLES:  # their own signatures, hosts and error bodies
        log_drive.service_facts(docs.style, document)
    if docs.style == "OSS":  # its own signatures and `<Error>` body
        document["signing"] = copy.deepcopy(oss.SIGNING)
        document["error_response"] = copy.deepcopy(oss.ERROR_RESPONSE)
        document["errors"] = copy.deepcopy(oss.SERVICE_ERRORS)
    if models:
        document["models"] = models
    return document


def _endpoints(docs: ApiDocs, warnings: list[str]) -> dict[str, str]:
    endpoints: dict[str, str] = {}
    for region, host in docs.endpoints:
        host = (
            host.strip().lower()
        )  # "fcv3.ap-southeast-5.aliyuncs.com\t": the vendor's typo
        if not _REGION.fullmatch(region) or not _HOST.fullmatch(host):
            warnings.append(
                f"endpoint {region!r} -> {host!r} dropped: not a region and a host name"
            )
        elif region not in endpoints:
            endpoints[region] = host
    if not endpoints:
        # Products without regional endpoints answer on the central one.
        host = f"{docs.code}.aliyuncs.com"
        warnings.append(
            f"the vendor lists no usable endpoint; assuming {host} for {_FALLBACK_REGION}"
        )
        endpoints[_FALLBACK_REGION] = host
    return endpoints


def references(value: Any) -> set[str]:
    """The component names a vendor structure points at through `$ref`."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
                found.add(ref.removeprefix(COMPONENT_PREFIX))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def closure(start: Iterable[str], components: Mapping[str, Any]) -> list[str]:
    """`start` and every component they reach, in the vendor's component order."""
    reached: set[str] = set()
    pending = [name for name in start if name in components]
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending.extend(n for n in references(components[name]) if n in components)
    return [name for name in components if name in reached]


def response_models(
    apis: Mapping[str, Mapping[str, Any]], components: Mapping[str, Any]
) -> set[str]:
    """Components that some response of the product reaches (across all its operations)."""
    start: set[str] = set()
    for api in apis.values():
        start |= references(api.get("responses"))
    return set(closure(start, components))


def convert_models(
    names: list[str],
    components: Mapping[str, Any],
    in_responses: set[str],
    warnings: list[str],
) -> tuple[dict[str, Schema], Converter]:
    """Our `models:` for the named components.

    A model that a response reaches is read leniently (no `required`, date-times inferred), like
    any response schema; one only requests use keeps its `required` fields, so the client can
    check them before sending.
    """
    converter = Converter(components, "models", warnings)
    models: dict[str, Schema] = {}
    for name in names:
        if not MODEL_NAME.fullmatch(name):
            continue  # operations that use it were skipped already
        response = name in in_responses
        model = converter.convert(
            components[name],
            name,
            "response" if response else "request",
            keep_required=not response,
        )
        model.pop("title", None)  # the model's name is its key
        models[name] = model
    return models, converter
