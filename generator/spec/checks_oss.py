"""Stage 2b, semantic checks of what only OSS-style services have: the bucket in the host, fixed
query pairs (the sub-resource), XML and raw bodies, header maps (`x-oss-meta-*`) and response
headers. A service of another style may use none of it, but for what REST-style products of a
protocol of their own share with OSS: a host parameter (SLS's project, PDS's domain) and a
fixed query (SLS's `?type=log`); and their own signatures (`sls_v1`, `pds_v1`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..base.diagnostics import Diagnostic
from ..python import names
from .load import pointer_join
from .model import Operation, Service
from .schema import is_reference, properties, type_of

_OSS_SIGNATURES = ("v4", "v1")
_GATEWAY_SIGNATURES = ("v3", "v2")
# REST-style products with signatures of their own (SLS's two, PDS's one): they sign with those
# alone.
_OWN_FAMILIES = (("sls_v1", "sls_v4"), ("pds_v1",))
_OWN_SIGNATURES = tuple(v for family in _OWN_FAMILIES for v in family)
_OSS_MEDIA = ("xml",)  # binary answers are REST-style products' too (FC)
# Headers the OSS client sets itself when it signs a request.
_OSS_SIGNED_HEADERS = ("x-oss-date", "x-oss-content-sha256", "x-oss-security-token")


def oss_service_problems(service: Service) -> Iterator[Diagnostic]:
    """OSS services sign with v4 or v1, the others with v3 or v2; a REST-style service may
    sign with a signature of its own (sls_v1, pds_v1), and then with it alone."""
    allowed: tuple[str, ...] = (
        _OSS_SIGNATURES if service.style == "OSS" else _GATEWAY_SIGNATURES
    )
    if service.style == "ROA":
        allowed += _OWN_SIGNATURES
    for index, version in enumerate(service.signing_supported):
        if version not in allowed:
            yield service.source.diagnostic(
                f"/signing/supported/{index}",
                f"a {service.style}-style service signs with {' or '.join(allowed)}, "
                f"not {version}",
            )
    own = [v for v in service.signing_supported if v in _OWN_SIGNATURES]
    family = next((f for f in _OWN_FAMILIES if own and own[0] in f), ())
    if own and any(v not in family for v in service.signing_supported):
        yield service.source.diagnostic(
            "/signing/supported",
            f"{own[0]} is a product's own signature: only its kin "
            f"({', '.join(family)}) may be supported beside it",
        )
    if service.host_endpoint is not None and service.style != "ROA":
        yield service.source.diagnostic(
            "/host_endpoint", "only a REST-style service has a host_endpoint"
        )


def oss_operation_problems(
    operation: Operation, service: Service
) -> Iterator[Diagnostic]:
    source = operation.source
    oss = service.style == "OSS"
    rest = service.style == "ROA"
    if not oss:
        for key, present in (
            ("fixed_query", bool(operation.fixed_query) and not rest),
            ("response_headers", bool(operation.response_headers)),
            ("response_media", operation.response_media in _OSS_MEDIA),
        ):
            if present:
                yield source.diagnostic(
                    f"/{key}", f"only an OSS-style service's operations have {key}"
                )
    hosts = [i for i, p in enumerate(operation.parameters) if p.location == "host"]
    for index in hosts:
        if not (oss or rest):
            yield source.diagnostic(
                f"/parameters/{index}/in",
                "only an OSS or REST-style operation has a host parameter (the bucket, "
                "SLS's project, PDS's domain)",
            )
        elif index != hosts[0]:
            yield source.diagnostic(
                f"/parameters/{index}/in", "an operation has at most one host parameter"
            )
    for index, parameter in enumerate(operation.parameters):
        pointer = f"/parameters/{index}"
        kind = type_of(
            parameter.schema, "object" if is_reference(parameter.schema) else None
        )
        if parameter.location == "host" and kind != "string":
            yield source.diagnostic(
                f"{pointer}/schema",
                "a host parameter (the first label of the host) is a string",
            )
        if parameter.name.endswith("*") and (
            parameter.location != "header" or kind != "object"
        ):
            yield source.diagnostic(
                f"{pointer}/name",
                "a name ending in `*` is a header map: an object parameter in a header",
            )
        if parameter.style == "xml":
            root = properties(parameter.schema)
            if not oss or parameter.location != "body" or len(root) != 1:
                yield source.diagnostic(
                    f"{pointer}/style",
                    "style xml is an OSS body: an object whose one property is the root element",
                )
        if (
            oss
            and parameter.location == "header"
            and parameter.name.lower() in _OSS_SIGNED_HEADERS
        ):
            yield source.diagnostic(
                f"{pointer}/name",
                f"header {parameter.name!r} is set by the client when it signs",
            )
    if operation.response_media == "xml" and len(properties(operation.response)) != 1:
        yield source.diagnostic(
            "/response",
            "an XML response is an object whose one property is the root element",
        )
    yield from _header_names(operation)


def _header_names(operation: Operation) -> Iterator[Diagnostic]:
    """Response headers become fields beside the body's: no two may share a Python name."""
    fields = {
        names.attribute_name(name, schema.get("pythonName")): name
        for name, schema in properties(operation.response).items()
    }
    for name, schema in operation.response_headers.items():
        pointer = pointer_join("/response_headers", name)
        python_name = names.attribute_name(name, schema.get("pythonName"))
        other = fields.setdefault(python_name, name)
        if other != name:
            yield operation.source.diagnostic(
                pointer,
                f"{name!r} and {other!r} both become the Python name {python_name!r}",
            )
        if name.endswith("*") and type_of(schema) != "object":
            yield operation.source.diagnostic(
                pointer, "a header map (a name ending in `*`) is an object"
            )
