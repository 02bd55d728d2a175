"""Generation as a build step: the hatchling build hook builds a consuming project's wheel from its
specs alone. Hatchling runs in-process for most tests (the hook registered as its entry point
would register it); the slow ones build with pip, as a user does, and install the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path
from typing import Any

import pytest
from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder
from hatchling.plugin.manager import PluginManager

import generator.format.workers
from generator.tools import build_hook
from generator.tools.build_hook import BuildHookError, SpecgenBuildHook

ROOT = Path(__file__).resolve().parents[2]
VOD_SPECS = ROOT / "specs" / "vod"

PYPROJECT = """\
[build-system]
requires = [{requires}]
build-backend = "hatchling.build"

[project]
name = "vod-client"
version = "1.0.0"
dependencies = [{dependencies}]

[tool.hatch.build.hooks.acs-specgen]
{options}
"""

# A line of GetAIImageJobs.yaml broken so that the spec no longer passes its meta-schema.
BROKEN_FROM, BROKEN_TO = "access: read\n", "access: sometimes\n"


@pytest.fixture(autouse=True)
def _hand_written_vod(hand_written: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Consuming projects hold the hand-written AI image specs (not whole VOD's imports)."""
    monkeypatch.setitem(globals(), "AI_IMAGE_SPECS", hand_written / "vod")


AI_IMAGE_SPECS = VOD_SPECS  # set to the hand-written specs alone by the fixture above


def write_project(
    folder: Path,
    options: str = 'specs = "specs"',
    *,
    dependencies: str = '"httpx>=0.27,<1", "acs-core>=0.1,<0.2"',
    requires: str = '"hatchling>=1.21,<2"',
    specs: Path | None = None,
) -> Path:
    """A consuming project that holds only its pyproject.toml and the VOD specs (by default,
    the AI image ones)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(specs or AI_IMAGE_SPECS, folder / "specs" / "vod")
    (folder / "pyproject.toml").write_text(
        PYPROJECT.format(requires=requires, dependencies=dependencies, options=options),
        encoding="utf-8",
    )
    return folder


def break_spec(project: Path) -> tuple[Path, int]:
    """Breaks GetAIImageJobs.yaml; its path and the line number of the broken line."""
    spec = project / "specs" / "vod" / "GetAIImageJobs.yaml"
    text = spec.read_text(encoding="utf-8")
    assert BROKEN_FROM in text
    line = text[: text.index(BROKEN_FROM)].count("\n") + 1
    spec.write_text(text.replace(BROKEN_FROM, BROKEN_TO, 1), encoding="utf-8")
    return spec, line


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def plugins() -> PluginManager:
    """Hatchling's plugins, with this hook under the name its entry point gives it."""
    manager = PluginManager()
    manager.manager.register(build_hook, name="acs-specgen")
    return manager


def build(project: Path, target: str = "wheel", version: str = "standard") -> Path:
    builder_class = WheelBuilder if target == "wheel" else SdistBuilder
    builder = builder_class(str(project), plugin_manager=plugins())
    dist = project.parent / "dist"
    (artifact,) = builder.build(directory=str(dist), versions=[version])
    return Path(artifact)


def names_in(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def metadata_of(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(name).decode("utf-8"))
    return message.get_all("Requires-Dist") or []


@pytest.fixture
def temporary_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the hook's temporary folders go, to see that none is left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def black_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many files each call of black formatted, with no cache to hide behind."""
    monkeypatch.setenv("ACS_SPECGEN_CACHE", "")
    calls: list[int] = []
    real = generator.format.workers.run_black

    def counting(items: list[tuple[str, str]], *more: Any) -> list[str]:
        calls.append(len(items))
        return real(items, *more)

    monkeypatch.setattr(generator.format.workers, "run_black", counting)
    yield calls


def test_the_wheel_holds_the_generated_package_and_nothing_is_written_into_the_project(
    tmp_path: Path, temporary_folders: Path
) -> None:
    project = write_project(tmp_path / "project")
    before = tree(project)
    names = names_in(build(project))
    assert {
        "acs_vod/__init__.py",
        "acs_vod/py.typed",
        "acs_vod/_client.py",
        "acs_vod/emulator/__main__.py",
        "acs_vod/models/get_ai_image_jobs.py",
    } <= names
    assert not [n for n in names if n.startswith(("specs/", "acs-vod/", "tests/"))]
    assert tree(project) == before
    assert list(temporary_folders.iterdir()) == []


def test_initialize_maps_a_temporary_package_folder_into_the_wheel_and_finalize_removes_it(
    tmp_path: Path, temporary_folders: Path
) -> None:
    project = write_project(tmp_path / "project")
    builder = WheelBuilder(str(project), plugin_manager=plugins())
    hook = SpecgenBuildHook(
        str(project),
        {"specs": "specs"},
        builder.config,
        builder.metadata,
        str(tmp_path / "dist"),
        "wheel",
    )
    build_data: dict[str, Any] = {"force_include": {}, "force_include_editable": {}}
    hook.initialize("standard", build_data)
    ((source, target),) = build_data["force_include"].items()
    assert target == "acs_vod"
    assert Path(source).is_relative_to(temporary_folders)
    assert (Path(source) / "__init__.py").is_file()
    assert build_data["force_include_editable"] == {}
    hook.finalize("standard", build_data, str(tmp_path / "dist" / "x.whl"))
    assert not Path(source).exists()
    assert list(temporary_folders.iterdir()) == []


def test_the_wheel_holds_the_same_bytes_as_the_committed_package(
    tmp_path: Path,
) -> None:
    project = write_project(tmp_path / "project", specs=VOD_SPECS)
    committed = ROOT / "generated" / "acs-vod" / "acs_vod"
    with zipfile.ZipFile(build(project)) as archive:
        for path in committed.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                name = f"acs_vod/{path.relative_to(committed).as_posix()}"
                assert archive.read(name) == path.read_bytes(), name


def test_the_wheel_declares_the_projects_dependencies_only(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    assert sorted(metadata_of(build(project))) == [
        "acs-core<0.2,>=0.1",
        "httpx<1,>=0.27",
    ]


def test_the_sdist_holds_the_specs_and_no_generated_code(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    with tarfile.open(build(project, "sdist")) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert "specs/vod/GetAIImageJobs.yaml" in names
    assert "specs/vod/golden/GetAIImageJobs/empty_list.json" in names
    assert not [n for n in names if "acs_vod" in n]


def test_an_editable_wheel_holds_the_generated_package_too(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    assert "acs_vod/_client.py" in names_in(build(project, version="editable"))


def test_a_broken_spec_stops_the_wheel_with_its_location_and_leaves_nothing(
    tmp_path: Path, temporary_folders: Path
) -> None:
    project = write_project(tmp_path / "project")
    _, line = break_spec(project)
    before = tree(project)
    with pytest.raises(BuildHookError) as raised:
        build(project)
    location = f"specs/vod/GetAIImageJobs.yaml:{line}:9: /access:"
    assert location in str(raised.value)
    assert [str(d).split(" ", 1)[0] for d in raised.value.diagnostics] == [
        location.split(" ", 1)[0]
    ]
    assert tree(project) == before
    assert list(temporary_folders.iterdir()) == []
    assert not (tmp_path / "dist").exists() or not list((tmp_path / "dist").iterdir())


def test_a_broken_spec_stops_the_sdist_too(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    _, line = break_spec(project)
    with pytest.raises(BuildHookError, match=f"GetAIImageJobs.yaml:{line}:9"):
        build(project, "sdist")


def test_out_keeps_the_generated_tree_in_the_project_and_its_record_spares_black(
    tmp_path: Path, black_runs: list[int]
) -> None:
    project = write_project(tmp_path / "project", 'out = "build/generated"')
    build(project)
    out = project / "build" / "generated"
    assert (out / "acs-vod" / "acs_vod" / "_client.py").is_file()
    assert (out / ".acs-specgen-manifest.json").is_file()
    assert sum(black_runs) > 0
    black_runs.clear()
    names = names_in(build(project))
    assert "acs_vod/_client.py" in names
    assert sum(black_runs) == 0, "the second build takes every file from the record"


def test_a_broken_spec_leaves_out_exactly_as_it_was(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", 'out = "build/generated"')
    build(project)
    out = project / "build" / "generated"
    before = tree(out)
    break_spec(project)
    with pytest.raises(BuildHookError):
        build(project)
    assert tree(out) == before


def test_a_missing_runtime_dependency_stops_the_build_naming_it(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", dependencies="")
    with pytest.raises(BuildHookError, match=r"needs 'httpx>=0.27,<1' at run time"):
        build(project)


@pytest.mark.parametrize(
    ("options", "dependencies", "message"),
    [
        ("", "", r"needs 'httpx>=0.27,<1' at run time"),
        ("", '"httpx>=0.27,<1"', r"needs 'acs-core>=0.1,<0.2' at run time"),
        ('packages = ["acs-ecs"]', '"httpx>=0.27,<1"', r"'acs-ecs'.*they generate"),
    ],
)
def test_a_build_stopped_after_validation_writes_nothing_into_out(
    tmp_path: Path, options: str, dependencies: str, message: str
) -> None:
    project = write_project(
        tmp_path / "project",
        f'out = "build/generated"\n{options}',
        dependencies=dependencies,
    )
    with pytest.raises(BuildHookError, match=message):
        build(project)
    assert not (project / "build").exists()


def test_a_folder_in_out_the_generator_did_not_make_stays_out_of_the_wheel(
    tmp_path: Path,
) -> None:
    project = write_project(tmp_path / "project", 'out = "build/generated"')
    out = project / "build" / "generated"
    build(project)
    stray = out / "stray"  # e.g. left by hand: no [tool] table at all
    stray.mkdir()
    (stray / "pyproject.toml").write_text('[project]\nname = "stray"\n')
    foreign = out / "foreign"  # a project of its own that hatchling would package
    (foreign / "foreign_pkg").mkdir(parents=True)
    (foreign / "foreign_pkg" / "__init__.py").write_text("")
    (foreign / "pyproject.toml").write_text(
        '[project]\nname = "foreign"\n'
        '[tool.hatch.build.targets.wheel]\npackages = ["foreign_pkg"]\n'
    )
    names = names_in(build(project))
    assert "acs_vod/_client.py" in names
    assert not any(name.startswith(("foreign_pkg/", "stray/")) for name in names)


def test_packages_selects_by_distribution_or_import_name(tmp_path: Path) -> None:
    for name in ("acs-vod", "acs_vod"):
        project = write_project(tmp_path / name, f'packages = ["{name}"]')
        assert "acs_vod/__init__.py" in names_in(build(project))


def test_packages_naming_what_the_specs_do_not_generate_stops_the_build(
    tmp_path: Path,
) -> None:
    project = write_project(tmp_path / "project", 'packages = ["acs-ecs"]')
    with pytest.raises(BuildHookError, match=r"'acs-ecs'.*they generate: acs-vod"):
        build(project)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ('spec = "specs"', r"unknown option 'spec' \(did you mean 'specs'\?\)"),
        (
            'specs = "../elsewhere"',
            r"'specs' \(\.\./elsewhere\) is outside the project",
        ),
        ("specs = 3", r"'specs' must be a folder of the project"),
        ('out = "."', r"'out' must be a folder of its own"),
        ('out = "specs/generated"', r"'out' must be a folder of its own"),
        ('packages = "acs-vod"', r"'packages' must be a list"),
        ('verify = "yes"', r"'verify' must be true or false"),
        ('specs = "nothing-here"', r"nothing-here:1:1: /: no such spec folder"),
    ],
)
def test_a_bad_option_stops_the_build_naming_the_table(
    tmp_path: Path, options: str, message: str
) -> None:
    project = write_project(tmp_path / "project", options)
    with pytest.raises(BuildHookError, match=message) as raised:
        build(project)
    assert str(raised.value).startswith("[tool.hatch.build.hooks.acs-specgen]: ")


def test_hatchlings_own_hook_options_are_accepted(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "project", 'specs = "specs"\nrequire-runtime-dependencies = false'
    )
    assert "acs_vod/__init__.py" in names_in(build(project))


def test_the_hook_is_registered_under_its_table_name() -> None:
    assert build_hook.hatch_register_build_hook() is SpecgenBuildHook
    assert plugins().build_hook.get("acs-specgen") is SpecgenBuildHook


# What a user does: pip builds the wheel in an isolated environment that installs the generator
# from a wheel of this checkout (and hatchling from the registry); the wheel goes into a fresh venv.

CALL_THE_EMULATOR = """
import acs_vod
from acs_vod import Client
from acs_vod.emulator import Emulator

with Emulator(credentials={"testid": "testsecret"}) as emu:
    with Client(region="cn-shanghai", access_key_id="testid", access_key_secret="testsecret",
                endpoint=emu.endpoint, max_retries=0, timeout=10) as client:
        job_id = client.submit_ai_image_job(video_id="v1", ai_template_id="t1").job_id
        (job,) = client.get_ai_image_jobs(job_ids=[job_id]).ai_image_job_list
        print(job.job_id == job_id, job.video_id, acs_vod.__file__)
"""


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def pip_wheel(project: Path, dist: Path) -> subprocess.CompletedProcess[str]:
    return run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--disable-pip-version-check",
        "-w",
        dist,
        project,
        cwd=project.parent,
    )


@pytest.fixture(scope="session")
def generator_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generator as a release would give it: a wheel of this checkout, built once."""
    dist = tmp_path_factory.mktemp("generator-wheel")
    built = pip_wheel(ROOT, dist)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = dist.glob("acs_specgen-*.whl")
    return wheel


@pytest.fixture
def consumer(tmp_path: Path, generator_wheel: Path) -> Path:
    """A project of specs whose build requires the generator (this checkout's wheel)."""
    return write_project(
        tmp_path / "project",
        requires=f'"hatchling>=1.21,<2", "acs-specgen @ {generator_wheel.as_uri()}"',
    )


@pytest.mark.slow
def test_pip_builds_a_wheel_from_specs_alone_that_installs_and_calls_the_emulator(
    tmp_path: Path, consumer: Path
) -> None:
    project = consumer
    before = tree(project)
    built = pip_wheel(project, tmp_path / "dist")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert tree(project) == before
    (wheel,) = (tmp_path / "dist").glob("vod_client-1.0.0-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # The runtime first, from the committed tree (it is not on the package index).
    install = run(
        python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        ROOT / "generated" / "acs-core", wheel, cwd=tmp_path,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    called = run(python, "-c", CALL_THE_EMULATOR, cwd=tmp_path)
    assert called.returncode == 0, called.stderr[-3000:]
    same_job, video_id, location = called.stdout.split()
    assert (same_job, video_id) == ("True", "v1")
    assert location.startswith(str(venv)), "the installed wheel is the one called"


@pytest.mark.slow
def test_pip_fails_a_broken_spec_with_its_location_and_leaves_the_project_as_it_was(
    tmp_path: Path, consumer: Path
) -> None:
    project = consumer
    _, line = break_spec(project)
    before = tree(project)
    built = pip_wheel(project, tmp_path / "dist")
    assert built.returncode != 0
    output = built.stdout + built.stderr
    assert f"specs/vod/GetAIImageJobs.yaml:{line}:9: /access:" in output, output[-3000:]
    assert tree(project) == before
    assert not list((tmp_path / "dist").glob("*.whl"))


@pytest.mark.slow
def test_python_m_build_generates_the_wheel_from_the_sdist_of_specs(
    tmp_path: Path, consumer: Path
) -> None:
    project = consumer
    dist = tmp_path / "dist"
    built = run(sys.executable, "-m", "build", "-o", dist, project, cwd=tmp_path)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (sdist,) = dist.glob("vod_client-1.0.0.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert "vod_client-1.0.0/specs/vod/GetAIImageJobs.yaml" in names
    assert not [name for name in names if "acs_vod" in name]
    (wheel,) = dist.glob("vod_client-1.0.0-*.whl")  # built from the unpacked sdist
    assert "acs_vod/_client.py" in names_in(wheel)
