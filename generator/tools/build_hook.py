"""Generation as a build step: a hatchling build hook that builds the client from its specs.

A consuming project names the generator and hatchling in `build-system.requires` and configures
`[tool.hatch.build.hooks.acs-specgen]`. Building its wheel validates the specs and generates the
packages, which the wheel then contains; its sdist holds the specs (they are validated, nothing is
generated for it). Hatchling finds the hook through the `hatch` entry point of this package.

By default the packages are generated into a temporary folder outside the project and mapped into
the wheel, so a build writes nothing into the project tree. `out` names a folder of the project
to generate into instead, kept between builds (atomically, as `acs-specgen generate` does): its
manifest's format record lets the next build take every file as it stands, without black.
Everything that can stop the build (the specs, `packages`, the declared dependencies) is checked
before OUT is written, and only the packages the specs generate go into the wheel, whatever else
OUT holds.
"""

from __future__ import annotations

import difflib
import shutil
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.plugin import hookimpl
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from ..base.diagnostics import Diagnostic, GenerationError, SpecError
from ..pipeline import generate, validate
from ..plan.package import plan_service
from ..render import render
from ..spec.model import Service
from ..write import WriteError

PLUGIN_NAME = "acs-specgen"
T = TypeVar("T")
TABLE = f"[tool.hatch.build.hooks.{PLUGIN_NAME}]"

# Our options, and the ones hatchling gives every build hook (it reads them itself).
OPTIONS = ("specs", "out", "packages", "verify")
HATCHLING_OPTIONS = (
    "dependencies",
    "require-runtime-dependencies",
    "require-runtime-features",
    "enable-by-default",
)


class BuildHookError(Exception):
    """The build stops: a bad option, invalid specs (`diagnostics`), or a failed generation."""

    def __init__(
        self, message: str, diagnostics: list[Diagnostic] | None = None
    ) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics or []


@dataclass(frozen=True)
class Options:
    """The hook's table, checked: paths are absolute, inside the project."""

    specs: Path
    out: Path | None
    packages: tuple[str, ...]
    verify: bool

    @classmethod
    def read(cls, config: dict[str, Any], root: Path) -> Options:
        unknown = [key for key in config if key not in (*OPTIONS, *HATCHLING_OPTIONS)]
        if unknown:
            key = unknown[0]
            guess = difflib.get_close_matches(key, OPTIONS, n=1)
            hint = f" (did you mean {guess[0]!r}?)" if guess else ""
            raise BuildHookError(
                f"{TABLE}: unknown option {key!r}{hint}; options are {', '.join(OPTIONS)}"
            )
        specs = _inside(root, _string(config, "specs", "specs"), "specs")
        out_option = config.get("out")
        out = (
            None
            if out_option is None
            else _inside(root, _string(config, "out", ""), "out")
        )
        if out is not None and (
            out == root.resolve()
            or out.is_relative_to(specs)
            or specs.is_relative_to(out)
        ):
            raise BuildHookError(
                f"{TABLE}: 'out' must be a folder of its own, apart from the project's root "
                "and its specs"
            )
        packages = config.get("packages", [])
        if not isinstance(packages, list) or not all(
            isinstance(p, str) for p in packages
        ):
            raise BuildHookError(f"{TABLE}: 'packages' must be a list of package names")
        verify = config.get("verify", False)
        if not isinstance(verify, bool):
            raise BuildHookError(f"{TABLE}: 'verify' must be true or false")
        return cls(specs, out, tuple(packages), verify)


def _string(config: dict[str, Any], key: str, default: str) -> str:
    value = config.get(key, default)
    if not isinstance(value, str) or not value:
        raise BuildHookError(
            f"{TABLE}: {key!r} must be a folder of the project, as a string"
        )
    return value


def _inside(root: Path, relative: str, key: str) -> Path:
    """A folder of the project: a build reads and writes nothing outside it."""
    path = (root / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        raise BuildHookError(f"{TABLE}: {key!r} ({relative}) is outside the project")
    return path


@dataclass(frozen=True)
class GeneratedPackage:
    """One project the generator makes in OUT, as its pyproject.toml describes it."""

    distribution: str
    import_names: tuple[str, ...]
    folder: Path
    dependencies: tuple[str, ...]

    @classmethod
    def planned(cls, service: Service, out: Path) -> GeneratedPackage:
        """The project generated for `service`, known before anything is written: its
        pyproject.toml rendered as generation renders it (the template names the dependencies).
        """
        (pyproject,) = [
            planned
            for planned in plan_service(service)
            if planned.path == PurePosixPath(service.distribution, "pyproject.toml")
        ]
        data = tomllib.loads(render(pyproject))
        project = data["project"]
        wheel = data["tool"]["hatch"]["build"]["targets"]["wheel"]
        return cls(
            distribution=str(project["name"]),
            import_names=tuple(str(name) for name in wheel["packages"]),
            folder=out / service.distribution,
            dependencies=tuple(str(dep) for dep in project.get("dependencies", [])),
        )

    def named(self, name: str) -> bool:
        return canonicalize_name(name) == canonicalize_name(self.distribution) or (
            name in self.import_names
        )


class SpecgenBuildHook(BuildHookInterface[BuilderConfig]):
    """Validates the specs for every target; generates the packages into the wheel."""

    PLUGIN_NAME = PLUGIN_NAME

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._temporary: Path | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        options = Options.read(self.config, root)
        if self.target_name != "wheel":
            # The sdist carries the specs, not generated code; bad specs still stop it here.
            self._run(root, lambda: validate(options.specs))
            return
        if options.out is None:
            self._temporary = Path(tempfile.mkdtemp(prefix="acs-specgen-build-"))
            out = self._temporary / "generated"
        else:
            out = options.out
        try:
            # Everything that can stop the build is checked before OUT is written: a failed
            # build leaves the project as it was.
            services = self._run(root, lambda: validate(options.specs))
            planned = self._run(
                root, lambda: [GeneratedPackage.planned(s, out) for s in services]
            )
            packages = self._selected(planned, options.packages)
            self._check_dependencies(packages)
            self._run(root, lambda: generate(options.specs, out, verify=options.verify))
        except BaseException:
            self._remove_temporary()
            raise
        include = {
            str(package.folder / name): name
            for package in packages
            for name in package.import_names
        }
        build_data["force_include"].update(include)
        # An editable wheel copies `force_include`, unless another hook chose its own map.
        if build_data.get("force_include_editable"):
            build_data["force_include_editable"].update(include)

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        self._remove_temporary()

    def _remove_temporary(self) -> None:
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    @staticmethod
    def _run(root: Path, step: Callable[[], T]) -> T:
        try:
            return step()
        except SpecError as exc:
            diagnostics = [_relative(d, root) for d in exc.diagnostics]
            lines = "\n".join(str(d) for d in diagnostics)
            raise BuildHookError(
                f"{TABLE}: {len(diagnostics)} problem(s) found in the specs:\n{lines}",
                diagnostics,
            ) from None
        except (GenerationError, WriteError) as exc:
            raise BuildHookError(f"{TABLE}: generation failed: {exc}") from None

    @staticmethod
    def _selected(
        generated: list[GeneratedPackage], wanted: tuple[str, ...]
    ) -> list[GeneratedPackage]:
        """The generated projects `packages` names (all when it names none); only these go
        into the wheel, never another folder that happens to be in OUT."""
        if not wanted:
            return generated
        unknown = [name for name in wanted if not any(p.named(name) for p in generated)]
        if unknown:
            known = ", ".join(p.distribution for p in generated)
            raise BuildHookError(
                f"{TABLE}: 'packages' names {unknown[0]!r}, which the specs do not "
                f"generate (they generate: {known})"
            )
        return [p for p in generated if any(p.named(name) for name in wanted)]

    def _check_dependencies(self, packages: list[GeneratedPackage]) -> None:
        """The project must declare what the generated code imports: every installer (those that
        read metadata before building too) then sees it, and the user chooses the range.
        """
        declared = set()
        for raw in self.metadata.core.dependencies:
            try:
                declared.add(canonicalize_name(Requirement(raw).name))
            except InvalidRequirement:
                continue  # hatchling reports a malformed requirement itself
        for package in packages:
            for raw in package.dependencies:
                if canonicalize_name(Requirement(raw).name) not in declared:
                    raise BuildHookError(
                        f"{TABLE}: the generated {package.distribution} needs {raw!r} at run "
                        f"time; add it to the dependencies of [project] in pyproject.toml"
                    )


def _relative(diagnostic: Diagnostic, root: Path) -> Diagnostic:
    """Locations as the project's author reads them: relative to the project."""
    try:
        return replace(
            diagnostic, path=diagnostic.path.resolve().relative_to(root.resolve())
        )
    except ValueError:
        return diagnostic


@hookimpl
def hatch_register_build_hook() -> type[SpecgenBuildHook]:
    return SpecgenBuildHook


__all__ = ["BuildHookError", "SpecgenBuildHook", "hatch_register_build_hook"]
