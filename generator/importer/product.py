"""`import_product`: one api-docs file (plus an overlay) -> a folder of spec files.

The order matters and is the same for every operation:
convert -> drop clashing titles -> overlay -> drop examples the curated schema refuses -> goldens
(checked against the curated schema) -> overlay's golden entries -> meta-schema -> text.
Nothing is written until every document is built and valid, so a failure leaves the folder as it was.
"""

from __future__ import annotations

import dataclasses
import difflib
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from ..base.diagnostics import SpecError
from ..base.progress import Progress, counting
from ..spec.datacheck import iter_data_errors
from ..spec.validate import load_specs
from . import apidocs, checks, emit, log_drive, metaschema, oss, own_styles, paging
from . import overlay as overlays
from . import service as services
from .convert import OPERATION_NAME, Converted, convert_operation, success_status
from .errors import ImportFailure
from .goldens import Golden, demos, goldens
from .report import KEPT_HAND_WRITTEN, ImportReport
from .schemas import Schema, Unsupported

SERVICE_FILE = "service.yaml"
_VENDOR_GOLDEN_PREFIX = "vendor_"


@dataclass
class _Run:
    """The state of one import, shared by the steps below."""

    docs: apidocs.ApiDocs
    out_dir: Path
    overlay: overlays.Overlay | None
    report: ImportReport
    head: str
    files: dict[str, str] = field(default_factory=dict)
    delete: list[str] = field(default_factory=list)
    models: dict[str, Schema] = field(default_factory=dict)
    error_response: Schema = field(default_factory=dict)
    regions: set[str] = field(default_factory=set)
    # Service-wide error code -> HTTP status, to tell the status of an error demo.
    statuses: dict[str, int] = field(default_factory=dict)
    # Date-times the importer inferred in models; a golden response may take them back.
    model_guesses: list[Schema] = field(default_factory=list)
    service_document: dict[str, Any] | None = None  # imported now: written last


def import_product(
    api_docs: Path,
    out_dir: Path,
    *,
    operations: Sequence[str] | None = None,
    overlay: Path | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the named operations (default: all) of one api-docs file into `out_dir`.

    `progress` hears of each operation read, then of each one built.
    """
    docs = apidocs.load(api_docs)
    selected = _select(docs, operations)
    apidocs.require_supported_style(docs, selected)
    curated = overlays.load(overlay) if overlay is not None else None
    if curated is not None:
        _check_overlay_operations(curated, docs)
        docs = dataclasses.replace(
            docs, components=overlays.components(curated, docs.components)
        )
    if docs.style == "OSS":
        apis, components = oss.normalize(docs.apis, docs.components)
        docs = dataclasses.replace(docs, apis=apis, components=components)
    if out_dir.exists() and not out_dir.is_dir():
        raise ImportFailure(f"{out_dir} is not a folder")
    report = ImportReport(docs.code, docs.api_version)
    run = _Run(
        own_styles.prepare(docs, report.warnings),
        out_dir,
        curated,
        report,
        emit.header(api_docs, overlay),
    )
    converted = _convert(run, selected, counting(progress, "reading", len(selected)))
    _service(run, converted, selected)
    step = counting(progress, "importing", len(converted))
    for operation in converted:
        _operation(run, operation)
        step()
    if run.service_document is not None:
        run.files[SERVICE_FILE] = emit.service_text(run.service_document, run.head)
    if operations is None:
        _remove_vanished(run)
    _keep_what_validates(run)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        written, unchanged, removed = emit.write_tree(out_dir, run.files, run.delete)
    except emit.UnsafePath as exc:
        raise ImportFailure(str(exc)) from None
    except OSError as exc:
        raise ImportFailure(f"cannot write to {out_dir}: {exc}") from None
    run.report.files_written = written
    run.report.files_unchanged = unchanged
    run.report.removed += removed
    return run.report


def _select(docs: apidocs.ApiDocs, operations: Sequence[str] | None) -> list[str]:
    if operations is None:
        return list(docs.apis)
    for name in operations:
        if not OPERATION_NAME.fullmatch(name):
            raise ImportFailure(
                f"{name!r} is not an operation name (^[A-Za-z][A-Za-z0-9]*$)"
            )
        if name not in docs.apis:
            close = difflib.get_close_matches(name, list(docs.apis), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ImportFailure(f"{docs.path.name} has no operation {name!r}{hint}")
    wanted = set(operations)
    return [name for name in docs.apis if name in wanted]


def _check_overlay_operations(curated: overlays.Overlay, docs: apidocs.ApiDocs) -> None:
    for name in curated.section("operations"):
        if name not in docs.apis:
            close = difflib.get_close_matches(name, list(docs.apis), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise curated.error(
                ("operations", name), f"no operation {name!r} in {docs.path.name}{hint}"
            )


def _convert(
    run: _Run, selected: list[str], step: Callable[[], None]
) -> list[Converted]:
    converted = []
    # Operation names name files: two that differ only in case would be one file on a
    # case-insensitive file system, and one module. The first in the vendor's order wins.
    folded: dict[str, str] = {}
    for name in selected:
        step()
        if not OPERATION_NAME.fullmatch(name):
            run.report.skip(
                name, "the name is not an identifier, so it cannot name a file"
            )
            continue
        twin = folded.setdefault(name.lower(), name)
        if twin != name:
            run.report.skip(name, f"its name differs from {twin!r} only in case")
            continue
        target = run.out_dir / f"{name}.yaml"
        if target.exists() and not emit.is_imported(target):
            run.report.skip(name, KEPT_HAND_WRITTEN)
            continue
        try:
            if run.docs.style == "OSS":
                operation = oss.convert_operation(
                    name, run.docs.apis[name], run.docs.components, run.report.warnings
                )
            else:
                operation = convert_operation(
                    name,
                    run.docs.apis[name],
                    run.docs.components,
                    run.report.warnings,
                    style=run.docs.wire_style,
                    auth_mapped=run.docs.style in log_drive.AUTH_STYLES,
                )
            checks.check_python_names(operation.document)
        except Unsupported as exc:
            run.report.skip(name, str(exc))
            _drop_stale(run, name)
            continue
        converted.append(operation)
        run.report.dropped.update(operation.converter.dropped)
    return converted


def _service(run: _Run, converted: list[Converted], selected: list[str]) -> None:
    """Write (or keep) service.yaml; settle the models, error body and codes operations use."""
    path = run.out_dir / SERVICE_FILE
    if path.exists() and not emit.is_imported(path):
        run.report.warn(
            f"{SERVICE_FILE} is hand-written: kept, and its models used as they are"
        )
        document = _hand_written(path)
    else:
        document = _imported_service(run, converted, selected)
        # Written once every operation is done: a response demo may still take back a
        # guessed `date-time` inside a shared model.
        run.service_document = document
        run.report.service_written = True
    run.models = document.get("models") or {}
    run.error_response = document.get("error_response") or {}
    run.regions = set(document.get("endpoints") or {})
    run.statuses = {
        e["code"]: e["status"]
        for e in document.get("errors", [])
        if isinstance(e, dict)
    }
    _require_models(run, converted, set(run.models))
    run.report.models = list(run.models)


def _imported_service(
    run: _Run, converted: list[Converted], selected: list[str]
) -> dict[str, Any]:
    components = run.docs.components
    # Models for the operations imported now and for those an earlier import left in the folder.
    earlier = [
        services.references(api)
        for name, api in run.docs.apis.items()
        if name not in selected
        and OPERATION_NAME.fullmatch(name)
        and emit.is_imported(run.out_dir / f"{name}.yaml")
    ]
    start = set().union(*(op.converter.refs for op in converted), *earlier)
    in_responses = services.response_models(run.docs.apis, components)
    models, converter = services.convert_models(
        services.closure(start, components),
        components,
        in_responses,
        run.report.warnings,
    )
    run.model_guesses = converter.inferred
    run.report.dropped.update(converter.dropped)
    for name, model in list(models.items()):
        try:
            checks.check_schema_names(model, f"model {name}")
        except Unsupported as exc:
            run.report.warn(str(exc))
            del models[name]
    checks.dedupe_titles(list(models.values()), set(models))
    if run.overlay is not None:
        overlays.apply_models(run.overlay, models, set(components))
    for dropped in checks.prune_examples(
        [(f"/models/{n}", m) for n, m in models.items()], models
    ):
        run.report.warn(f"{SERVICE_FILE}: {dropped} dropped: it breaks its own schema")
    document = services.service_document(run.docs, models, run.report.warnings)
    if run.overlay is not None:
        overlays.apply_service(run.overlay, document)
    problems = metaschema.problems(document, metaschema.SERVICE)
    if problems:
        has_patch = run.overlay is not None and bool(run.overlay.section("service"))
        raise _invalid(run, ("service",) if has_patch else (), SERVICE_FILE, problems)
    return document


def _require_models(run: _Run, converted: list[Converted], available: set[str]) -> None:
    for operation in list(converted):
        closure = set(services.closure(operation.converter.refs, run.docs.components))
        missing = sorted(closure - available)
        if missing:
            run.report.skip(
                operation.name,
                f"uses shared models not available in {SERVICE_FILE}: {', '.join(missing)}",
            )
            converted.remove(operation)


def _hand_written(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ImportFailure(
            f"{path}: hand-written service file cannot be read: {exc}"
        ) from None
    if not isinstance(data, dict):
        raise ImportFailure(f"{path}: hand-written service file is not a mapping")
    return data


def _operation(run: _Run, operation: Converted) -> None:
    name, document, models = operation.name, operation.document, run.models
    checks.dedupe_titles(
        [root for _, root in checks.operation_roots(document)], set(models)
    )
    problems = metaschema.problems(document, metaschema.OPERATION)
    if problems:
        run.report.skip(name, f"the imported spec breaks the format: {problems[0]}")
        _drop_stale(run, name)
        return
    inferred = paging.infer(document)
    if run.docs.style == "OSS":
        inferred = paging.Inference(oss.marker_pagination(document))
    if inferred.pagination is not None:
        document["pagination"] = inferred.pagination
    if run.overlay is not None:
        overlays.apply_operation(run.overlay, name, document)
        try:
            checks.check_python_names(document)
        except Unsupported as exc:
            raise run.overlay.error(("operations", name), str(exc)) from None
        unknown = [r for r in document.get("regions", []) if r not in run.regions]
        if unknown:
            raise run.overlay.error(
                ("operations", name, "regions"),
                f"regions {unknown} have no endpoint in {SERVICE_FILE}",
            )
    dropped = checks.prune_examples(checks.operation_roots(document), models)
    dropped += checks.prune_parameter_examples(document, models)
    if dropped:
        run.report.warn(
            f"{name}: {len(dropped)} example(s) dropped that break their own schema: {', '.join(dropped)}"
        )
    found = _goldens(run, operation)
    if found:
        document["golden"] = [g.entry for g in found]
    curated: dict[str, Any] = {}
    if run.overlay is not None:
        pending = {g.path for g in found}
        curated = overlays.apply_goldens(
            run.overlay,
            name,
            document,
            lambda f: f in pending or (run.out_dir / f).is_file(),
        )
        _check_curated(run, name, document, curated)
    problems = metaschema.problems(document, metaschema.OPERATION)
    if problems:
        raise _invalid(run, ("operations", name), f"{name}.yaml", problems)
    run.files[f"{name}.yaml"] = emit.operation_text(document, run.head)
    kept_files = {g["file"] for g in document.get("golden", [])}
    for golden in found:
        if golden.path in kept_files:
            run.files[golden.path] = emit.golden_text(golden.data)
            run.report.goldens.append(golden.path)
    for path, data in curated.items():
        run.files[path] = emit.golden_text(data)
        run.report.goldens.append(path)
    _drop_stale(run, name, keep=set(run.files))
    run.report.imported.append(name)
    if "pagination" in document:
        run.report.paginated[name] = document["pagination"]["style"]
    elif inferred.ambiguity is not None:
        run.report.paging_ambiguous[name] = inferred.ambiguity


def _check_curated(
    run: _Run, name: str, document: dict[str, Any], curated: dict[str, Any]
) -> None:
    """An inline golden of the overlay must satisfy its schema, unless it says it does not."""
    assert run.overlay is not None
    for golden in document.get("golden", []):
        if golden.get("file") not in curated or golden.get("conforms") is False:
            continue
        schema = document["response"] if golden["status"] < 300 else run.error_response
        errors = list(iter_data_errors(curated[golden["file"]], schema, run.models))
        if errors:
            pointer, message = errors[0]
            raise run.overlay.error(
                ("operations", name, "golden", str(golden["name"])),
                f"data breaks the schema at {pointer or '/'}: {message}",
            )


def _goldens(run: _Run, operation: Converted) -> list[Golden]:
    statuses = dict(run.statuses)
    statuses.update(
        {e["code"]: e["status"] for e in operation.document.get("errors", [])}
    )
    api = run.docs.apis[operation.name]
    return goldens(
        operation.name,
        demos(api.get("responseDemo")),
        operation.document["response"],
        run.error_response,
        run.models,
        statuses,
        [*operation.converter.inferred, *run.model_guesses],
        run.report.warnings,
        success_status(api.get("responses")),
    )


def _drop_stale(run: _Run, name: str, keep: set[str] | None = None) -> None:
    """Mark for removal what an earlier import wrote for `name` and this one does not."""
    keep = keep or set()
    spec = run.out_dir / f"{name}.yaml"
    if f"{name}.yaml" not in keep and spec.is_file() and emit.is_imported(spec):
        run.delete.append(f"{name}.yaml")
    folder = run.out_dir / "golden" / name
    if folder.is_dir() and (f"{name}.yaml" in keep or emit.is_imported(spec)):
        for path in sorted(folder.glob(f"{_VENDOR_GOLDEN_PREFIX}*.json")):
            relative = f"golden/{name}/{path.name}"
            if relative not in keep:
                run.delete.append(relative)


def _remove_vanished(run: _Run) -> None:
    """After a whole-product import, operations the vendor dropped lose their imported files."""
    for path in sorted(run.out_dir.glob("*.yaml")) if run.out_dir.is_dir() else []:
        name = path.stem
        if (
            path.name != SERVICE_FILE
            and name not in run.docs.apis
            and emit.is_imported(path)
        ):
            _drop_stale(run, name)
            run.report.warn(
                f"{name}: no longer in {run.docs.path.name}; its imported files are removed"
            )


def _invalid(
    run: _Run, entry: tuple[str, ...], file: str, problems: list[str]
) -> ImportFailure:
    message = f"{file} would break the spec format: {'; '.join(problems[:3])}"
    if run.overlay is not None and entry:
        return run.overlay.error(entry, message)
    return ImportFailure(message)


def _keep_what_validates(run: _Run) -> None:
    """Whatever the vendor wrote, the import writes only specs that `validate` accepts: the
    folder as it would be is checked by the generator's own validation, and an operation it
    refuses is skipped, with the first problem as the reason (the rest of the product stays).
    """
    for _ in range(len(run.report.imported) + 1):
        refused = _refused(run)
        if not refused:
            return
        if SERVICE_FILE in refused and run.service_document is not None:
            raise ImportFailure(
                f"{SERVICE_FILE} would not validate: {refused[SERVICE_FILE]}"
            )
        # Only what this import writes is its to skip: hand-written files stay as they are.
        ours = [name for name in refused if name in run.report.imported]
        if not ours:
            return
        for name in ours:
            reason = refused[name]
            run.report.imported.remove(name)
            run.report.paginated.pop(name, None)
            run.report.skip(name, f"the generator's validation refuses it: {reason}")
            for path in [p for p in run.files if _owner(p) == name]:
                del run.files[path]
                if path in run.report.goldens:
                    run.report.goldens.remove(path)
            _drop_stale(run, name)
    raise AssertionError("each round skips an operation, so the rounds are bounded")


def _owner(relative: str) -> str:
    """The operation a file of the spec folder belongs to (service.yaml: the service)."""
    parts = PurePosixPath(relative).parts
    if parts[0] == "golden" and len(parts) > 1:
        return parts[1]
    return PurePosixPath(relative).stem if relative != SERVICE_FILE else SERVICE_FILE


def _refused(run: _Run) -> dict[str, str]:
    """What the generator's validation refuses in the folder as this import would leave it:
    the first problem of each operation (or of the service file)."""
    with tempfile.TemporaryDirectory(prefix="acs-import-") as scratch:
        folder = Path(scratch) / "service"
        if run.out_dir.is_dir():
            shutil.copytree(run.out_dir, folder, symlinks=False)
        folder.mkdir(parents=True, exist_ok=True)
        for relative in run.delete:
            (folder / relative).unlink(missing_ok=True)
        for relative, text in run.files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        try:
            load_specs(Path(scratch))
        except SpecError as exc:
            refused: dict[str, str] = {}
            for diagnostic in exc.diagnostics:
                relative = diagnostic.path.relative_to(folder).as_posix()
                where = f"{diagnostic.pointer or '/'}: {diagnostic.message}"
                refused.setdefault(_owner(relative), where)
            return refused
    return {}
