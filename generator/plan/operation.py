"""Plan one operation's Python surface: its request and response classes, its `OPERATION`
line, its client method's name and examples, its batch method, page iterator and waiters.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..python import names
from ..python.layout import assignment
from ..python.literals import docstring, one_line, py_literal
from ..spec.model import Operation, Service
from ..spec.schema import items, properties, type_of
from .conveniences import iterator_example, operation_facts, pager_view, waiter_views
from .parameters import param_view
from .types import ModuleTypes, describes_model, json_hint, model_for
from .uploads import upload_view
from .views import BatchView, OperationView, ParamView


def operation_view(
    operation: Operation, service: Service, shared: ModuleTypes
) -> OperationView:
    types = ModuleTypes(ref_classes=shared.ref_classes, imported=shared.imported)
    types.reserve(*shared.models, *shared.enums)
    request_class, _ = types.claim(f"{operation.name}Request", {})
    oss = service.style == "OSS"
    response = _response_view(operation, types, oss=oss)
    params = tuple(
        param_view(parameter, operation, types, oss=oss)
        for parameter in operation.parameters
    )
    facts = [py_literal(operation.name), request_class, response.value]
    if operation.methods[0] != "POST":
        facts.append(f"method={py_literal(operation.methods[0])}")
    if operation.path is not None:
        facts.append(f"path={py_literal(operation.path)}")
    if operation.fixed_query:
        facts.append(f"query={py_literal(operation.fixed_query)}")
    if oss and operation.response_media in ("xml", "binary"):
        facts.append(f"media={py_literal(operation.response_media)}")
    if operation.regions:
        facts.append(f"regions={py_literal(tuple(operation.regions))}")
    if operation.auth != ("access_key",):  # bearer tokens, unsigned calls (PDS)
        facts.append(f"auth={py_literal(operation.auth)}")
    if operation.access == "read":
        facts.append("read_only=True")
    if operation.idempotent:
        facts.append("idempotent=True")
    pager = pager_view(operation, types, shared, response.class_name)
    waiters = waiter_views(operation, types, shared, response.class_name)
    facts += operation_facts(pager, waiters)
    upload = upload_view(operation, service, types, shared, response.class_name)
    if upload is not None:
        facts.append(upload.fact)
    operation_line = assignment("OPERATION", "OperationInfo(", facts, ")", indent=0)
    summary = one_line(operation.summary)
    example_region = (
        operation.regions or tuple(region for region, _ in service.endpoints)
    )[0]
    return OperationView(
        name=operation.name,
        name_literal=py_literal(operation.name),
        method_name=names.method_name(operation.name),
        module_name=names.module_name(operation.name),
        request_class=request_class,
        response_class=response.class_name,
        response_hint=response.hint,
        summary=summary,
        doc=docstring(
            "\n".join(filter(None, [operation.summary, operation.description])),
            indent=8,
        ),
        params=params,
        fields_in_order=tuple(sorted(params, key=lambda p: not p.required)),
        types=types,
        operation_line=operation_line,
        example_call=_example_call(names.method_name(operation.name), params),
        iterator_call=(
            _example_call(pager.method_name, params, skip=pager.skipped)
            if pager
            else None
        ),
        waiter_calls=tuple(
            _example_call(waiter.method_name, params) for waiter in waiters
        ),
        facts=_facts(operation),
        example_region=example_region,
        access=operation.access,
        batch=_batch_view(operation, types, response.class_name),
        pager=pager,
        waiters=waiters,
        upload=upload,
        iterator_test=iterator_example(operation, pager, example_region),
        streams=oss and operation.response_media == "binary",
    )


@dataclass(frozen=True)
class ResponseView:
    class_name: (
        names.ClassName | None
    )  # the model a response is read into (or its items)
    hint: str  # what the client method returns
    # OPERATION's `response`: the model, `_m.ArrayOf(Item)`, `_m.ANY_JSON`, `_m.BINARY` or None
    value: str


def _response_view(
    operation: Operation, types: ModuleTypes, *, oss: bool
) -> ResponseView:
    """An object response becomes `XResponse`; an array of objects a list of `XResponseItem`;
    anything else (no schema, a plain value, a list of them) the decoded JSON, typed as such:
    nothing the service sends is dropped. A binary response answers the body's bytes.

    OSS: the response headers are fields beside the body's; a binary body makes the model a
    `BinaryResponse` (the headers, with the bytes beside them, or a stream)."""
    headers = operation.response_headers
    media = operation.response_media
    if headers or (oss and media == "binary"):
        body = properties(operation.response) if media == "xml" else {}
        schema = {**operation.response, "properties": {**body, **headers}}
        base = "_m.BinaryResponse" if media == "binary" else "_m.Model"
        model = model_for(
            schema, f"{operation.name}Response", types, headers=headers, base=base
        )
        return ResponseView(model, model, model)
    if operation.response_media == "none":
        return ResponseView(None, "None", "None")
    if operation.response_media == "binary":  # the body's bytes, as they came
        return ResponseView(None, "bytes", "_m.BINARY")
    schema = operation.response
    if type_of(schema) == "array" and describes_model(items(schema)):
        item = model_for(items(schema), f"{operation.name}ResponseItem", types)
        return ResponseView(item, f"list[{item}]", f"_m.ArrayOf({item})")
    if describes_model(schema):
        model = model_for(schema, f"{operation.name}Response", types)
        return ResponseView(model, model, model)
    return ResponseView(None, json_hint(schema), "_m.ANY_JSON")


def _batch_view(
    operation: Operation, types: ModuleTypes, response_class: str | None
) -> BatchView | None:
    batch = operation.batch
    if batch is None or response_class is None:
        return None
    parameter = next(p for p in operation.parameters if p.name == batch.parameter)
    response = types.models[response_class]
    results = next(
        f for f in response.fields if f.wire_literal == py_literal(batch.results)
    )
    return BatchView(
        method_name=names.PythonIdentifier(batch.method),
        param=names.attribute_name(parameter.name, parameter.python_name),
        size=parameter.schema["maxItems"],
        results=results.python_name,
        item_hint=results.type.hint.removeprefix("list[").removesuffix("]"),
    )


def _example_call(method: str, params: tuple[ParamView, ...], skip: str = "") -> str:
    """`method(required=example, ...)`: a call for READMEs, with the spec's examples."""
    arguments = [
        f"{p.python_name}={p.example_literal}"
        for p in params
        if p.required and p.python_name != skip
    ]
    return f"{method}({', '.join(arguments)})"


def _facts(operation: Operation) -> str:
    access = (
        "A read (retried on ambiguous failures)"
        if operation.access == "read"
        else ("A write (retried only when the request surely was not processed)")
    )
    regions = (
        f"only in {', '.join(operation.regions)}"
        if operation.regions
        else "in every region"
    )
    deprecated = " Deprecated." if operation.deprecated else ""
    return f"{access}; offered {regions}.{deprecated}"
