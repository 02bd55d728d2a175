"""`python -m acs_vod.emulator --port 0`: run the emulator and print its URL."""

from __future__ import annotations

import argparse
import sys

from . import Emulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m acs_vod.emulator", description=__doc__
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
    credentials = dict(
        item.split(":", 1) for item in args.credential or ["testid:testsecret"]
    )
    emulator = Emulator(credentials, host=args.host, port=args.port)
    print(emulator.endpoint, flush=True)
    try:
        emulator.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
