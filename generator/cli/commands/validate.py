"""`validate [SPECS]`: check the specs, report every problem."""

from __future__ import annotations

from ...pipeline import validate
from ..invocation import EXIT_OK, Invocation


def run(call: Invocation) -> int:
    args, out = call.args, call.out
    services = validate(args.specs)
    count = sum(len(service.operations) for service in services)
    print(f"{len(services)} service(s), {count} operation(s): valid.", file=out)
    return EXIT_OK
