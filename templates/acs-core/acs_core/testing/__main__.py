"""`python -m acs_core.testing acs_vod acs_sts --port 0`: serve products (and OSS, whose store
`--storage FOLDER` keeps), print the URL."""

from __future__ import annotations

import argparse
import sys

from .emulator import Emulator


def main(argv: list[str] | None = None, *, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=prog or "python -m acs_core.testing",
        description="Run an emulator of generated product packages (and of OSS) on "
        "loopback and print its URL.",
    )
    parser.add_argument(
        "packages",
        nargs="*",
        metavar="PACKAGE",
        help="a product's import name (acs_vod); none: OSS alone",
    )
    parser.add_argument(
        "--storage",
        metavar="FOLDER",
        help="keep OSS buckets and objects in this folder (default: in memory)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on; 0 picks a free one"
    )
    parser.add_argument(
        "--credential",
        action="append",
        metavar="ID:SECRET",
        help="an access key the emulator accepts (repeatable; default testid:testsecret)",
    )
    args = parser.parse_args(argv)
    pairs = [item.partition(":") for item in args.credential or ["testid:testsecret"]]
    malformed = [key for key, colon, _ in pairs if not colon or not key]
    if malformed:
        parser.error("--credential takes ID:SECRET")
    try:
        emulator = Emulator(
            *args.packages,
            credentials={key: secret for key, _, secret in pairs},
            storage=args.storage,
            host=args.host,
            port=args.port,
        )
    except ValueError as exc:
        parser.error(str(exc))
    print(emulator.endpoint, flush=True)
    try:
        emulator.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
