"""What every Alibaba Cloud RPC product shares, copied from the hand-written `specs/vod/service.yaml`.

The api-docs files do not describe the error body nor the gateway's own error codes, yet every
product answers with them; a test in `tests/importer` keeps these constants equal to that file.
"""

from __future__ import annotations

from typing import Any

PACKAGE_VERSION = "0.1.0"
SIGNING: dict[str, Any] = {"default": "v3", "supported": ["v3", "v2"]}
SIGNING_V3_ONLY: dict[str, Any] = {"default": "v3", "supported": ["v3"]}
PROTOCOL = "https"

ERROR_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "RequestId": {"type": "string", "description": "The ID of the request."},
        "HostId": {"type": "string", "description": "The endpoint that answered."},
        "Code": {"type": "string", "description": "The error code."},
        "Message": {"type": "string", "description": "The error message."},
        "Recommend": {
            "type": "string",
            "description": "A link to the diagnosis of this error.",
        },
    },
    "required": ["RequestId", "Code", "Message"],
}

# REST-style (ROA) products answer errors in their own shape, often in lowercase
# (`{"code", "message", "requestId"}`); the RPC spelling is accepted too.
REST_ERROR_RESPONSE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "description": "The error code."},
        "message": {"type": "string", "description": "The error message."},
        "requestId": {"type": "string", "description": "The ID of the request."},
        "status": {"type": "integer", "description": "The HTTP status."},
        "Code": {
            "type": "string",
            "description": "The error code (RPC spelling).",
            "pythonName": "code_rpc",
        },
        "Message": {
            "type": "string",
            "description": "The error message (RPC spelling).",
            "pythonName": "message_rpc",
        },
        "RequestId": {
            "type": "string",
            "description": "The ID of the request (RPC spelling).",
            "pythonName": "request_id_rpc",
        },
        "HostId": {"type": "string", "description": "The endpoint that answered."},
        "Recommend": {
            "type": "string",
            "description": "A link to the diagnosis of this error.",
        },
    },
}

ERRORS: list[dict[str, Any]] = [
    {"code": "MissingParameter", "status": 400, "kind": "validation"},
    {"code": "InvalidParameter", "status": 400, "kind": "validation"},
    {"code": "Throttling", "status": 400, "kind": "throttling"},
    {"code": "Throttling.User", "status": 400, "kind": "throttling"},
    {"code": "Throttling.Api", "status": 400, "kind": "throttling"},
    {"code": "IncompleteSignature", "status": 400, "kind": "authentication"},
    {"code": "SignatureNonceUsed", "status": 400, "kind": "authentication"},
    {"code": "InvalidTimeStamp.Expired", "status": 400, "kind": "authentication"},
    {"code": "SignatureDoesNotMatch", "status": 400, "kind": "authentication"},
    {"code": "InvalidAccessKeyId.NotFound", "status": 404, "kind": "authentication"},
    {"code": "Forbidden", "status": 403, "kind": "permission"},
    {"code": "Forbidden.RAM", "status": 403, "kind": "permission"},
    {"code": "InternalError", "status": 500, "kind": "server"},
    {"code": "ServiceUnavailable", "status": 503, "kind": "server"},
]
