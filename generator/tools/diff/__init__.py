"""The breaking-change report: two validated spec trees -> every change, classed by its effect on
the consumers of the generated packages, and the version bump each package needs.

Pure: `compare.compare(old, new)` takes two lists of `Service` (as `validate` returns them) and returns a
`Report`; nothing here reads files. Services are matched by product code and API version, and
failing that by distribution (a new API version of the same package: one breaking
`api-version-changed`, then its operations compared as usual); operations by name, parameters by
wire name, response fields by their path.

Effects:
- breaking: a package's API version changed (the requests it sends name another version); an
  operation, parameter, response field, model class, region or signing method removed
  or renamed (a rename is paired where the shape is unchanged and the names are alike; a
  parameter renamed on the wire only, its Python argument unchanged, is compatible); a
  parameter added as required or made required; a request limit tightened (max lowered, min
  raised, a limit added, a pattern changed, an enum value removed); a type changed; a response
  enum value removed (its member leaves the generated enum); a Python name changed (package,
  module, client method, request or response class, parameter, model field, enum member); an
  error code's kind changed (another exception class is raised); the method or path of a
  REST-style operation changed;
- compatible: an operation, optional parameter, response field, region, signing method, error
  code or enum value added; a limit loosened (or changed in a response, which the package does
  not enforce); a parameter made optional; retry-relevant facts (access, idempotency) changed;
- documentation: summaries, descriptions, examples, authorization facts, deprecation, and error
  codes no longer listed where their kind is kept.
Golden responses and emulator rules are test material: they are not compared.

The bump per package follows semantic versioning from the old spec's `package.version` (the
version the generated `pyproject.toml` carries): major for breaking changes, minor for
compatible ones, patch for documentation only; before 1.0.0 (SemVer item 4 leaves 0.x open) the
common convention applies: minor for breaking changes, patch for the rest.

`Report.to_json()` has stable keys (format 1):
  {"format": 1, "breaking": bool,
   "counts": {"breaking": n, "compatible": n, "documentation": n},
   "changes": [{"package", "service", "api_version", "operation" (null: the service), "effect",
                "kind", "subject", "detail"}],
   "packages": [{"package", "current" (null: new), "bump" ("major"|"minor"|"patch"|null),
                 "next" (null: removed or unchanged), "declared" (the new specs' version, null:
                 removed), "note"}]}
`kind` is one of `report.KINDS`.

Modules: `report` (the types and the report itself), `compare` (services matched, the service's
own facts), `errors`, `operations`, `parameters`, `schemas` (types, limits, enums, properties),
`python_names` (what consumers type), `renames` (pairing a removal with an addition), `versions`
(the bump).
"""
