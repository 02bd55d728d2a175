"""Upload methods (VOD's `upload_video`): the operation answers where a file goes in OSS and
temporary credentials that may put it there; the file goes there with them; the refresh
operation renews them when they expire.

A generated upload method passes its `locals()` on: `source`, the operation's own arguments,
and `part_size`, `parallelism`, `progress` and `checkpoint_dir`, which go to the transfer
(`acs_core.oss.Transfer`: one PutObject for a small file, a parallel multipart upload for a
large one, resumable from `checkpoint_dir`, CRC-64 checked). The spec's `upload` facts
(`acs_core.info.Upload`) name the fields. In order:

1. The source is opened and measured before anything is sent (a path that cannot be read, a
   text file: `RequestValidationError`); its name becomes the file name argument unless one is
   given (a stream without a name needs one), its size the file size argument.
2. The operation is called (its arguments checked by its request model first).
3. The answer's address and credentials are read (`ResponseDecodeError` if unusable) and the
   file is uploaded to that bucket and key at that endpoint, signed with those credentials
   (V4, in the region the endpoint names, else the client's), over the client's connections.
4. Credentials are renewed through the refresh operation when their expiry nears (as every
   `RefreshingCredentials`), and when OSS refuses them as expired (`SecurityTokenExpired`):
   the refused request goes once more with the new ones, so a multipart upload goes on where
   it stopped. A file that changes while it is uploaded raises `SourceChangedError`.

The operation's response (its media ID) is returned.

Nothing here does I/O but measuring the source; `ClientBase._upload` and
`AsyncClientBase._upload` run the calls.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from ..credentials.base import Credentials, RefreshingCredentials, Secret
from ..errors import ConfigurationError, RequestValidationError, ResponseDecodeError
from ..info import OperationInfo, Upload
from ..model import JsonTextError
from .call import arguments_of
from .sources import ProgressCallback, UploadSource

__all__ = [
    "UPLOAD_OPTIONS",
    "ProgressCallback",
    "UploadCredentials",
    "UploadJob",
    "UploadSource",
    "start_upload",
]

#: An upload method's own arguments, besides `source`: how the file is sent.
UPLOAD_OPTIONS: Final = ("part_size", "parallelism", "progress", "checkpoint_dir")
_REGION_OF_ENDPOINT: Final = re.compile(
    r"(?:[a-z]+://)?oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com(?::\d+)?/?"
)


@dataclass
class UploadJob:
    """One upload method's call: the operation's arguments and the transfer's settings."""

    info: OperationInfo
    facts: Upload
    source: Any
    size: int | None
    arguments: dict[str, Any]
    part_size: int
    parallelism: int
    progress: ProgressCallback | None
    checkpoint_dir: str | None


def start_upload(info: OperationInfo, method_locals: dict[str, Any]) -> UploadJob:
    """Check and measure the source, and fill in the file's name and size (no request yet)."""
    # Imported here: a client that uploads nothing never loads the OSS runtime.
    from ..oss.multipart import DEFAULT_PARALLELISM, DEFAULT_PART_SIZE, check_settings
    from ..oss.source import open_source

    facts = info.upload
    assert facts is not None, f"{info.name} has no upload method"
    arguments = arguments_of(method_locals)
    source = arguments.pop("source")
    options = {name: arguments.pop(name, None) for name in UPLOAD_OPTIONS}
    part_size = options["part_size"]
    part_size = DEFAULT_PART_SIZE if part_size is None else part_size
    parallelism = options["parallelism"]
    parallelism = DEFAULT_PARALLELISM if parallelism is None else parallelism
    check_settings(part_size, parallelism, None)
    opened = open_source(source)
    try:
        size, path = opened.size, opened.path
    finally:
        opened.close()
    if options["checkpoint_dir"] is not None and path is None:
        raise RequestValidationError(
            parameter="checkpoint_dir",
            argument="checkpoint_dir",
            message="resumes uploads of a path only (a stream cannot be read again)",
        )
    if arguments.get(facts.file_name) is None:
        name = _name_of(source, path)
        if not name:
            raise RequestValidationError(
                parameter=facts.file_name,
                argument=facts.file_name,
                message="is needed: the source has no name of its own",
            )
        arguments[facts.file_name] = name
    if facts.file_size is not None and size is not None:
        arguments[facts.file_size] = size
    return UploadJob(
        info=info,
        facts=facts,
        source=source,
        size=size,
        arguments=arguments,
        part_size=part_size,
        parallelism=parallelism,
        progress=options["progress"],
        checkpoint_dir=options["checkpoint_dir"],
    )


def _name_of(source: Any, path: str | None) -> str | None:
    """The base name of a path, or of a file object's `name`."""
    name = path if path is not None else getattr(source, "name", None)
    if not isinstance(name, str) or not name:
        return None
    return os.path.basename(name) or None


@dataclass(frozen=True)
class Destination:
    """Where the answer says the file goes."""

    endpoint: str
    bucket: str
    key: str

    def region(self, default: str) -> str:
        """The region an `oss-<region>.aliyuncs.com` endpoint names, else `default`."""
        found = _REGION_OF_ENDPOINT.fullmatch(self.endpoint.lower())
        return found.group(1) if found else default


def _decoded(response: Any, field: str, what: str) -> Any:
    text = getattr(response, field, None)
    try:
        value = text.value if text is not None else None
    except JsonTextError as exc:
        value, why = None, str(exc)
    else:
        why = "it is missing"
    if value is None:
        raise ResponseDecodeError(
            f"{what} answered no usable {field}: {why}", status=200, body=b""
        )
    return value


def destination_of(response: Any, job: UploadJob) -> Destination:
    facts = job.facts
    value = _decoded(response, facts.address, job.info.name)
    parts = [
        getattr(value, name, None) for name in (facts.endpoint, facts.bucket, facts.key)
    ]
    if not all(isinstance(part, str) and part for part in parts):
        raise ResponseDecodeError(
            f"{job.info.name} answered an incomplete {facts.address}: {value!r}",
            status=200,
            body=b"",
        )
    endpoint, bucket, key = (str(part) for part in parts)
    return Destination(endpoint, bucket, key)


def credentials_of(response: Any, facts: Upload, what: str) -> Credentials:
    """The temporary credentials an answer carries (the create's or the refresh's)."""
    value = _decoded(response, facts.credentials, what)
    key_id = getattr(value, facts.access_key_id, None)
    secret = getattr(value, facts.access_key_secret, None)
    if not (isinstance(key_id, str) and key_id and isinstance(secret, str) and secret):
        raise ResponseDecodeError(
            f"{what} answered {facts.credentials} without a key", status=200, body=b""
        )
    token = getattr(value, facts.security_token, None) if facts.security_token else None
    return Credentials(
        key_id,
        Secret(secret),
        Secret(token) if isinstance(token, str) and token else None,
        _expiration(value, facts),
        provider_name=f"upload/{what}",
    )


def _expiration(value: Any, facts: Upload) -> float | None:
    """When the credentials expire: their date-time, else now plus their lifetime."""
    at = getattr(value, facts.expires_at, None) if facts.expires_at else None
    if isinstance(at, datetime):
        return at.timestamp()
    lifetime = getattr(value, facts.lifetime, None) if facts.lifetime else None
    try:
        return time.time() + float(lifetime) if lifetime is not None else None
    except (TypeError, ValueError):
        return None


def refresh_arguments(response: Any, facts: Upload) -> dict[str, Any]:
    """The refresh operation's arguments, from the create operation's response."""
    return {
        argument: getattr(response, field)
        for argument, field in facts.refresh_arguments.items()
    }


class UploadCredentials(RefreshingCredentials):
    """The credentials of one upload: those the operation answered, then those its refresh
    operation answers, fetched when they near their expiry or OSS refuses them."""

    name = "upload"

    def __init__(
        self,
        first: Credentials,
        fetch: Callable[[], Credentials] | None = None,
        fetch_async: Callable[[], Awaitable[Credentials]] | None = None,
    ) -> None:
        super().__init__()
        self._fetch_sync, self._fetch_awaitable = fetch, fetch_async
        self._keep(first)

    def invalidate(self, rejected: Credentials | None = None) -> bool:
        if self._fetch_sync is None and self._fetch_awaitable is None:
            return False  # nothing renews them: OSS's refusal stands
        return super().invalidate(rejected)

    def _fetch(self) -> Credentials:
        if self._fetch_sync is None:
            raise ConfigurationError(
                "the upload's credentials expire and nothing renews them (no refresh "
                "operation)"
            )
        return self._fetch_sync()

    async def _fetch_async(self) -> Credentials:
        if self._fetch_awaitable is None:
            return self._fetch()
        return await self._fetch_awaitable()
