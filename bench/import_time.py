"""Import-time benchmark: the generated VOD client vs the official Alibaba Cloud SDK.

Imports the whole VOD product from the vendor's api-docs, generates the client into a temp
folder, then times each statement in fresh interpreters (median of N runs, taken round-robin,
after one discarded warm-up run that writes the .pyc files under a temp PYTHONPYCACHEPREFIX). `python -c "pass"` is the baseline measured in the
same run; every other figure is also shown minus that baseline. A second table gives the import
time Python itself reports (`-X importtime`, sum of top-level cumulative times).

Run from the repository root:  .venv/bin/python bench/import_time.py [--runs 7] [--shared-cache]

By default the formatter cache is a fresh temp folder (hermetic: black runs on everything once);
--shared-cache uses the generator's usual cache (ACS_SPECGEN_CACHE or ~/.cache).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API_DOCS = ROOT / "specs" / "vendor" / "vod-2017-03-21.json"
OVERLAY = ROOT / "specs" / "overlays" / "vod-2017-03-21.yaml"
PRODUCT = "vod-2017-03-21"
TIMEOUT = 60  # seconds, per subprocess

BASELINE = ("baseline", "pass")
OURS = [
    ("import acs_vod", "import acs_vod"),
    ("acs_vod.Client", "import acs_vod; acs_vod.Client"),
    (
        "one model",
        "from acs_vod.models.get_ai_image_jobs import GetAIImageJobsResponse",
    ),
]
OFFICIAL = ("official SDK client", "import alibabacloud_vod20170321.client")


def run_once(
    code: str, env: dict[str, str], cwd: Path, importtime: bool = False
) -> tuple[float, str]:
    argv = [sys.executable]
    if importtime:
        argv += ["-X", "importtime"]
    argv += ["-c", code]
    start = time.perf_counter()
    proc = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"`{code}` failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed, proc.stderr


_IMPORTTIME = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def importtime_total(stderr: str) -> float:
    """Sum of cumulative microseconds of top-level imports, in seconds."""
    total = 0
    for line in stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match and len(match.group(3)) == 1:  # top level: one space after the bar
            total += int(match.group(2))
    return total / 1e6


def measure_all(
    statements: list[tuple[str, str]], env: dict[str, str], cwd: Path, runs: int
) -> dict[str, tuple[float, float, float]]:
    """Round-robin over the statements, so load drifting during the run hits all alike."""
    for _, code in statements:
        run_once(code, env, cwd)  # warm-up: disk cache and .pyc files
    walls: dict[str, list[float]] = {label: [] for label, _ in statements}
    reported: dict[str, list[float]] = {label: [] for label, _ in statements}
    for _ in range(runs):
        for label, code in statements:
            walls[label].append(run_once(code, env, cwd)[0])
            reported[label].append(importtime_total(run_once(code, env, cwd, True)[1]))
    return {
        label: (
            statistics.median(walls[label]),
            min(walls[label]),
            statistics.median(reported[label]),
        )
        for label, _ in statements
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--shared-cache", action="store_true")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        if not args.shared_cache:
            os.environ["ACS_SPECGEN_CACHE"] = str(tmp / "cache")
        from generator import generate
        from generator.importer import import_product

        start = time.perf_counter()
        import_product(API_DOCS, tmp / "specs" / PRODUCT, overlay=OVERLAY)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        report = generate(tmp / "specs", tmp / "out")
        generated = time.perf_counter() - start
        project = tmp / "out" / "acs-vod"
        models = len(list((project / "acs_vod" / "models").glob("*.py")))
        print(
            f"setup: import_product {imported:.1f} s, generate {generated:.1f} s "
            f"({len(report.written)} files, {models} model modules)"
        )

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONPATH"] = str(project)
        # Byte-code for every module (ours, the SDK's, the stdlib's) goes to the temp folder:
        # both sides get the same treatment and nothing outside it is written.
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        cwd = project
        print(
            f"python: {sys.executable} ({sys.version.split()[0]}), "
            f"median of {args.runs} fresh interpreters each, "
            f"round-robin, after 1 warm-up; .pyc under a temp prefix\n"
        )

        statements = [BASELINE, *OURS, OFFICIAL]
        results = measure_all(statements, env, cwd, args.runs)

        base_wall, _, base_imp = results[BASELINE[0]]
        off_wall, _, off_imp = results[OFFICIAL[0]]
        off_wall_net, off_imp_net = off_wall - base_wall, off_imp - base_imp
        header = (
            f"{'statement':<22}{'wall ms':>9}{'(min)':>8}{'- base':>9}{'/official':>11}"
            f"{'  importtime ms':>16}{'- base':>9}{'/official':>11}"
        )
        print(header)
        print("-" * len(header))
        for label, _ in [BASELINE, *OURS, OFFICIAL]:
            wall, low, imp = results[label]
            net_wall, net_imp = wall - base_wall, imp - base_imp
            if label == BASELINE[0]:
                r_wall = r_imp = ""
            else:
                r_wall = (
                    f"{net_wall / off_wall_net:.2f}x" if off_wall_net > 0 else "n/a"
                )
                r_imp = f"{net_imp / off_imp_net:.2f}x" if off_imp_net > 0 else "n/a"
            print(
                f"{label:<22}{wall * 1e3:>9.1f}{low * 1e3:>8.1f}{net_wall * 1e3:>9.1f}{r_wall:>11}"
                f"{imp * 1e3:>16.1f}{net_imp * 1e3:>9.1f}{r_imp:>11}"
            )
        print(
            "\n/official = (ours - baseline) / (official - baseline); "
            "gross ratios (wall incl. interpreter start):"
        )
        for label, _ in OURS:
            print(f"  {label:<20} {results[label][0] / off_wall:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
