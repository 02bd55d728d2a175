"""`[tool.acs-specgen]` in pyproject.toml: found upward to the project root, paths relative to
it, the command line wins, and every bad key or value is an error naming the file and line.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.cli import config

ROOT = Path(__file__).resolve().parents[2]
STS = ROOT / "specs" / "vendor" / "sts-2015-04-01.json"


@pytest.fixture
def project(tmp_path: Path, spec_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project root (it has .git) holding a copy of the specs as `api/`, cwd in `tools/`."""
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    shutil.move(spec_copy, root / "api")
    (root / "tools").mkdir()
    monkeypatch.chdir(root / "tools")
    return root


def configure(root: Path, text: str) -> Path:
    path = root / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_table_is_found_above_the_current_folder_and_its_paths_are_relative_to_it(
    project: Path,
    cli: Any,
) -> None:
    configure(project, '[tool.acs-specgen]\nspecs = "api"\nout = "client"\n')
    code, out, _ = cli("generate")
    assert code == 0, out
    assert (project / "client" / "acs-vod" / "pyproject.toml").is_file()
    assert "../client: " in out  # shown relative to where the command ran


def test_the_search_stops_at_the_project_root(
    project: Path, monkeypatch: pytest.MonkeyPatch, cli: Any
) -> None:
    configure(project, '[tool.acs-specgen]\nspecs = "api"\n')
    inner = project / "tools" / "inner"
    (inner / ".git").mkdir(parents=True)  # a nested repository: its own project root
    monkeypatch.chdir(inner)
    assert config.find(inner) is None
    code, _, err = cli("validate")
    assert code == 1 and "no such spec folder" in err  # the built-in default: ./specs


def test_a_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    configure(project, '[tool.acs-specgen]\nspecs = "api"\n')
    (project / "tools" / "pyproject.toml").write_text("[tool.black]\n")
    assert config.find(project / "tools") == project / "pyproject.toml"


def test_the_nearest_table_wins(project: Path, cli: Any) -> None:
    configure(project, '[tool.acs-specgen]\nspecs = "nowhere"\n')
    configure(project / "tools", '[tool.acs-specgen]\nspecs = "../api"\n')
    code, out, _ = cli("validate")
    assert code == 0 and "valid" in out


def test_options_on_the_command_line_win(project: Path, cli: Any) -> None:
    configure(project, '[tool.acs-specgen]\nspecs = "nowhere"\nout = "client"\n')
    code, out, _ = cli("generate", str(project / "api"), "-o", str(project / "mine"))
    assert code == 0, out
    assert (project / "mine").is_dir() and not (project / "client").exists()


def test_a_command_table_beats_the_shared_keys(project: Path, cli: Any) -> None:
    configure(
        project,
        '[tool.acs-specgen]\nspecs = "nowhere"\n\n[tool.acs-specgen.validate]\nspecs = "api"\n',
    )
    code, out, _ = cli("validate")
    assert code == 0 and "valid" in out


def test_a_flag_can_be_configured(project: Path) -> None:
    configure(project, '[tool.acs-specgen.check]\nverify = true\nspecs = "api"\n')
    parser = _configured_parser(project)
    assert parser.parse_args(["check"]).verify is True
    assert parser.parse_args(["generate"]).verify is False


def test_an_unknown_shared_key_is_an_error_with_file_line_and_suggestion(
    project: Path,
    cli: Any,
) -> None:
    path = configure(project, '[tool.acs-specgen]\nspecs = "api"\n\nspec = "x"\n')
    code, out, err = cli("validate")
    assert code == 2 and out == ""
    assert (
        f"{path}:4: unknown key 'spec' in [tool.acs-specgen] (did you mean 'specs'?)"
        in err
    )


def test_an_unknown_command_table_is_an_error(project: Path, cli: Any) -> None:
    path = configure(project, "[tool.acs-specgen]\n\n[tool.acs-specgen.generat]\n")
    code, _, err = cli("validate")
    assert code == 2 and f"{path}:3: unknown key 'generat'" in err
    assert "did you mean 'generate'?" in err


def test_an_unknown_key_of_a_command_is_an_error_at_its_line(
    project: Path, cli: Any
) -> None:
    path = configure(
        project, '[tool.acs-specgen.check]\nspecs = "api"\n  "verfy" = true\n'
    )
    code, _, err = cli("check")
    assert code == 2
    assert f"{path}:3: unknown key 'verfy' in [tool.acs-specgen.check]" in err


def test_a_value_of_the_wrong_type_is_an_error_at_its_line(
    project: Path, cli: Any
) -> None:
    path = configure(project, '[tool.acs-specgen]\nspecs = "api"\nverify = "yes"\n')
    code, _, err = cli("generate")
    assert code == 2 and f"{path}:3: 'verify' must be true or false" in err


def test_a_path_that_is_not_a_string_is_an_error(project: Path, cli: Any) -> None:
    path = configure(project, "[tool.acs-specgen]\nout = 3\n")
    code, _, err = cli("generate")
    assert code == 2 and f"{path}:2: 'out' must be a string" in err


def test_a_dotted_key_is_found_at_its_line(project: Path, cli: Any) -> None:
    path = configure(project, '[tool.acs-specgen]\nspecs = "api"\ncheck.verfy = 1\n')
    code, _, err = cli("check")
    assert code == 2 and f"{path}:3: unknown key 'verfy'" in err


def test_invalid_toml_is_an_error_naming_the_file(project: Path, cli: Any) -> None:
    path = configure(project, "[tool.acs-specgen\n")
    code, _, err = cli("validate")
    assert code == 2 and f"{path}: not valid TOML" in err


def test_import_without_api_docs_imports_every_configured_product(
    project: Path,
    cli: Any,
) -> None:
    shutil.copy(STS, project / "sts.json")
    configure(
        project,
        '[[tool.acs-specgen.import]]\napi-docs = "sts.json"\nout = "api/sts"\n'
        'operation = ["GetCallerIdentity"]\n',
    )
    code, out, err = cli("import")
    assert code == 0, err
    assert "sts 2015-04-01: 1 operation(s) imported" in out
    assert sorted(p.name for p in (project / "api" / "sts").glob("*.yaml")) == [
        "GetCallerIdentity.yaml",
        "service.yaml",
    ]


def test_import_of_a_configured_file_takes_its_entry_and_the_command_line_wins(
    project: Path,
    cli: Any,
) -> None:
    shutil.copy(STS, project / "sts.json")
    configure(
        project,
        '[[tool.acs-specgen.import]]\napi-docs = "sts.json"\nout = "api/sts"\n'
        'operation = ["GetCallerIdentity"]\n',
    )
    code, _, err = cli("import", "../sts.json", "--operation", "AssumeRole")
    assert code == 0, err
    assert sorted(p.name for p in (project / "api" / "sts").glob("*.yaml")) == [
        "AssumeRole.yaml",  # the configured operation list was replaced, not extended
        "service.yaml",
    ]


def test_an_import_entry_needs_its_api_docs_and_out(project: Path, cli: Any) -> None:
    path = configure(
        project, '[tool.acs-specgen]\n\n[[tool.acs-specgen.import]]\nout = "x"\n'
    )
    code, _, err = cli("import")
    assert code == 2 and f"{path}:3: an import entry needs 'api-docs'" in err


def test_an_unknown_key_of_the_second_import_entry_is_reported_at_its_line(
    project: Path,
    cli: Any,
) -> None:
    path = configure(
        project,
        '[[tool.acs-specgen.import]]\napi-docs = "a.json"\nout = "a"\n\n'
        '[[tool.acs-specgen.import]]\napi-docs = "b.json"\nout = "b"\noverlays = "o.yaml"\n',
    )
    code, _, err = cli("import")
    assert code == 2
    assert f"{path}:8: unknown key 'overlays' in [tool.acs-specgen.import]" in err
    assert "did you mean 'overlay'?" in err


def test_import_as_a_single_table_is_refused(project: Path, cli: Any) -> None:
    path = configure(project, '[tool.acs-specgen.import]\nout = "x"\n')
    code, _, err = cli("import")
    assert code == 2 and f"{path}:1: 'import' must be an array of tables" in err


def test_import_with_neither_api_docs_nor_configuration_is_a_usage_error(
    project: Path,
    cli: Any,
) -> None:
    code, _, err = cli("import")
    assert code == 2 and "import needs API_DOCS_JSON" in err


def test_this_repository_configures_only_its_defaults() -> None:
    found = config.find(ROOT)
    # The table is in this repository's pyproject.toml: its absence is a failure.
    assert found == ROOT / "pyproject.toml"
    table = config.load(found)
    assert table.shared == {"specs": "specs", "out": "generated"}
    assert not table.commands and not table.imports


def _configured_parser(root: Path) -> argparse.ArgumentParser:
    from generator.cli.parser import build_parser, subcommands

    parser = build_parser()
    config.apply(config.load(root / "pyproject.toml"), subcommands(parser))
    return parser


@pytest.mark.parametrize(
    ("text", "where", "line"),
    [
        ('[tool.acs-specgen]\nspecs = "a"\nout = "b"\n', ("out",), 3),
        ('[tool."acs-specgen".check]\n\n"verify" = true\n', ("check", "verify"), 3),
        ("[tool.acs-specgen]\ncheck = {verfy = true}\n", ("check", "verfy"), 2),
        ("[tool.acs-specgen]\n[tool.acs-specgen.check]\n", ("check", "quiet"), 2),
        (
            "[[tool.acs-specgen.import]]\n[[tool.acs-specgen.import]]\n",
            ("import", 1),
            2,
        ),
        ("[tool.black]\n", ("specs",), 1),
    ],
)
def test_a_keys_line_is_found_by_scanning_the_text(
    text: str, where: tuple[str | int, ...], line: int
) -> None:
    assert config.line_of(text, where) == line


def test_the_shared_out_is_not_imports_out(project: Path, cli: Any) -> None:
    shutil.copy(STS, project / "sts.json")
    configure(project, '[tool.acs-specgen]\nout = "client"\n')
    code, _, err = cli("import", "../sts.json")
    assert code == 2 and "import needs -o SPECS_DIR" in err
    assert not (project / "client").exists()


def test_quiet_can_be_configured_for_every_command(project: Path) -> None:
    configure(project, "[tool.acs-specgen]\nquiet = true\n")
    parser = _configured_parser(project)
    assert all(
        parser.parse_args([command]).quiet
        for command in ("validate", "generate", "check", "watch", "import", "policy")
    )


def _policy_document(cli: Any, *argv: str) -> tuple[int, str, str]:
    import json

    code, out, err = cli("policy", *argv)
    return (
        code,
        (json.dumps(json.loads(out), sort_keys=True) if code == 0 else out),
        err,
    )


def test_policy_all_can_be_configured(project: Path, cli: Any) -> None:
    configure(
        project,
        '[tool.acs-specgen]\nspecs = "api"\n\n[tool.acs-specgen.policy]\nall = true\n',
    )
    code, configured, err = _policy_document(cli)
    assert code == 0, err
    assert (code, configured) == _policy_document(cli, "--all")[:2]


def test_policy_operations_can_be_configured(project: Path, cli: Any) -> None:
    configure(
        project,
        '[tool.acs-specgen.policy]\nspecs = "api"\noperation = ["GetAIImageJobs"]\n',
    )
    code, configured, err = _policy_document(cli)
    assert code == 0, err
    assert configured == _policy_document(cli, "--operation", "GetAIImageJobs")[1]


def test_policy_operation_on_the_command_line_beats_a_configured_all(
    project: Path,
    cli: Any,
) -> None:
    configure(project, '[tool.acs-specgen.policy]\nspecs = "api"\nall = true\n')
    code, chosen, err = _policy_document(cli, "--operation", "GetAIImageJobs")
    assert code == 0, err
    assert chosen != _policy_document(cli, "--all")[1]
    assert "GetAIImageJobs" in chosen and "SubmitAIImageJob" not in chosen


def test_policy_all_on_the_command_line_beats_configured_operations(
    project: Path,
    cli: Any,
) -> None:
    configure(
        project,
        '[tool.acs-specgen.policy]\nspecs = "api"\noperation = ["GetAIImageJobs"]\n',
    )
    code, chosen, err = _policy_document(cli, "--all")
    assert code == 0, err
    assert "SubmitAIImageJob" in chosen


def test_policy_configured_with_both_operations_and_all_is_a_usage_error(
    project: Path,
    cli: Any,
) -> None:
    configure(
        project,
        '[tool.acs-specgen.policy]\nspecs = "api"\nall = true\n'
        'operation = ["GetAIImageJobs"]\n',
    )
    code, _, err = cli("policy")
    assert code == 2 and "exactly one of --operation" in err


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"], ["diff", "-h"]])
def test_help_works_even_when_the_configuration_is_bad(
    project: Path, argv: list[str], capsys: pytest.CaptureFixture[str], cli: Any
) -> None:
    configure(project, "[tool.acs-specgen]\nverfy = true\n")
    code, _, err = cli(*argv)
    assert code == 0
    assert "usage: acs-specgen" in capsys.readouterr().out
    assert "unknown key 'verfy'" in err  # still said, as a warning


def test_a_bad_configuration_is_still_an_error_without_help(
    project: Path, cli: Any
) -> None:
    configure(project, "[tool.acs-specgen]\nverfy = true\n")
    code, _, err = cli("validate")
    assert code == 2 and err.startswith("error: ") and "unknown key 'verfy'" in err


def test_a_configured_diff_folder_is_relative_to_the_configuration(
    project: Path,
    cli: Any,
) -> None:
    configure(project, '[tool.acs-specgen.diff]\nold = "api"\nnew = "api"\n')
    parser = _configured_parser(project)
    arguments = parser.parse_args(["diff"])
    assert (arguments.old, arguments.new) == (str(Path("../api")),) * 2
    code, out, err = cli("diff")
    assert code == 0, err
    assert out.startswith("No changes.")


def test_a_configured_diff_revision_is_left_to_git(project: Path) -> None:
    configure(project, '[tool.acs-specgen.diff]\nold = "HEAD~1:api"\nnew = "api"\n')
    arguments = _configured_parser(project).parse_args(["diff"])
    assert arguments.old == "HEAD~1:api"
