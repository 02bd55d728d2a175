"""A synthetic product of 1000 operations, as spec files, for the generator benchmarks.

Whole VOD (170 operations) is imported from the vendor's api-docs with its overlay, then its
operation files are cloned under new names until there are as many operations as asked: round
`k` (2, 3, ...) copies every operation `Name`, in sorted order, as `NameCopy{k}`. A clone renames
the `operation:` value, the file (`NameCopy{k}.yaml`) and its golden folder (and the `file:`
references into it), and suffixes its waiters' names and its upload convenience's method
(`_copy{k}`), which are client methods too; everything else, references to other operations
included, stays as it is.
The result is deterministic: the same vendor file and overlay give the same bytes.

Run from the repository root:  .venv/bin/python bench/synthetic.py OUT [--operations 1000]
then check it:  .venv/bin/python -m generator validate OUT
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.importer import import_product  # noqa: E402

API_DOCS = ROOT / "specs" / "vendor" / "vod-2017-03-21.json"
OVERLAY = ROOT / "specs" / "overlays" / "vod-2017-03-21.yaml"
PRODUCT = "vod-2017-03-21"
SERVICE_FILE = "service.yaml"
GOLDEN = "golden"
OPERATIONS = 1000


def import_vod(specs: Path) -> Path:
    """Whole VOD under `specs/vod-2017-03-21`; answers that service folder."""
    service = specs / PRODUCT
    import_product(API_DOCS, service, overlay=OVERLAY)
    return service


def clone_operation(service: Path, name: str, clone: str) -> None:
    """Copy operation `name` of `service` as operation `clone`, golden responses included."""
    source = service / f"{name}.yaml"
    text = source.read_text(encoding="utf-8")
    text, renamed = re.subn(
        rf"^operation: {re.escape(name)}$",
        f"operation: {clone}",
        text,
        count=1,
        flags=re.MULTILINE,
    )
    if renamed != 1:
        raise ValueError(f"{source}: no `operation: {name}` line")
    text = text.replace(f"{GOLDEN}/{name}/", f"{GOLDEN}/{clone}/")
    suffix = "_" + clone.removeprefix(name).lower()  # NameCopy3 -> _copy3
    text = re.sub(
        r"^waiters:\n(?:[ -].*\n)*",  # the top-level `waiters:` block, to the next key
        lambda block: re.sub(
            r"^(\s*- name: .+)$", rf"\g<1>{suffix}", block.group(0), flags=re.M
        ),
        text,
        flags=re.M,
    )
    # An upload convenience is a client method too: its name takes the same suffix.
    text = re.sub(
        r"^(upload:\n(?:[ ].*\n)*?  method: )(\w+)$",
        rf"\g<1>\g<2>{suffix}",
        text,
        count=1,
        flags=re.M,
    )
    target = service / f"{clone}.yaml"
    if target.exists():
        raise ValueError(f"{target}: already there")
    golden = service / GOLDEN / name
    if golden.is_dir():
        shutil.copytree(golden, service / GOLDEN / clone)
    target.write_text(text, encoding="utf-8")


def build_synthetic(specs: Path, operations: int = OPERATIONS) -> Path:
    """A product of `operations` operations under `specs`; answers its service folder."""
    service = import_vod(specs)
    originals = sorted(
        path.stem for path in service.glob("*.yaml") if path.name != SERVICE_FILE
    )
    if operations < len(originals):
        raise ValueError(f"asked for {operations}, VOD alone has {len(originals)}")
    count, round_ = len(originals), 2
    while count < operations:
        for name in originals[: operations - count]:
            clone_operation(service, name, f"{name}Copy{round_}")
            count += 1
        round_ += 1
    return service


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="spec folder to create")
    parser.add_argument("--operations", type=int, default=OPERATIONS)
    args = parser.parse_args()
    service = build_synthetic(args.out, args.operations)
    count = sum(1 for path in service.glob("*.yaml") if path.name != SERVICE_FILE)
    print(f"{service}: {count} operation(s)")


if __name__ == "__main__":
    main()
