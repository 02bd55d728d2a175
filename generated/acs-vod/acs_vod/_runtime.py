"""The acs-core releases this package was generated for: acs-core>=0.1,<0.2.

Imported first by the package, so that any other runtime fails at once, naming both versions
and the command that fixes it, instead of deep inside a module that needs what it lacks.
"""

from __future__ import annotations

try:
    from acs_core import __version__ as core_version
except ImportError:
    raise ImportError(
        "acs-vod 0.2.0 needs acs-core>=0.1,<0.2, which is not installed: pip install 'acs-core>=0.1,<0.2'"
    ) from None

if not (0, 1) <= tuple(int(n) for n in core_version.split(".")[:2]) < (0, 2):
    raise ImportError(
        f"acs-vod 0.2.0 needs acs-core>=0.1,<0.2, but acs-core {core_version} is installed: pip install 'acs-core>=0.1,<0.2'"
    )
