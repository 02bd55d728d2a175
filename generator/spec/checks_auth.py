"""Stage 2b, semantic checks of how an operation authenticates (`auth`): what the meta-schema
cannot say. An anonymous operation is sent unsigned, so it stands alone; bearer tokens and
unsigned calls are sent as PDS's SDK sends them, so only a service signed `pds_v1` declares
them (another service's forms, such as the POP gateway's `x-acs-signature-type: BEARERTOKEN`,
are not mapped).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..base.diagnostics import Diagnostic
from .model import Operation, Service

ACCESS_KEY, BEARER, ANONYMOUS = "access_key", "bearer", "anonymous"
# The signatures whose products take bearer tokens and unsigned calls.
_AUTH_SIGNATURES = ("pds_v1",)


def auth_problems(operation: Operation, service: Service) -> Iterator[Diagnostic]:
    auth = operation.auth
    if ANONYMOUS in auth and len(auth) > 1:
        yield operation.source.diagnostic(
            "/auth",
            "anonymous stands alone: an anonymous operation is sent unsigned, "
            f"so it cannot also take {', '.join(a for a in auth if a != ANONYMOUS)}",
        )
    if auth != (ACCESS_KEY,) and not any(
        v in _AUTH_SIGNATURES for v in service.signing_supported
    ):
        yield operation.source.diagnostic(
            "/auth",
            "only a service signed pds_v1 (PDS) takes bearer tokens or unsigned calls; "
            f"this one signs with {', '.join(service.signing_supported)}",
        )
