"""FC and AliGenie: api-docs styles of their own that are plain POP REST-style requests.

Their official SDKs (alibabacloud-fc20230330, -fc-open20210406, -aligenieip-1-0, -aligenieiap-1-0,
-aligeniessp-1-0) send every operation as a REST-style (ROA) request signed with
ACS3-HMAC-SHA256, exactly as CS's or EAS's SDK does; the products import as `style: ROA` with V3
signing only (the SDKs' v2 switch is the generic POP one, unproven for these services, and has no
path for InvokeFunction's binary body). What differs from the metadata is mapped here, before the
operations are converted, each with one line of the report:

- FC-Open's deprecated `AccountID` parameter `in: host` (ListFunctionAsyncInvokeConfigs): the
  account is the first label of every FC-Open host, given once to the client (`account_id=`,
  the overlay's `host_prefix`), not per call: the parameter is dropped.
- FC's `string/byte` bodies and responses (FC-Open's InvokeFunction): `byte` means base64 in
  OpenAPI, but the SDK sends and reads the raw bytes (`req_body_type`/`body_type` 'byte'): read
  as `format: binary` (bytes in, bytes out).
- AliGenie's security schemes (`AliGenie_Auth_SPI`, `AliGenie_Auth_Token`): the SDK signs every
  call with the AccessKey (ACS3), which is what the clients do; read as `AK`.

What the operations share is mapped elsewhere: the wire style and signing (`service`), 204-only
answers (`convert.success_status`), the endpoints the SDKs use (the products' overlays).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from . import log_drive
from .apidocs import ApiDocs

_ACCOUNT_HOST_PARAMETERS = ("accountid",)  # compared lowercased
_ALIGENIE_SECURITY = ("AliGenie_Auth_SPI", "AliGenie_Auth_Token")


def prepare(docs: ApiDocs, warnings: list[str]) -> ApiDocs:
    """The api-docs as their SDKs read them (unchanged for other styles)."""
    if docs.style in log_drive.STYLES:
        return log_drive.prepare(docs, warnings)
    if docs.style not in ("FC", "AliGenie"):
        return docs
    apis: dict[str, dict[str, Any]] = {}
    security: Counter[str] = Counter()
    for name, api in docs.apis.items():
        api = dict(api)
        if docs.style == "FC":
            _account_host(name, api, warnings)
            _raw_bytes(name, api, warnings)
        else:
            security.update(_aligenie_security(api))
        apis[name] = api
    if security:
        counts = ", ".join(f"{scheme} ({n})" for scheme, n in sorted(security.items()))
        warnings.append(
            f"security {counts}: the official SDK signs these calls with the AccessKey "
            "(ACS3-HMAC-SHA256), as the clients do"
        )
    return dataclasses.replace(docs, apis=apis)


def _account_host(name: str, api: dict[str, Any], warnings: list[str]) -> None:
    parameters = api.get("parameters")
    if not isinstance(parameters, list):
        return
    kept = []
    for parameter in parameters:
        if (
            isinstance(parameter, dict)
            and parameter.get("in") == "host"
            and str(parameter.get("name", "")).lower() in _ACCOUNT_HOST_PARAMETERS
        ):
            warnings.append(
                f"{name}: host parameter {parameter['name']!r} dropped: the account is the "
                "first label of every host, the client's account_id="
            )
            continue
        kept.append(parameter)
    api["parameters"] = kept


def _raw_bytes(name: str, api: dict[str, Any], warnings: list[str]) -> None:
    parameters = api.get("parameters")
    if isinstance(parameters, list):
        rewritten = []
        for parameter in parameters:
            if isinstance(parameter, dict) and parameter.get("in") == "body":
                schema = _as_binary(parameter.get("schema"))
                if schema is not None:
                    warnings.append(
                        f"{name}: body {parameter.get('name')!r} is string/byte: sent as raw "
                        "bytes, as the official SDK sends it"
                    )
                    parameter = {**parameter, "schema": schema}
            rewritten.append(parameter)
        api["parameters"] = rewritten
    responses = api.get("responses")
    ok = responses.get("200") if isinstance(responses, dict) else None
    if isinstance(ok, dict) and isinstance(responses, dict):
        schema = _as_binary(ok.get("schema"))
        if schema is not None:
            warnings.append(
                f"{name}: response string/byte: answered as raw bytes, as the official SDK "
                "reads it"
            )
            api["responses"] = {**responses, "200": {**ok, "schema": schema}}


def _as_binary(schema: Any) -> dict[str, Any] | None:
    """A `string/byte` schema as `string/binary`; None for any other."""
    if (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and schema.get("format") == "byte"
    ):
        return {**schema, "format": "binary"}
    return None


def _aligenie_security(api: dict[str, Any]) -> list[str]:
    """The AliGenie schemes of an operation, which it then reads as `AK`."""
    entries = api.get("security")
    found = [
        scheme
        for entry in (entries if isinstance(entries, list) else ())
        if isinstance(entry, dict)
        for scheme in entry
        if scheme in _ALIGENIE_SECURITY
    ]
    if found:
        api["security"] = [{"AK": []}]
    return found
