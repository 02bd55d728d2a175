"""The reference docs of the generated OSS product: each page's example runs as it stands
against the package's emulator (which makes the bucket and object it names first); the six
that name a multipart upload or a source object of the vendor's answer NotFoundError."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from acs_oss import NotFoundError

DOCS = Path(__file__).resolve().parents[2] / "generated" / "acs-oss" / "docs"
PAGES = sorted(path.stem for path in DOCS.glob("*.md") if path.name != "index.md")
# Their examples name an upload ID or a source object that exist only in OSS's own docs.
NEEDS_STATE = {
    "AbortMultipartUpload",
    "CompleteMultipartUpload",
    "CopyObject",
    "ListParts",
    "UploadPart",
    "UploadPartCopy",
}


def example(operation: str) -> str:
    text = (DOCS / f"{operation}.md").read_text(encoding="utf-8")
    (source,) = re.findall(r"## Example\n+```python\n(.*?)```", text, flags=re.S)
    return source


def test_every_operation_has_a_page() -> None:
    assert len(PAGES) == 150


@pytest.mark.parametrize("operation", PAGES)
def test_each_pages_example_runs_against_the_emulator(operation: str) -> None:
    code = compile(example(operation), f"{operation}.md", "exec")
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        if operation in NEEDS_STATE:
            with pytest.raises(NotFoundError):
                exec(code, {})
            return
        exec(code, {})
    assert printed.getvalue() or "client." in example(operation)
