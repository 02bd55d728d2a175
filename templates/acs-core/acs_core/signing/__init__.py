"""Request signing, as the official SDKs sign, checked against them.

    acs          Alibaba Cloud's API gateway: V3 `ACS3-HMAC-SHA256` for every style, V2
                 HMAC-SHA1 for RPC (in the query) and ROA (`Authorization: acs <id>:<sig>`)
    oss_v4       OSS `OSS4-HMAC-SHA256` headers and presigned URLs (the default)
    oss_v1       OSS `OSS <id>:<signature>` headers and presigned URLs
    oss_common   what the two OSS signatures share
    sls          Simple Log Service: `LOG <id>:<signature>` (HMAC-SHA256, `sls_v1`)
    sls_v4       Simple Log Service: `SLS4-HMAC-SHA256` (`sls_v4`)
    pds          Drive and Photo Service: `acs <id>:<signature>` (HMAC-SHA1, `pds_v1`),
                 and its unsigned calls (anonymous, or a bearer token)

The gateway's functions are re-exported here, as the clients and the emulator use them.
"""

from __future__ import annotations

from .acs import (
    SERVER_STRING_TO_SIGN,
    V3_ALGORITHM,
    SignedRequest,
    canonical_query,
    canonical_request_v3,
    form_body,
    parse_authorization_v3,
    percent_encode,
    sign_roa_v2,
    sign_rpc_v2,
    sign_rpc_v3,
    sign_v3,
    signature_roa_v2,
    signature_v2,
    signature_v3,
    string_to_sign_roa_v2,
    string_to_sign_v2,
    string_to_sign_v3,
)
from .pds import (
    pds_v1_headers,
    sign_pds_v1,
    signature_pds_v1,
    string_to_sign_pds_v1,
    unsigned_pds_v1,
)
from .sls import (
    SLS_V1_PREFIX,
    content_md5,
    sign_sls_v1,
    signature_sls_v1,
    string_to_sign_sls_v1,
)
from .sls_v4 import (
    SLS_V4_ALGORITHM,
    canonical_request_sls_v4,
    parse_authorization_sls_v4,
    sign_sls_v4,
    signature_sls_v4,
)

__all__ = [
    "SERVER_STRING_TO_SIGN",
    "SLS_V1_PREFIX",
    "SLS_V4_ALGORITHM",
    "V3_ALGORITHM",
    "SignedRequest",
    "canonical_query",
    "canonical_request_sls_v4",
    "canonical_request_v3",
    "content_md5",
    "form_body",
    "parse_authorization_sls_v4",
    "parse_authorization_v3",
    "pds_v1_headers",
    "percent_encode",
    "sign_pds_v1",
    "sign_roa_v2",
    "sign_rpc_v2",
    "sign_rpc_v3",
    "sign_sls_v1",
    "sign_sls_v4",
    "sign_v3",
    "signature_pds_v1",
    "signature_roa_v2",
    "signature_sls_v1",
    "signature_sls_v4",
    "signature_v2",
    "signature_v3",
    "string_to_sign_pds_v1",
    "string_to_sign_roa_v2",
    "string_to_sign_sls_v1",
    "string_to_sign_v2",
    "string_to_sign_v3",
    "unsigned_pds_v1",
]
