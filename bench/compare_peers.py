"""Generation speed against peer generators, on the same operations, in one run.

Tools, each run as a child process (wall time, and the child's peak RSS from `os.wait4`, which on
Linux is that of the largest single process of its tree: black and our formatter fork workers):
  ours          `python -m generator generate SPECS -o OUT` from .venv, in four scenarios:
                  cold        empty ACS_SPECGEN_CACHE, empty OUT
                  warm        again: cache filled, OUT up to date
                  one changed one operation's `summary:` edited, warm cache
                  clone check OUT copied elsewhere (manifest included), empty cache,
                              `python -m generator check SPECS -o COPY`
  opc+black     openapi-python-client with `post_hooks: []`, then `black` on its output
  opc+ruff      openapi-python-client with its default post hooks (`ruff check --fix`,
                `ruff format`)
  dmcg+black    datamodel-code-generator (models only, `--openapi-scopes schemas paths`: by
                default it reads only components/schemas, where these documents hold nothing),
                its own formatters off, then `black` on its output
The peers have no cache: a warm or one-changed run of theirs is a cold one, so their cold time
stands for all three. They read an OpenAPI 3.0.3 export of the same specs
(`bench/openapi_export.py`), made once beforehand and not timed.

Inputs: the three hand-written operations (specs/vod without the files the importer wrote); whole VOD imported with its overlay (170
operations); a synthetic product of 1000 operations (`bench/synthetic.py`). All are copied or
built under /tmp; nothing in the repository is written but bench/.venv, the peers' own virtual
environment, created on first use. Tools are alternated within each of `--runs` rounds, after
one untimed warm-up round on the smallest input; the table shows the median time and the
largest peak RSS over the rounds. Afterwards bench/parse_speed.py, bench/emulator_speed.py and
bench/import_time.py run, and the targets of issue 20 are printed, each against its peer in this
run.

Run from the repository root:  .venv/bin/python bench/compare_peers.py [--runs 3] [--quick]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True  # nothing written into the repository but bench/.venv

from bench.openapi_export import export_folder, write_document  # noqa: E402
from bench.synthetic import build_synthetic, import_vod  # noqa: E402
from generator.importer.emit import is_imported  # noqa: E402

BENCH = ROOT / "bench"
OUR_PYTHON = ROOT / ".venv" / "bin" / "python"
PEER_VENV = BENCH / ".venv"
PEER_BIN = PEER_VENV / "bin"
PEER_REQUIREMENTS = (
    "openapi-python-client>=0.29,<0.30",
    "datamodel-code-generator>=0.89,<0.90",
    "black>=26.1,<27",  # the same year's style as ours
    "ruff>=0.6,<1",
)
PEER_DISTRIBUTIONS = (
    "openapi-python-client",
    "datamodel-code-generator",
    "black",
    "ruff",
    "pydantic",
)
HAND_WRITTEN = ROOT / "specs" / "vod"
EDITED_OPERATION = "GetAIImageJobs"  # in all three inputs
EDIT_SUFFIX = " (edited for the benchmark)"
SKIPPED_PARTS = {".venv", "__pycache__", ".ruff_cache", ".mypy_cache"}

OURS = "ours"
MAIN_PEER = "opc+black"
PEERS = (MAIN_PEER, "opc+ruff", "dmcg+black")
OUR_SCENARIOS = ("cold", "warm", "one changed", "clone check")
PEER_SCENARIO = "cold*"


class StepFailed(Exception):
    """A child process exited with an error."""


@dataclass(frozen=True)
class Step:
    name: str
    seconds: float
    peak_bytes: int
    output: str


@dataclass(frozen=True)
class Measure:
    """One timed run of one tool in one scenario: one or more steps, timed together."""

    steps: tuple[Step, ...]
    lines: int
    core_lines: int = 0  # of them, the shared runtime's (ours: OUT/acs-core)

    @property
    def seconds(self) -> float:
        return sum(step.seconds for step in self.steps)

    @property
    def peak_bytes(self) -> int:
        return max(step.peak_bytes for step in self.steps)


@dataclass
class Results:
    """Measures by (input, tool, scenario), and what failed."""

    measures: dict[tuple[str, str, str], list[Measure]] = field(default_factory=dict)
    failures: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, key: tuple[str, str, str], measure: Measure) -> None:
        self.measures.setdefault(key, []).append(measure)

    def median(self, key: tuple[str, str, str]) -> float | None:
        found = self.measures.get(key)
        return statistics.median(m.seconds for m in found) if found else None


@dataclass(frozen=True)
class Input:
    name: str
    label: str
    specs: Path
    document: Path
    operations: int


# Forks and execs the command, and writes its wall time and peak RSS (KiB on Linux) to a file.
# A child's peak RSS counts the pages of the process it was forked from (Linux carries the old
# memory's high-water mark across exec), so the command is forked from this small interpreter
# (about 5 MB), not from the benchmark itself, which holds whole products in memory.
_LAUNCHER = """
import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(report, "w") as f:
    f.write(f"{usage.ru_maxrss} {seconds!r}")
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def run_step(
    name: str, argv: Sequence[str | Path], env: dict[str, str], cwd: Path
) -> Step:
    """Run one child to its end: its wall time, peak RSS and output."""
    with tempfile.TemporaryDirectory(prefix="bench-step-") as folder:
        report, log = Path(folder) / "report", Path(folder) / "log"
        launcher = [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(report)]
        with log.open("wb") as output:
            done = subprocess.run(
                [*launcher, *(str(arg) for arg in argv)],
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        text = log.read_bytes().decode("utf-8", "replace")
        if done.returncode != 0 or not report.is_file():
            tail = "\n".join(text.splitlines()[-15:])
            raise StepFailed(f"{name}: exit status {done.returncode}\n{tail}")
        kib, seconds = report.read_text().split()
    return Step(name, float(seconds), int(kib) * 1024, text)


def python_lines(folder: Path) -> int:
    """Lines of every *.py file under `folder` (tool caches and byte-code left out)."""
    total = 0
    for path in folder.rglob("*.py"):
        if SKIPPED_PARTS.isdisjoint(path.relative_to(folder).parts):
            total += len(path.read_bytes().splitlines())
    return total


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# --- the peers' virtual environment ----------------------------------------------------


def ensure_peer_venv() -> None:
    if not (PEER_BIN / "python").is_file():
        print(f"creating {PEER_VENV.relative_to(ROOT)} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
    # Quick when everything is installed already; it brings a stale one into range.
    subprocess.run(
        [
            str(PEER_BIN / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *PEER_REQUIREMENTS,
        ],
        check=True,
    )


def versions(python: Path, distributions: Sequence[str]) -> dict[str, str]:
    code = (
        "import sys\nfrom importlib.metadata import version\n"
        "for name in sys.argv[1:]:\n    print(name, version(name))"
    )
    answer = subprocess.run(
        [str(python), "-c", code, *distributions],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(line.split(" ", 1) for line in answer.splitlines())


def peer_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PATH"] = f"{PEER_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(PEER_VENV)
    env["BLACK_CACHE_DIR"] = str(fresh(work / "black-cache"))  # black's own, cold
    env["RUFF_CACHE_DIR"] = str(fresh(work / "ruff-cache"))
    return env


def our_env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["ACS_SPECGEN_CACHE"] = str(cache)
    return env


# --- the tools -------------------------------------------------------------------------


def run_ours(source: Input, work: Path, results: Results) -> None:
    """One round of ours: cold, warm, one changed, and check in a fresh clone."""
    cache, out, clone = work / "cache", work / "out", work / "clone"
    for folder in (cache, out, clone):
        shutil.rmtree(folder, ignore_errors=True)

    def generator(command: str, target: Path, cache: Path = cache) -> Step:
        argv: list[str | Path] = [OUR_PYTHON, "-m", "generator", command]
        argv += [source.specs, "-o", target]
        return run_step(command, argv, our_env(cache), ROOT)

    edited = next(source.specs.glob(f"*/{EDITED_OPERATION}.yaml"))
    original = edited.read_text(encoding="utf-8")
    changed, count = re.subn(
        r"^(summary: .*)$",
        lambda match: match.group(1) + EDIT_SUFFIX,
        original,
        count=1,
        flags=re.MULTILINE,
    )
    if count != 1:
        raise StepFailed(f"{edited}: no top-level `summary:` line to edit")
    steps: dict[str, Step] = {}
    try:
        steps["cold"] = generator("generate", out)
        steps["warm"] = generator("generate", out)
        edited.write_text(changed, encoding="utf-8")
        steps["one changed"] = generator("generate", out)
        shutil.copytree(out, clone, symlinks=True)
        steps["clone check"] = generator("check", clone, cache=work / "clone-cache")
    finally:
        edited.write_text(original, encoding="utf-8")
    lines, core = python_lines(out), python_lines(out / "acs-core")
    for scenario, step in steps.items():
        results.add((source.name, OURS, scenario), Measure((step,), lines, core))
    for folder in (cache, out, clone, work / "clone-cache"):
        shutil.rmtree(folder, ignore_errors=True)


def run_opc(source: Input, work: Path, *, hooks: bool) -> Measure:
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    env = peer_env(work)
    argv: list[str | Path] = [
        PEER_BIN / "openapi-python-client",
        "generate",
        "--path",
        source.document,
        "--output-path",
        out,
        "--overwrite",
    ]
    if not hooks:
        config = work / "no-hooks.yaml"
        config.write_text("post_hooks: []\n", encoding="utf-8")
        argv += ["--config", config]
    steps = [run_step("openapi-python-client", argv, env, work)]
    if not hooks:
        steps.append(run_step("black", [PEER_BIN / "black", "-q", out], env, work))
    measure = Measure(tuple(steps), python_lines(out))
    shutil.rmtree(out, ignore_errors=True)
    return measure


def run_dmcg(source: Input, work: Path) -> Measure:
    out = fresh(work / "out")
    env = peer_env(work)
    argv: list[str | Path] = [
        PEER_BIN / "datamodel-codegen",
        "--input",
        source.document,
        "--input-file-type",
        "openapi",
        "--openapi-scopes",
        "schemas",
        "paths",
        "--output",
        out / "models.py",
        "--no-formatters",
        "--disable-timestamp",
        "--target-python-version",
        "3.10",
    ]
    steps = [
        run_step("datamodel-codegen", argv, env, work),
        run_step("black", [PEER_BIN / "black", "-q", out], env, work),
    ]
    measure = Measure(tuple(steps), python_lines(out))
    shutil.rmtree(out, ignore_errors=True)
    return measure


PEER_RUNNERS: dict[str, Callable[[Input, Path], Measure]] = {
    "opc+black": lambda source, work: run_opc(source, work, hooks=False),
    "opc+ruff": lambda source, work: run_opc(source, work, hooks=True),
    "dmcg+black": run_dmcg,
}


def run_tool(tool: str, source: Input, work: Path, results: Results) -> None:
    if (source.name, tool) in results.failures:
        return
    folder = work / tool.replace("+", "-")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if tool == OURS:
            run_ours(source, folder, results)
        else:
            measure = PEER_RUNNERS[tool](source, folder)
            results.add((source.name, tool, PEER_SCENARIO), measure)
    except StepFailed as exc:
        results.failures[(source.name, tool)] = str(exc)
        print(f"  {source.label}, {tool}: FAILED\n{exc}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- inputs ----------------------------------------------------------------------------


def copy_hand_written(target: Path) -> None:
    """specs/vod's hand-written operations only (the AI image ones): service.yaml, every spec
    without the importer's header, and their golden folders; whole VOD's imports stay behind.
    """
    imported = {p.stem for p in HAND_WRITTEN.glob("*.yaml") if is_imported(p)}

    def skip(folder: str, names: list[str]) -> set[str]:
        inside_golden = Path(folder).name == "golden"
        return {
            name
            for name in names
            if (name.endswith(".yaml") or inside_golden)
            and name.removesuffix(".yaml") in imported
        }

    shutil.copytree(HAND_WRITTEN, target, ignore=skip)


def prepare_inputs(tmp: Path, names: Sequence[str]) -> list[Input]:
    inputs = []
    for name in names:
        start = time.perf_counter()
        specs = tmp / "inputs" / name / "specs"
        if name == "hand-written":
            copy_hand_written(specs / "vod")
            label = "3 hand-written"
        elif name == "vod":
            import_vod(specs)
            label = "whole VOD"
        else:
            build_synthetic(specs)
            label = "synthetic"
        check = subprocess.run(
            [str(OUR_PYTHON), "-m", "generator", "validate", str(specs)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise SystemExit(f"{name}: invalid specs\n{check.stdout}{check.stderr}")
        document = export_folder(specs)
        path = tmp / "inputs" / name / "openapi.json"
        write_document(document, path)
        operations = len(document["paths"])
        inputs.append(Input(name, f"{label} ({operations})", specs, path, operations))
        print(
            f"input {name}: {operations} operations, {check.stdout.strip()} "
            f"OpenAPI {path.stat().st_size / 1e6:.1f} MB; "
            f"setup {time.perf_counter() - start:.1f} s (not timed)",
            flush=True,
        )
    return inputs


# --- the report ------------------------------------------------------------------------


def machine() -> str:
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 2**20:.0f} GiB memory"
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs{memory}, "
        f"Python {platform.python_version()}"
    )


def print_table(
    inputs: Sequence[Input], tools: Sequence[str], results: Results
) -> None:
    ratio_heads = [f"ours/{peer}" for peer in PEERS if peer in tools]
    head = (
        f"{'input':<22}{'tool':<12}{'scenario':<13}{'median s':>9}{'peak MB':>9}"
        f"{'py lines':>10}" + "".join(f"{h:>17}" for h in ratio_heads)
    )
    print(head)
    print("-" * len(head))
    for source in inputs:
        peer_cold = {
            peer: results.median((source.name, peer, PEER_SCENARIO)) for peer in PEERS
        }
        for tool in tools:
            if (source.name, tool) in results.failures:
                print(f"{source.label:<22}{tool:<12}{'FAILED':<13}")
                continue
            scenarios = OUR_SCENARIOS if tool == OURS else (PEER_SCENARIO,)
            for scenario in scenarios:
                key = (source.name, tool, scenario)
                if key not in results.measures:
                    continue
                found = results.measures[key]
                seconds = results.median(key) or 0.0
                peak = max(m.peak_bytes for m in found) / 2**20
                row = (
                    f"{source.label:<22}{tool:<12}{scenario:<13}{seconds:>9.2f}"
                    f"{peak:>9.0f}{found[0].lines:>10,}"
                )
                for peer in PEERS:
                    if peer not in tools:
                        continue
                    theirs = peer_cold[peer]
                    cell = f"{seconds / theirs:.3f}x" if tool == OURS and theirs else ""
                    row += f"{cell:>17}"
                print(row)
    print(
        f"\n{PEER_SCENARIO}: the peers have no cache, so their cold time stands for warm and "
        "one changed too.\nours/peer: our median in that scenario / the peer's cold median "
        f"(< 1 is faster). {MAIN_PEER} is the main peer.\npeak MB: the largest peak RSS "
        "over the rounds, of the largest single process of the child's tree (os.wait4)."
        "\npy lines: *.py in the output; dmcg+black writes models only (one module), "
        "no client."
    )


def print_steps(inputs: Sequence[Input], results: Results, tmp: Path) -> None:
    """Where the peers' time goes, and what our runs reported."""
    print("\nsteps (median seconds):")
    for source in inputs:
        for peer in PEERS:
            found = results.measures.get((source.name, peer, PEER_SCENARIO))
            if not found:
                continue
            parts = [
                f"{step.name} {statistics.median(m.steps[i].seconds for m in found):.2f}"
                for i, step in enumerate(found[0].steps)
            ]
            print(f"  {source.label:<22}{peer:<12}" + " + ".join(parts))
        for scenario in OUR_SCENARIOS:
            found = results.measures.get((source.name, OURS, scenario))
            if found:
                said = found[-1].steps[0].output.strip().splitlines()
                last = said[-1].replace(f"{tmp}{os.sep}", "") if said else ""
                print(f"  {source.label:<22}{OURS:<12}{scenario:<13}{last}")


def run_script(argv: Sequence[str]) -> tuple[bool, str]:
    """Run one of the other benchmarks, showing its output: whether it passed, and its output."""
    print(f"\n$ {' '.join(argv)}", flush=True)
    start = time.perf_counter()
    done = subprocess.run(
        [str(OUR_PYTHON), *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    print(done.stdout, end="")
    print(f"({time.perf_counter() - start:.0f} s, exit status {done.returncode})")
    return done.returncode == 0, done.stdout


# --- the targets (issue 20) -------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    what: str
    measured: float | None  # None: not measured in this run
    limit: float
    unit: str = "x"
    strict: bool = False  # under the limit, not at most

    def line(self) -> str:
        bound = f"{'<' if self.strict else '≤'} {self.limit:g}{self.unit}"
        if self.measured is None:
            return f"  {self.what:<58}{'-':>9}  {bound:<10} not measured"
        met = self.measured < self.limit if self.strict else self.measured <= self.limit
        digits = 2 if self.unit == "x" else 0
        value = f"{self.measured:.{digits}f}{self.unit}"
        return f"  {self.what:<58}{value:>9}  {bound:<10} {'met' if met else 'NOT met'}"


def _ratio(
    results: Results, ours: tuple[str, str], theirs: tuple[str, str]
) -> float | None:
    """Our median in (input, scenario) over another median of the same run."""
    mine = results.median((ours[0], OURS, ours[1]))
    other = results.median((theirs[0], theirs[1], PEER_SCENARIO))
    if theirs[1] == OURS:
        other = results.median((theirs[0], OURS, "warm"))
    return mine / other if mine is not None and other else None


def _found(pattern: str, text: str) -> float | None:
    match = re.search(pattern, text, flags=re.MULTILINE)
    return float(match.group(1)) if match else None


def targets(results: Results, inputs: Sequence[Input], scripts: str) -> list[Target]:
    """Issue 20's targets, each measured against its peer in this run."""
    found: list[Target] = []
    labels = {"hand-written": "AI image operations", "vod": "whole VOD"}
    labels["synthetic"] = "1000 operations"
    names = {source.name: source for source in inputs}
    for name in ("vod", "synthetic"):
        label = names[name].label if name in names else labels[name]
        found.append(
            Target(
                f"{label}, cold / opc+ruff",
                _ratio(results, (name, "cold"), (name, "opc+ruff")),
                1.0,
            )
        )
        found.append(
            Target(
                f"{label}, cold / opc+black",
                _ratio(results, (name, "cold"), (name, MAIN_PEER)),
                0.15,
            )
        )
    found.append(
        Target(
            "AI image operations, cold / opc+black",
            _ratio(results, ("hand-written", "cold"), ("hand-written", MAIN_PEER)),
            0.5,
        )
    )
    for name in ("vod", "synthetic"):
        found.append(
            Target(
                f"{labels[name]}, a fresh clone's check / a warm run",
                _ratio(results, (name, "clone check"), (name, OURS)),
                1.5,
            )
        )
    vod = results.measures.get(("vod", OURS, "cold"))
    per_operation = None
    if vod and "vod" in names:
        per_operation = (vod[0].lines - vod[0].core_lines) / names["vod"].operations
    found.append(
        Target(
            "whole VOD, Python lines per operation (acs-core aside)",
            per_operation,
            130,
            "",
        )
    )
    for case, label in (("page sample", "the page's sample"), ("ten jobs", "ten jobs")):
        for work in ("parse", "round trip"):
            found.append(
                Target(
                    f"{label}: {work} / the official SDK's",
                    _found(rf"^{case}.*?{work}\s.*?([\d.]+)x\s*$", scripts),
                    1.0,
                )
            )
    found.append(
        Target(
            "per-call overhead above bare httpx / the official SDK's",
            _found(r"^\s*ours/official\s+([\d.]+)", scripts),
            0.7,
        )
    )
    cold = results.measures.get(("synthetic", OURS, "cold"))
    peak = max(m.peak_bytes for m in cold) / 2**20 if cold else None
    found.append(
        Target("1000 operations, cold: peak memory", peak, 300, " MB", strict=True)
    )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None, help="rounds (default 3)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one round, without the 1000-operation product (unless --inputs names it), "
        "and shorter runs of parse_speed.py and import_time.py",
    )
    parser.add_argument(
        "--inputs",
        default=None,
        help="comma-separated subset of hand-written,vod,synthetic",
    )
    parser.add_argument(
        "--no-scripts",
        action="store_true",
        help="skip parse_speed.py and import_time.py",
    )
    args = parser.parse_args()
    runs = args.runs or (1 if args.quick else 3)
    default_inputs = "hand-written,vod" if args.quick else "hand-written,vod,synthetic"
    names = (args.inputs or default_inputs).split(",")
    unknown = set(names) - {"hand-written", "vod", "synthetic"}
    if unknown:
        parser.error(f"unknown inputs: {', '.join(sorted(unknown))}")
    if not OUR_PYTHON.is_file():
        parser.error(f"{OUR_PYTHON} not found: set up the project's .venv first")

    ensure_peer_venv()
    print(f"machine: {machine()}")
    ours = versions(OUR_PYTHON, ("acs-specgen", "black"))
    print(
        f"ours:  {OUR_PYTHON.relative_to(ROOT)}: "
        + ", ".join(f"{k} {v}" for k, v in ours.items())
    )
    peers = versions(PEER_BIN / "python", PEER_DISTRIBUTIONS)
    print(
        f"peers: {PEER_BIN.relative_to(ROOT)}: "
        + ", ".join(f"{k} {v}" for k, v in peers.items())
    )
    print(f"rounds: {runs}\n", flush=True)

    tools = (OURS, *PEERS)
    results = Results()
    tmp = Path(tempfile.mkdtemp(prefix="bench-peers-"))
    try:
        inputs = prepare_inputs(tmp, names)
        warm_up = Results()
        for tool in tools:  # disk caches, byte-code: the first run of each pays them
            run_tool(tool, inputs[0], tmp / "warm-up", warm_up)
        for round_ in range(1, runs + 1):
            for source in inputs:
                for tool in tools:
                    start = time.perf_counter()
                    run_tool(tool, source, tmp / "work", results)
                    print(
                        f"round {round_}/{runs}: {source.label}, {tool}: "
                        f"{time.perf_counter() - start:.1f} s",
                        flush=True,
                    )
        print()
        print_table(inputs, tools, results)
        print_steps(inputs, results, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    scripts_ok, said = True, []
    if not args.no_scripts:
        quick = args.quick
        for script in (
            ["bench/parse_speed.py", *(["--rounds", "5"] if quick else [])],
            ["bench/emulator_speed.py", *(["--quick"] if quick else [])],
            ["bench/import_time.py", *(["--runs", "3"] if quick else [])],
        ):
            ok, output = run_script(script)
            scripts_ok &= ok
            said.append(output)
    print(f"\ntargets (issue 20), each against its peer in this run; {machine()}:")
    for target in targets(results, inputs, "\n".join(said)):
        print(target.line())
    for (name, tool), reason in sorted(results.failures.items()):
        print(f"\nFAILED: {name}, {tool}: {reason}")
    return 0 if scripts_ok and not results.failures else 1


if __name__ == "__main__":
    sys.exit(main())
