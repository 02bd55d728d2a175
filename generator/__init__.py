"""acs-specgen: typed, validated, tested Python clients generated from API specs.

The Python API is small: `validate`, `generate` and `check` (the CLI's three commands), and the
errors they raise. Everything else is internal to the pipeline stages.
"""

from .diagnostics import Diagnostic, GenerationError, SpecError
from .pipeline import check, generate, validate
from .write import Drift, WriteError, WriteReport

__all__ = [
    "Diagnostic",
    "Drift",
    "GenerationError",
    "SpecError",
    "WriteError",
    "WriteReport",
    "check",
    "generate",
    "validate",
]
