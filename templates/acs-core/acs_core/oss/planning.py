"""The decisions of `Transfer` and `AsyncTransfer` that need no I/O: the settings, one PUT or
multipart, the part size and spans, the headers of each request, and what to do with an upload
that failed or a checkpoint that no longer applies."""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import APIError, RequestValidationError, ResponseDecodeError
from .base import BaseSender
from .checkpoint import Checkpoint, checkpoint_path, load_checkpoint
from .crc64 import Crc64, check_crc64_header
from .errors import IntegrityError, SourceChangedError
from .multipart import (
    DEFAULT_PARALLELISM,
    DEFAULT_PART_SIZE,
    MAX_PARTS,
    DownloadResult,
    PartRecord,
    Progress,
    UploadResult,
    check_part_crc,
    check_settings,
    choose_part_size,
    combined_crc,
)
from .source import Source

__all__ = ["DownloadState", "TransferBase", "UploadPlan", "download_headers"]

logger = logging.getLogger("acs_core.oss")


@dataclass
class UploadPlan:
    """One upload: where it goes, how it is cut, what it has done so far."""

    bucket: str
    key: str
    source: Source
    headers: dict[str, str]
    part_size: int
    single: bool
    checkpoint_file: str | None = None
    checkpoint: Checkpoint | None = None
    discarded: str | None = None
    upload_id: str | None = None
    done: dict[int, PartRecord] = field(default_factory=dict)
    resumed: int = 0
    #: the first part of a stream, read to learn whether it fits in one PutObject
    pending: bytes | bytearray | None = None

    def take_pending(self) -> bytes | bytearray | None:
        data, self.pending = self.pending, None
        return data

    def span(self, number: int) -> tuple[int, int] | None:
        """Offset and length of part `number` of a source of known size (None: past the end)."""
        assert self.source.size is not None
        offset = (number - 1) * self.part_size
        if offset >= self.source.size and not (number == 1 and self.source.size == 0):
            return None
        return offset, min(self.part_size, self.source.size - offset)

    def check_number(self, number: int) -> None:
        if number > MAX_PARTS:
            raise RequestValidationError(
                parameter="source",
                argument="source",
                message=(
                    f"is longer than {MAX_PARTS} parts of {self.part_size} bytes: pass its "
                    "size= (the part size then grows to fit) or a larger part_size="
                ),
            )


class TransferBase:
    """The settings of an upload and download manager over a sender."""

    def __init__(
        self,
        sender: BaseSender,
        *,
        part_size: int = DEFAULT_PART_SIZE,
        parallelism: int = DEFAULT_PARALLELISM,
        multipart_threshold: int | None = None,
        checkpoint_dir: str | None = None,
    ) -> None:
        check_settings(part_size, parallelism, multipart_threshold)
        self.sender = sender
        self.part_size = part_size
        self.parallelism = parallelism
        self.multipart_threshold = (
            part_size if multipart_threshold is None else multipart_threshold
        )
        self.checkpoint_dir = checkpoint_dir

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.sender!r}, part_size={self.part_size}, "
            f"parallelism={self.parallelism}, "
            f"multipart_threshold={self.multipart_threshold})"
        )

    def _plan(
        self,
        bucket: str,
        key: str,
        source: Source,
        headers: Mapping[str, str] | None,
        content_type: str | None,
        checkpoint_dir: str | None,
    ) -> UploadPlan:
        self.sender.address(bucket, key)  # names checked before anything is read
        sent = dict(headers or {})
        if not any(name.lower() == "content-type" for name in sent):
            guessed = content_type or mimetypes.guess_type(key)[0]
            sent["Content-Type"] = guessed or "application/octet-stream"
        elif content_type is not None:
            raise RequestValidationError(
                parameter="content_type",
                argument="content_type",
                message="is given twice: in headers= and in content_type=",
            )
        size = source.size
        single = size is not None and (size < self.multipart_threshold or size == 0)
        folder = checkpoint_dir if checkpoint_dir is not None else self.checkpoint_dir
        plan = UploadPlan(
            bucket=bucket,
            key=key,
            source=source,
            headers=sent,
            part_size=choose_part_size(size, self.part_size),
            single=single,
        )
        if source.path is None and checkpoint_dir is None:
            folder = None  # the transfer's default folder serves paths only
        if folder is not None and not single:
            if source.path is None:
                raise RequestValidationError(
                    parameter="checkpoint_dir",
                    argument="checkpoint_dir",
                    message="resumes uploads of a path only (a stream cannot be read again)",
                )
            plan.checkpoint_file = checkpoint_path(
                folder, source.path, self.sender.endpoint, bucket, key
            )
        return plan

    def _load_checkpoint(self, plan: UploadPlan) -> None:
        """The checkpoint of `plan`'s file, if one applies; the reason if one was dropped."""
        if plan.checkpoint_file is None:
            return
        assert plan.source.path is not None and plan.source.stamp is not None
        checkpoint, reason = load_checkpoint(
            plan.checkpoint_file,
            endpoint=self.sender.endpoint,
            bucket=plan.bucket,
            key=plan.key,
            source=(plan.source.path, *plan.source.stamp),
        )
        if reason is not None:
            self._discard(plan, reason)
        plan.checkpoint = checkpoint
        if checkpoint is not None:
            plan.upload_id = checkpoint.upload_id
            plan.part_size = checkpoint.part_size

    def _discard(self, plan: UploadPlan, reason: str) -> None:
        logger.warning(
            "OSS upload of %s to %s/%s starts anew: %s",
            plan.source.path,
            plan.bucket,
            plan.key,
            reason,
        )
        plan.discarded = reason
        plan.checkpoint = None
        plan.upload_id = None
        if plan.checkpoint_file is not None:
            Checkpoint(plan.checkpoint_file, {}).delete()

    def _listed(
        self, plan: UploadPlan, listed: Mapping[int, tuple[str, int, int | None]]
    ) -> None:
        """Keep the checkpoint's parts that OSS lists with the same ETag, size and CRC."""
        assert plan.checkpoint is not None
        kept = {}
        for number, part in plan.checkpoint.parts.items():
            there = listed.get(number)
            if there is None or there[0] != part.etag or there[1] != part.size:
                continue
            if there[2] is not None and there[2] != part.crc64:
                continue
            kept[number] = part
        plan.done = kept
        plan.resumed = len(kept)

    def _new_checkpoint(self, plan: UploadPlan) -> None:
        if plan.checkpoint_file is None:
            return
        assert plan.upload_id is not None
        assert plan.source.path is not None and plan.source.stamp is not None
        plan.checkpoint = Checkpoint.create(
            plan.checkpoint_file,
            endpoint=self.sender.endpoint,
            bucket=plan.bucket,
            key=plan.key,
            upload_id=plan.upload_id,
            part_size=plan.part_size,
            source=(plan.source.path, *plan.source.stamp),
        )

    @staticmethod
    def _keeps_upload(plan: UploadPlan, error: BaseException) -> bool:
        """Is a failed multipart upload left for a later resume (else it is aborted)?"""
        if plan.checkpoint is None:
            return False
        return not isinstance(error, (SourceChangedError, IntegrityError))

    @staticmethod
    def _part_record(number: int, crc: int, size: int, answer: Any) -> PartRecord:
        check_part_crc(number, crc, answer.hash_crc64)
        etag = answer.etag
        if not etag:
            raise ResponseDecodeError(
                f"UploadPart {number} answered no ETag", status=answer.status, body=b""
            )
        return PartRecord(number, etag, crc, size)

    @staticmethod
    def _single_result(
        plan: UploadPlan, crc: int, size: int, answer: Any
    ) -> UploadResult:
        check_crc64_header(crc, answer.hash_crc64, f"{plan.bucket}/{plan.key}")
        return UploadResult(
            bucket=plan.bucket,
            key=plan.key,
            etag=answer.etag,
            crc64=crc,
            size=size,
            request_id=answer.request_id,
            discarded_checkpoint=plan.discarded,
        )

    @staticmethod
    def _complete_result(
        plan: UploadPlan, parts: Mapping[int, PartRecord], answer: Any
    ) -> UploadResult:
        crc, size = combined_crc(parts.values())
        check_crc64_header(crc, answer.hash_crc64, f"{plan.bucket}/{plan.key}")
        etag = answer.etag
        if etag is None:
            try:
                result = answer.xml().get("CompleteMultipartUploadResult") or {}
                etag = result.get("ETag") if isinstance(result, Mapping) else None
            except ValueError:
                etag = None
        return UploadResult(
            bucket=plan.bucket,
            key=plan.key,
            etag=etag,
            crc64=crc,
            size=size,
            request_id=answer.request_id,
            parts=len(parts),
            upload_id=plan.upload_id,
            resumed_parts=plan.resumed,
            discarded_checkpoint=plan.discarded,
        )

    @staticmethod
    def _no_upload(error: APIError) -> bool:
        return error.code == "NoSuchUpload"


def download_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    sent = dict(headers or {})
    if any(name.lower() == "range" for name in sent):
        raise RequestValidationError(
            parameter="Range",
            argument="headers",
            message=(
                "is not taken by a download, which reads (and checks) the whole object: "
                "send a ranged GET with the sender"
            ),
        )
    return sent


class DownloadState:
    """One download across the requests it takes: a broken connection is resumed where it
    broke (`Range: bytes=<done>-`, `If-Match: <etag>`, so the object cannot change
    underneath), at most `max_resumes` times; the CRC-64 runs over every byte received.
    """

    def __init__(
        self,
        bucket: str,
        key: str,
        headers: Mapping[str, str] | None,
        progress: Progress,
        max_resumes: int,
    ) -> None:
        self.bucket = bucket
        self.key = key
        self._headers = download_headers(headers)
        self.progress = progress
        self.max_resumes = max_resumes
        self.crc = Crc64()
        self.requests = 0
        self.total: int | None = None
        self.expected_crc: str | None = None
        self.etag: str | None = None
        self.request_id: str | None = None

    @property
    def done(self) -> int:
        return self.crc.length

    @property
    def what(self) -> str:
        return f"GET {self.bucket}/{self.key} ({self.requests} request(s))"

    def headers(self) -> dict[str, str]:
        """The headers of the next request."""
        sent = dict(self._headers)
        if self.requests:
            sent["Range"] = f"bytes={self.done}-"
            if self.etag:
                sent["If-Match"] = self.etag
        self.requests += 1
        return sent

    def answered(self, answer: Any) -> None:
        """Take the first answer's facts; check a resumed answer starts where we are."""
        if self.requests == 1:
            self.total = answer.content_length
            self.expected_crc = answer.hash_crc64
            self.etag = answer.etag
            self.request_id = answer.request_id
            self.progress.total = self.total
            return
        start = str(answer.headers.get("content-range", "")).removeprefix("bytes ")
        if answer.status != 206 or not start.startswith(f"{self.done}-"):
            raise IntegrityError(
                f"{self.bucket}/{self.key}: resuming at byte {self.done}, OSS answered "
                f"HTTP {answer.status} with Content-Range {start or None!r}"
            )

    def received(self, chunk: bytes) -> None:
        self.crc.update(chunk)
        self.progress.add(len(chunk))

    def broken(self, error: Exception) -> bool:
        """May the download resume after `error` broke it?"""
        if self.requests > self.max_resumes:
            return False
        logger.info(
            "OSS download of %s/%s broke at byte %d (%s); resuming",
            self.bucket,
            self.key,
            self.done,
            type(error).__name__,
        )
        return True

    def result(self, path: str | None) -> DownloadResult:
        """Check that every byte arrived intact."""
        what = f"{self.bucket}/{self.key}"
        if self.total is not None and self.done != self.total:
            raise IntegrityError(f"{what}: {self.done} of {self.total} bytes arrived")
        check_crc64_header(self.crc.value, self.expected_crc, what)
        self.progress.finish()
        return DownloadResult(
            bucket=self.bucket,
            key=self.key,
            size=self.done,
            etag=self.etag,
            crc64=self.crc.value,
            request_id=self.request_id,
            path=path,
            requests=self.requests,
        )
