"""Upload a large file to acs-core's OSS emulator on loopback: peak memory and throughput of
acs-core's transfers next to the official SDKs (alibabacloud-oss-v2's uploader, oss2's
resumable_upload).

    python bench/oss_upload.py              # 1 GiB, every contender
    python bench/oss_upload.py --size-mib 256 --only acs-core-sync

The file is sparse (made with truncate: no disk is written); the server (`acs_core.testing`'s
emulator, checking every signature, storing objects in a temporary folder, each deleted once
its contender is done) runs in its own process, and each contender runs in a fresh process of
its own, so that `ru_maxrss` (the process's peak resident memory) is its alone. The server
writes what it receives and digests it (MD5, CRC-64), so the throughputs are end to end. Every contender uploads in 6 MiB parts, 3 at a time, with its
CRC-64 checks on; each prints its time, throughput, `tracemalloc`'s peak (Python allocations
while uploading) and `ru_maxrss`, and the memory of the process before it uploaded (imports).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "acs-core"))

AK, SK, REGION, BUCKET = (
    "LTAI5tBenchKeyId",
    "BenchSecret",
    "cn-hangzhou",
    "examplebucket",
)
PART = 6 * 1024 * 1024
THREADS = 3
CONTENDERS = ("acs-core-sync", "acs-core-async", "acs-core-stream", "oss-v2", "oss2")


def serve(folder: str) -> None:
    from acs_core.testing import Emulator

    with Emulator(credentials={AK: SK}, storage=folder) as emulator:
        emulator.oss.create_bucket(BUCKET)
        print(emulator.endpoint, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


def delete(endpoint: str, name: str) -> None:
    """Free the server's folder of a contender's object."""
    from acs_core.oss import Sender

    with Sender(REGION, endpoint=endpoint, access_key_id=AK, access_key_secret=SK) as s:
        s.send("DELETE", BUCKET, f"bench/{name}.bin")


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(name: str, endpoint: str, path: str) -> dict[str, Any]:
    size = os.path.getsize(path)
    if name.startswith("acs-core"):
        from acs_core.oss import AsyncSender, AsyncTransfer, Sender, Transfer
    elif name == "oss-v2":
        import alibabacloud_oss_v2 as oss  # type: ignore[import-untyped]
    else:
        import oss2  # type: ignore[import-untyped]
    before = rss_mib()
    tracemalloc.start()
    started = time.perf_counter()
    key = f"bench/{name}.bin"
    if name in ("acs-core-sync", "acs-core-stream"):
        with Sender(
            REGION, endpoint=endpoint, access_key_id=AK, access_key_secret=SK
        ) as s:
            transfer = Transfer(s, part_size=PART, parallelism=THREADS)
            if name == "acs-core-sync":
                transfer.upload(BUCKET, key, path)
            else:  # the same bytes as an iterator of unknown size: read once, in order
                with open(path, "rb") as file:
                    transfer.upload(BUCKET, key, iter(lambda: file.read(1 << 20), b""))
    elif name == "acs-core-async":
        import asyncio

        async def main() -> None:
            async with AsyncSender(
                REGION, endpoint=endpoint, access_key_id=AK, access_key_secret=SK
            ) as s:
                await AsyncTransfer(s, part_size=PART, parallelism=THREADS).upload(
                    BUCKET, key, path
                )

        asyncio.run(main())
    elif name == "oss-v2":
        config = oss.config.load_default()
        config.region, config.endpoint = REGION, endpoint
        config.credentials_provider = oss.credentials.StaticCredentialsProvider(AK, SK)
        uploader = oss.Client(config).uploader(part_size=PART, parallel_num=THREADS)
        uploader.upload_file(oss.PutObjectRequest(bucket=BUCKET, key=key), path)
    else:
        bucket = oss2.Bucket(oss2.Auth(AK, SK), endpoint, BUCKET, region=REGION)
        with tempfile.TemporaryDirectory() as folder:
            oss2.resumable_upload(
                bucket, key, path, store=oss2.ResumableStore(root=folder),
                part_size=PART, num_threads=THREADS,
            )  # fmt: skip
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "name": name,
        "seconds": seconds,
        "mb_per_s": size / seconds / 1e6,
        "tracemalloc_peak_mib": peak / 2**20,
        "rss_before_mib": before,
        "rss_peak_mib": rss_mib(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--only", choices=CONTENDERS, action="append")
    parser.add_argument("--serve", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--run", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)
    if args.run:
        print(json.dumps(run(*args.run)))
        return None
    from acs_core.oss.crc64 import BACKEND

    print(
        f"machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, CRC-64 {BACKEND}; {args.size_mib} MiB sparse file, "
        f"{PART >> 20} MiB parts, {THREADS} at a time, server in its own process"
    )
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", os.path.join(folder, "oss")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert server.stdout is not None
        endpoint = server.stdout.readline().strip()
        path = os.path.join(folder, "big.bin")
        with open(path, "wb") as file:
            file.truncate(args.size_mib * 2**20)
        try:
            for name in args.only or CONTENDERS:
                done = subprocess.run(
                    [sys.executable, __file__, "--run", name, endpoint, path],
                    capture_output=True, text=True, check=False,
                )  # fmt: skip
                if done.returncode != 0:
                    print(f"{name}: failed\n{done.stderr[-2000:]}")
                    continue
                results.append(json.loads(done.stdout.strip().splitlines()[-1]))
                delete(endpoint, name)
        finally:
            server.communicate(timeout=10)
    print(
        f"{'contender':<16} {'seconds':>8} {'MB/s':>7} {'tracemalloc peak':>17} "
        f"{'RSS before':>11} {'RSS peak':>9}"
    )
    for r in results:
        print(
            f"{r['name']:<16} {r['seconds']:>8.2f} {r['mb_per_s']:>7.1f} "
            f"{r['tracemalloc_peak_mib']:>13.1f} MiB {r['rss_before_mib']:>7.1f} MiB "
            f"{r['rss_peak_mib']:>5.1f} MiB"
        )
    ours = next((r for r in results if r["name"] == "acs-core-sync"), None)
    for r in results:
        if ours is not None and r is not ours and not r["name"].startswith("acs-core"):
            print(
                f"{r['name']} / acs-core-sync: time x{r['seconds'] / ours['seconds']:.2f}, "
                f"tracemalloc peak x{r['tracemalloc_peak_mib'] / ours['tracemalloc_peak_mib']:.1f}, "
                f"RSS peak x{r['rss_peak_mib'] / ours['rss_peak_mib']:.2f}"
            )
    return None


if __name__ == "__main__":
    main()
