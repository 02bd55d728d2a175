"""SLS and PDS: api-docs styles of their own, REST-style requests with signatures of their own.

Their official SDKs (`alibabacloud-sls20201230` through `alibabacloud-gateway-sls`,
`alibabacloud-pds20220301` through `alibabacloud-gateway-pds`) send every operation as a
REST-style request (a method, a path, a JSON body), signed their own way; so they import as
`style: ROA` signed with their own signatures alone, as the SDKs sign by default (`sls_v1`,
`pds_v1`); SLS's opt-in `v4` is `sls_v4` (PDS's opt-in `v4` signs a scope of `date[0:10]` of an
RFC 1123 date, `Sun, 06 De`: not taken), with their own error bodies. What differs from other REST-style products:

- the host parameter (`in: host`): SLS's `project` (134 of 163 operations), the first label of
  `<project>.<region>.log.aliyuncs.com`, as the SDK builds it; PDS's `domain_id` (100 of 109),
  the first label of `<domain_id>.api.aliyunpds.com` (`host_endpoint`: the SDK leaves it to the
  caller to write the domain into the endpoint; a per-call argument is what a user expects).
  The operations without one go to the region's endpoint (SLS's ListProject; PDS's domain
  administration, `<region>.admin.aliyunpds.com`).
- SLS's 20 paths written with a query (`/logstores/{logstore}?type=log`): the SDK moves the
  query into the query string before signing; here it is the operation's `fixed_query`
  (`convert._path`).
- SLS's GetContextLogs: its path is GetLogStore's (`GET /logstores/{logstore}`), told apart by a
  required `type` whose one value is `context_log`; the SDK writes `?type=context_log` into the
  path. Any required query parameter with a single value is so moved into the path's query,
  then the fixed query (`prepare`).
- PDS's `security`: `Anonymous` (Authorize, Token, GetShareLinkToken, GetShareLinkByAnonymous)
  becomes `auth: [anonymous]`, sent unsigned as the SDK sends them; `BearerToken` becomes
  `bearer` (`auth: [access_key, bearer]` for 90 operations, `[bearer]` for 6), sent with the
  client's bearer token as the SDK's gateway sends it (`Authorization: Bearer <token>`).
- the error bodies: SLS `{errorCode, errorMessage}` (request ID in `x-log-requestid`), PDS
  `{code, message}` (`x-ca-request-id`).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from .apidocs import ApiDocs

STYLES = ("SLS", "PDS")
# Styles whose `security` becomes each operation's `auth` (`convert._security`): PDS's SDK sends
# its anonymous operations unsigned and takes a bearer token; SLS's one anonymous operation
# (PutWebtracking) is signed with the AccessKey, as before.
AUTH_STYLES = ("PDS",)

SIGNING: dict[str, dict[str, Any]] = {
    "SLS": {"default": "sls_v1", "supported": ["sls_v1", "sls_v4"]},
    "PDS": {"default": "pds_v1", "supported": ["pds_v1"]},
}
# The endpoint PDS's domain prefixes: `<domain_id>.api.aliyunpds.com`.
HOST_ENDPOINTS = {"PDS": "api.aliyunpds.com"}

SLS_ERROR_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "errorCode": {"type": "string", "description": "The error code."},
        "errorMessage": {"type": "string", "description": "The error message."},
        "accessDeniedDetail": {
            "type": "object",
            "description": "Why a RAM policy denied the request.",
        },
    },
}
PDS_ERROR_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "description": "The error code."},
        "message": {"type": "string", "description": "The error message."},
        "Code": {
            "type": "string",
            "description": "The error code (gateway spelling).",
            "pythonName": "code_gateway",
        },
        "Message": {
            "type": "string",
            "description": "The error message (gateway spelling).",
            "pythonName": "message_gateway",
        },
    },
}
# SLS's common error codes (its documentation's "通用错误码"): what a client retries or not.
SLS_ERRORS: list[dict[str, Any]] = [
    {"code": "ParameterInvalid", "status": 400, "kind": "validation"},
    {"code": "InvalidContentMD5", "status": 400, "kind": "validation"},
    {"code": "RequestTimeTooSkewed", "status": 400, "kind": "validation"},
    {"code": "Unauthorized", "status": 401, "kind": "authentication"},
    {"code": "SignatureNotMatch", "status": 401, "kind": "authentication"},
    {"code": "InvalidAccessKeyId", "status": 401, "kind": "authentication"},
    {"code": "SecurityTokenExpired", "status": 401, "kind": "authentication"},
    {"code": "WriteQuotaExceed", "status": 403, "kind": "throttling"},
    {"code": "ReadQuotaExceed", "status": 403, "kind": "throttling"},
    {"code": "ProjectNotExist", "status": 404, "kind": "not_found"},
    {"code": "InternalServerError", "status": 500, "kind": "server"},
    {"code": "ServerBusy", "status": 503, "kind": "server"},
]


def service_facts(style: str, document: dict[str, Any]) -> None:
    """Set an SLS or PDS service document's signing, host endpoint and error body."""
    document["signing"] = copy.deepcopy(SIGNING[style])
    if style in HOST_ENDPOINTS:
        document["host_endpoint"] = HOST_ENDPOINTS[style]
    if style == "SLS":
        document["error_response"] = copy.deepcopy(SLS_ERROR_RESPONSE)
        document["errors"] = copy.deepcopy(SLS_ERRORS)
    else:
        document["error_response"] = copy.deepcopy(PDS_ERROR_RESPONSE)


def prepare(docs: ApiDocs, warnings: list[str]) -> ApiDocs:
    """SLS's api-docs as its SDK reads them: a required query parameter of one value is part
    of the path's query (PDS: unchanged)."""
    if docs.style != "SLS":
        return docs
    apis = {}
    for name, api in docs.apis.items():
        path, parameters = api.get("path"), api.get("parameters")
        if isinstance(path, str) and isinstance(parameters, list):
            kept = []
            for parameter in parameters:
                value = _single_value(parameter)
                if value is None:
                    kept.append(parameter)
                    continue
                path += ("&" if "?" in path else "?") + f"{parameter['name']}={value}"
                warnings.append(
                    f"{name}: query parameter {parameter['name']!r} has one value: sent "
                    f"as the path's query {path}, as the official SDK sends it"
                )
            api = {**api, "path": path, "parameters": kept}
        apis[name] = api
    return dataclasses.replace(docs, apis=apis)


def _single_value(parameter: Any) -> str | None:
    """The one value of a required query parameter whose enum holds one string."""
    if not isinstance(parameter, dict) or parameter.get("in") != "query":
        return None
    schema = parameter.get("schema")
    if not isinstance(schema, dict) or schema.get("required") is not True:
        return None
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        if enum[0].replace("_", "").replace("-", "").isalnum():
            return enum[0]
    return None
