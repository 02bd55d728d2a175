"""Response parsing and round trips: the generated models against the official SDK, in one run.

For each golden response of GetAIImageJobs (the reference page's sample, and ten jobs), times
`GetAIImageJobsResponse.from_dict` against the official SDK's `from_map` (which only copies
strings; ours types datetimes, enums and JSON text), and `from_dict(...).to_dict()` against
`from_map(...).to_map()`. Ours and theirs are timed in alternation, many rounds, and the best
round of each is kept, so that a busy machine slows both alike.

Needs the official SDK: `pip install alibabacloud-vod20170321` (the test extra has it).
Run from the repository root:  .venv/bin/python bench/parse_speed.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "specs" / "vod" / "golden" / "GetAIImageJobs"
sys.path.insert(0, str(ROOT / "generated" / "acs-vod"))


def best_of(
    candidates: dict[str, Callable[[], Any]], rounds: int, number: int
) -> dict[str, float]:
    """Microseconds per call of each candidate, the best of `rounds` interleaved rounds."""
    best = dict.fromkeys(candidates, float("inf"))
    for _ in range(rounds):
        for name, function in candidates.items():
            seconds = timeit.timeit(function, number=number) / number
            best[name] = min(best[name], seconds * 1e6)
    return best


def ten_jobs() -> dict[str, Any]:
    """The page's sample with ten jobs, each its own copy."""
    data: dict[str, Any] = json.loads((GOLDEN / "page_sample.json").read_text())
    job = data["AIImageJobList"][0]
    data["AIImageJobList"] = [dict(job, JobId=f"job-{i}") for i in range(10)]
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--number", type=int, default=5000)
    args = parser.parse_args()

    from acs_vod.models.get_ai_image_jobs import GetAIImageJobsResponse
    from alibabacloud_vod20170321 import models as official

    Official = official.GetAIImageJobsResponseBody
    cases = {
        "page sample (1 job)": json.loads((GOLDEN / "page_sample.json").read_text()),
        "ten jobs": ten_jobs(),
    }
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"{'response':<22}{'work':<12}{'ours µs':>10}{'official µs':>14}{'ratio':>8}")
    for label, data in cases.items():
        assert GetAIImageJobsResponse.from_dict(data).to_dict() == data
        times = best_of(
            {
                "ours parse": lambda d=data: GetAIImageJobsResponse.from_dict(d),
                "official parse": lambda d=data: Official().from_map(d),
                "ours round trip": lambda d=data: GetAIImageJobsResponse.from_dict(
                    d
                ).to_dict(),
                "official round trip": lambda d=data: Official().from_map(d).to_map(),
            },
            args.rounds,
            args.number,
        )
        for work in ("parse", "round trip"):
            ours, theirs = times[f"ours {work}"], times[f"official {work}"]
            print(
                f"{label:<22}{work:<12}{ours:>10.2f}{theirs:>14.2f}{ours / theirs:>7.2f}x"
            )


if __name__ == "__main__":
    main()
