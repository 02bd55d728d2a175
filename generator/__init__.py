"""acs-specgen: typed, validated, tested Python clients generated from API specs.

The Python API is small: `validate`, `generate` and `check` (the CLI's three commands), and the
errors they raise; `diff_specs(validate(old), validate(new))` is the `diff` command's report.
Everything else is internal to the pipeline stages.
"""

from .base.diagnostics import Diagnostic, GenerationError, SpecError
from .pipeline import check, generate, validate
from .tools.diff.compare import compare as diff_specs
from .tools.diff.report import Change, Report
from .write import Drift, WriteError, WriteReport

__all__ = [
    "Change",
    "Diagnostic",
    "Drift",
    "GenerationError",
    "Report",
    "SpecError",
    "WriteError",
    "WriteReport",
    "check",
    "diff_specs",
    "generate",
    "validate",
]
