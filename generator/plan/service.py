"""The facts of a whole service: its `SERVICE = ServiceInfo(...)` line, the context every
template of the package shares, and the acs-core range `_runtime.py` checks at import.
"""

from __future__ import annotations

from typing import Any

from ..python.layout import call, collection
from ..python.literals import docstring, py_literal, toml_string
from ..spec.model import Service
from .core import core_range, core_requirement


def runtime_check(service: Service) -> dict[str, str]:
    """`_runtime.py`'s facts: the acs-core range, and what to say outside it."""
    low, high = core_range()
    requirement = core_requirement()
    needs = f"{service.distribution} {service.version} needs {requirement}"
    fix = f"pip install '{requirement}'"

    def bound(version: str) -> str:
        return py_literal(tuple(int(part) for part in version.split(".")))

    return {
        "requirement": requirement,
        "low": bound(low),
        "high": bound(high) if "." in high else py_literal((int(high), 0)),
        "missing_literal": py_literal(f"{needs}, which is not installed: {fix}"),
        # An f-string: the installed version is known only at import time.
        "skew_literal": "f"
        + py_literal(f"{needs}, but acs-core {{core_version}} is installed: {fix}"),
    }


def service_context(service: Service) -> dict[str, Any]:
    regions = [region for region, _ in service.endpoints]
    return {
        "code": service.code,
        "title": service.title,
        "description_toml": toml_string(
            f"Typed, validated Python client for {service.title} (API version {service.api_version})."
        ),
        "version_literal": py_literal(service.version),
        "title_doc": docstring(
            f"{service.title} (API version {service.api_version}): typed client.",
            indent=0,
        ),
        "api_version": service.api_version,
        "distribution": service.distribution,
        "version": service.version,
        "core_requirement": core_requirement(),
        "assignment": _service_assignment(service),
        "regions": regions,
        "first_region": regions[0],
        "host_prefix": service.host_prefix,
        # What a client needs beside its region: the account of account-scoped endpoints.
        "client_options": (
            f', {service.host_prefix}="<your {service.host_prefix.replace("_", " ")}>"'
            if service.host_prefix
            else ""
        ),
        "oss": service.style == "OSS",
        # The error code of a request signed at a time the server does not accept.
        "clock_code": (
            "RequestTimeTooSkewed"
            if service.style == "OSS"
            else "InvalidTimeStamp.Expired"
        ),
    }


def _service_assignment(service: Service) -> str:
    """`SERVICE = ServiceInfo(...)`, laid out as black would."""

    def mapping(name: str, pairs: list[tuple[str, str]]) -> str:
        entries = [f"{py_literal(key)}: {py_literal(value)}" for key, value in pairs]
        return collection(f"{name}={{", entries, "}", indent=4)

    arguments = [
        f"product={py_literal(service.code)}",
        f"api_version={py_literal(service.api_version)}",
        mapping("endpoints", list(dict(service.endpoints).items())),
        f"protocol={py_literal(service.protocol)}",
        f"default_signature={py_literal(service.signing_default)}",
        f"supported_signatures={py_literal(service.signing_supported)}",
        mapping(
            "error_kinds",
            list({e.code: e.kind for e in service.all_errors if e.kind}.items()),
        ),
    ]
    if service.style != "RPC":
        arguments.append(f"style={py_literal(service.style)}")
    if service.host_prefix is not None:
        arguments.append(f"host_prefix={py_literal(service.host_prefix)}")
    if service.host_endpoint is not None:
        arguments.append(f"host_endpoint={py_literal(service.host_endpoint)}")
    return call("SERVICE = ServiceInfo(", arguments, ")", indent=0)
