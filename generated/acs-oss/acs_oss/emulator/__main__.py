"""`python -m acs_oss.emulator --port 0`: `python -m acs_core.testing acs_oss`."""

from __future__ import annotations

import sys

from acs_core.testing.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["acs_oss", *sys.argv[1:]], prog="python -m acs_oss.emulator"))
