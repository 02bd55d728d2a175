"""The command line: `python -m generator COMMAND` (also `acs-specgen COMMAND`).

    validate [SPECS]                      check the specs, report every problem
    generate [SPECS] [-o OUT] [--verify]  regenerate OUT atomically
    check    [SPECS] [-o OUT] [--verify]  the CI gate: a diff when OUT is stale
    import   [API_DOCS_JSON] [-o SPECS_DIR] [--overlay FILE] [--operation NAME ...]
    watch    [SPECS] [-o OUT]             regenerate on every change (the `watch` extra)
    diff     OLD_SPECS NEW_SPECS [--format text|json]
                                          changes classed breaking / compatible / docs
    policy   [SPECS] (--operation NAME ... | --all)
                                          the least-privilege RAM policy document

Every command takes `-q/--quiet` (no progress line; progress is drawn only when stderr is a
terminal and `CI` is unset). Defaults come from `[tool.acs-specgen]` in the nearest
`pyproject.toml` (`config.py`); options on the command line win.

Exit status: 0 success, 1 invalid specs, drift found by `check`, breaking changes found by
`diff` or a failed run, 2 usage errors (a bad configuration included; for `diff`, a side that
is neither a folder nor a git revision of one).

Modules: `app` (main), `parser` (every command's arguments), `config`, `progress` (the line on
the terminal), `invocation` (what a command runs with, its exit statuses), and `commands/`, one module per command.

Imports: anything below it (`tools`, `importer`, `pipeline`, ...); nothing imports `cli` but the
package's `__main__`.
"""

from .app import main

__all__ = ["main"]
