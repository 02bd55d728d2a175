"""The emulator's media: upload grants in its own OSS and the objects its jobs write there.

The rules are the spec's (`emulator:` of an operation, as data in `operations.json`):

* `grant` answers where to upload and with which credentials: an address in the emulator's
  OSS (its endpoint, path style; a bucket made private on first use; a key from a template of
  record fields), kept in the record so that a later grant for the same record (a refresh)
  answers the same address, and fresh STS-like credentials that its OSS accepts for
  `token_lifetime` seconds. Both are JSON text in the answer, base64 where the spec says so.
* `outputs` writes private objects for a finished record and answers their URLs: the golden's
  JSON-text list, each item's `url` field pointing at one new object.

`issued` lists the key IDs granted, which `Emulator.expire_credentials()` ends early.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from .oss import OssEmulator

__all__ = ["DEFAULT_TOKEN_LIFETIME", "Media"]

DEFAULT_TOKEN_LIFETIME = 3000  # seconds, as VOD's upload credentials
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class Media:
    """Grants and outputs in the emulator's OSS, and the temporary credentials it issued."""

    def __init__(
        self,
        oss: OssEmulator,
        endpoint: Callable[[], str],
        accept: Callable[[str, str, str | None, float | None], None],
        now: Callable[[], float],
    ) -> None:
        self.oss = oss
        self._endpoint = endpoint
        self._accept = accept
        self._now = now
        self.token_lifetime: float = DEFAULT_TOKEN_LIFETIME
        self.issued: list[str] = []  # key IDs of the credentials granted, oldest first
        self._lock = threading.Lock()

    # --- grants ------------------------------------------------------------------------------

    def grant(
        self, rule: Mapping[str, Any], record: dict[str, Any], golden: dict[str, Any]
    ) -> None:
        """Write an upload address and fresh credentials into `golden` (the record keeps the
        address, so a later grant for it answers the same one)."""
        address = rule["address"]
        text = record.get(address["field"])
        if not isinstance(text, str):
            bucket = rule["bucket"]
            self.oss.create_bucket(bucket, acl="private", exist_ok=True)
            document = {
                address["endpoint"]: self._endpoint(),
                address["bucket"]: bucket,
                address["key"]: expand(rule["key"], record),
            }
            text = record[address["field"]] = _encode(document, address)
        golden[address["field"]] = text
        golden[rule["credentials"]["field"]] = self._credentials(rule["credentials"])

    def _credentials(self, rule: Mapping[str, Any]) -> str:
        key_id = f"STS.{secrets.token_hex(12)}"
        secret = secrets.token_urlsafe(24)
        token = f"CAIS{secrets.token_urlsafe(48)}"
        lifetime = self.token_lifetime
        expires_at = self._now() + lifetime
        self._accept(key_id, secret, token, expires_at)
        with self._lock:
            self.issued.append(key_id)
        document: dict[str, Any] = {
            rule["access_key_id"]: key_id,
            rule["access_key_secret"]: secret,
        }
        if "security_token" in rule:
            document[rule["security_token"]] = token
        if "expires_at" in rule:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires_at))
            document[rule["expires_at"]] = stamp
        if "lifetime" in rule:
            seconds = int(lifetime)
            text = rule["lifetime"] in rule.get("text", ())
            document[rule["lifetime"]] = str(seconds) if text else seconds
        return _encode(document, rule)

    # --- outputs -----------------------------------------------------------------------------

    def outputs(
        self, rule: Mapping[str, Any], record: Mapping[str, Any], template: Any
    ) -> str:
        """Write the objects of a finished record; answer the JSON text that lists them: the
        golden's list (`template`, JSON text) with each item's URL field set to one object.
        """
        try:
            listed = json.loads(template) if isinstance(template, str) else None
        except ValueError:
            listed = None
        items = [
            dict(item) if isinstance(item, dict) else {}
            for item in (listed if isinstance(listed, list) and listed else [{}])
        ]
        bucket = rule["bucket"]
        self.oss.create_bucket(bucket, acl="private", exist_ok=True)
        for index, item in enumerate(items, 1):
            key = expand(rule["key"], record, index=f"{index:05d}")
            content_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
            data = f"acs-core emulator: {bucket}/{key}\n".encode()
            self.oss.put_object(bucket, key, data, content_type=content_type)
            item[rule["url"]] = f"{self._endpoint()}/{bucket}/{quote(key, safe='/')}"
        return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def expand(template: str, record: Mapping[str, Any], **own: str) -> str:
    """A key template with each `{Field}` the record's value (its last path segment, so that
    `D:\\video_01.mp4` gives `video_01.mp4`), or one of `own`."""

    def value(found: re.Match[str]) -> str:
        name = found.group(1)
        if name in own:
            return own[name]
        text = str(record.get(name, "") or "")
        return re.split(r"[\\/]", text)[-1] or "_"

    return _PLACEHOLDER.sub(value, template)


def _encode(document: Mapping[str, Any], rule: Mapping[str, Any]) -> str:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    if rule.get("base64"):
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    return text
