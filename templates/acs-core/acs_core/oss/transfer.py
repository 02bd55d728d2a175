"""`Transfer`: uploads and downloads of whole objects over a `Sender`, in bounded memory.

    with Sender("cn-hangzhou") as sender:
        transfer = Transfer(sender)
        transfer.upload("bucket", "videos/a.mp4", "/data/a.mp4", progress=print)
        transfer.download("bucket", "videos/a.mp4", "/tmp/a.mp4")

Uploads take a path, bytes, a binary file or an iterator of bytes. Below the multipart threshold
(by default the part size, 6 MiB) one PutObject sends the bytes; above it a multipart upload
sends `parallelism` parts at once from a thread pool (InitiateMultipartUpload, UploadPart,
CompleteMultipartUpload), holding at most one chunk per part of a path or a file and at most
`parallelism` parts of a stream. A failed multipart upload is aborted, unless it is resumable:
with `checkpoint_dir`, an upload of a path records each part done, and a later `upload` of the
same file to the same object sends only the parts missing (see `checkpoint`).

Integrity: the CRC-64 of every part is computed while it streams and compared with OSS's
`x-oss-hash-crc64ecma`; the parts' CRCs are combined and compared with the whole object's;
a download checks the whole object's. A mismatch raises `Crc64MismatchError`. A file that
changes while it is uploaded raises `SourceChangedError` before the upload is completed.

Progress callbacks get `(bytes_done, bytes_total)`, from any thread but one at a time, never
going back, the last one `(total, total)`.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from typing import IO, Any

import httpx

from ..errors import APIError
from ..signing.oss_common import DEFAULT_PRESIGN_EXPIRES, QueryInput
from .base import logger
from .body import Body, BytesBody
from .multipart import (
    DEFAULT_PARALLELISM,
    DEFAULT_PART_SIZE,
    DownloadResult,
    PartRecord,
    Progress,
    ProgressCallback,
    UploadResult,
    complete_body,
    initiate_upload_id,
    list_parts_page,
    part_query,
)
from .planning import DownloadState, TransferBase, UploadPlan
from .presign import PresignedUrl
from .sender import Sender
from .source import open_source

__all__ = ["Transfer"]


class Transfer(TransferBase):
    """Uploads and downloads over a `Sender` (see the module doc)."""

    sender: Sender

    def __init__(
        self,
        sender: Sender,
        *,
        part_size: int = DEFAULT_PART_SIZE,
        parallelism: int = DEFAULT_PARALLELISM,
        multipart_threshold: int | None = None,
        checkpoint_dir: str | None = None,
    ) -> None:
        super().__init__(
            sender,
            part_size=part_size,
            parallelism=parallelism,
            multipart_threshold=multipart_threshold,
            checkpoint_dir=checkpoint_dir,
        )

    # --- uploads ----------------------------------------------------------------------------

    def upload(
        self,
        bucket: str,
        key: str,
        source: Any,
        *,
        size: int | None = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        checkpoint_dir: str | None = None,
    ) -> UploadResult:
        """Upload `source` (a path, bytes, a binary file or an iterator of bytes) to
        `bucket`/`key`. `size` tells the length of a stream; `headers` (`x-oss-meta-*`,
        `Cache-Control`, `x-oss-storage-class`, ...) go with the PutObject or the
        InitiateMultipartUpload; the content type is guessed from the key unless given.
        """
        opened = open_source(source, size)
        try:
            plan = self._plan(
                bucket, key, opened, headers, content_type, checkpoint_dir
            )
            meter = Progress(progress, opened.size)
            if plan.single and opened.random_access:
                return self._put(plan, opened.part(0, opened.size or 0), meter)
            if plan.single:
                return self._put(plan, BytesBody(opened.read(opened.size or 0)), meter)
            if not opened.random_access:
                plan.pending = opened.read(plan.part_size)
                if (
                    len(plan.pending) < plan.part_size
                ):  # the whole stream: one PutObject
                    return self._put(plan, BytesBody(plan.take_pending() or b""), meter)
            return self._multipart(plan, meter)
        finally:
            opened.close()

    def _put(self, plan: UploadPlan, body: Body, meter: Progress) -> UploadResult:
        body.on_progress = meter.add
        answer = self.sender.send(
            "PUT", plan.bucket, plan.key, headers=plan.headers, body=body
        )
        plan.source.check_unchanged()
        result = self._single_result(plan, body.crc.value, body.crc.length, answer)
        meter.finish()
        return result

    def _multipart(self, plan: UploadPlan, meter: Progress) -> UploadResult:
        self._resume(plan)
        if plan.upload_id is None:
            answer = self.sender.send(
                "POST",
                plan.bucket,
                plan.key,
                query={"uploads": ""},
                headers=plan.headers,
            )
            plan.upload_id = initiate_upload_id(answer.content, answer.status)
            self._new_checkpoint(plan)
        meter.add(sum(part.size for part in plan.done.values()))
        try:
            parts = self._send_parts(plan, meter)
            plan.source.check_unchanged()
            answer = self.sender.send(
                "POST",
                plan.bucket,
                plan.key,
                query={"uploadId": plan.upload_id},
                headers={"Content-Type": "application/xml"},
                body=complete_body(parts.values()),
            )
            result = self._complete_result(plan, parts, answer)
        except BaseException as exc:
            self._after_failure(plan, exc)
            raise
        if plan.checkpoint is not None:
            plan.checkpoint.delete()
        meter.finish()
        return result

    def _resume(self, plan: UploadPlan) -> None:
        self._load_checkpoint(plan)
        if plan.checkpoint is None:
            return
        listed: dict[int, tuple[str, int, int | None]] = {}
        marker: str | None = ""
        try:
            while marker is not None:
                query = {"uploadId": plan.checkpoint.upload_id, "max-parts": "1000"}
                if marker:
                    query["part-number-marker"] = marker
                answer = self.sender.send("GET", plan.bucket, plan.key, query=query)
                page, marker = list_parts_page(answer.content, answer.status)
                listed.update(page)
        except APIError as exc:
            if not self._no_upload(exc):
                raise
            self._discard(
                plan,
                f"the upload {plan.checkpoint.upload_id} is gone "
                "(completed, aborted or expired)",
            )
            return
        self._listed(plan, listed)

    def _send_parts(self, plan: UploadPlan, meter: Progress) -> dict[int, PartRecord]:
        """Every part not done yet, `parallelism` at a time; the first failure stops the
        reading of more parts and is raised once those in flight are done."""
        parts = dict(plan.done)
        slots = threading.Semaphore(self.parallelism)
        failures: list[BaseException] = []
        lock = threading.Lock()

        def finished(future: Future[PartRecord]) -> None:
            slots.release()
            error = future.exception()
            with lock:
                if error is not None:
                    failures.append(error)
                else:
                    record = future.result()
                    parts[record.number] = record

        with ThreadPoolExecutor(
            self.parallelism, thread_name_prefix="acs-oss-upload"
        ) as pool:
            number = 0
            while not failures:
                number += 1
                if number in plan.done:
                    continue
                plan.check_number(number)
                slots.acquire()
                body = None if failures else self._part_body(plan, number)
                if body is None:
                    slots.release()
                    break
                # The part's body travels in a list the worker empties: once the part is
                # sent nothing holds its buffer, before its slot is given to the next part.
                holder, body = [body], None
                pool.submit(
                    self._send_held, plan, number, holder, meter
                ).add_done_callback(finished)
                del holder
        if failures:
            raise failures[0]
        return parts

    @staticmethod
    def _part_body(plan: UploadPlan, number: int) -> Body | None:
        source = plan.source
        if source.random_access:
            span = plan.span(number)
            return None if span is None else source.part(*span)
        data = plan.take_pending() or source.read(plan.part_size)
        return BytesBody(data) if data else None

    def _send_held(
        self, plan: UploadPlan, number: int, holder: list[Body], meter: Progress
    ) -> PartRecord:
        return self._send_part(plan, number, holder.pop(), meter)

    def _send_part(
        self, plan: UploadPlan, number: int, body: Body, meter: Progress
    ) -> PartRecord:
        assert plan.upload_id is not None
        body.on_progress = meter.add
        answer = self.sender.send(
            "PUT",
            plan.bucket,
            plan.key,
            query=part_query(number, plan.upload_id),
            body=body,
        )
        record = self._part_record(number, body.crc.value, body.crc.length, answer)
        if plan.checkpoint is not None:
            plan.checkpoint.keep(record)
        return record

    def _after_failure(self, plan: UploadPlan, error: BaseException) -> None:
        if self._keeps_upload(plan, error):
            assert plan.checkpoint is not None
            plan.checkpoint.close()
            logger.info(
                "OSS upload %s of %s/%s failed; its checkpoint %s resumes it",
                plan.upload_id,
                plan.bucket,
                plan.key,
                plan.checkpoint.file,
            )
            return
        if plan.checkpoint is not None:
            plan.checkpoint.delete()
        try:
            self.sender.send(
                "DELETE",
                plan.bucket,
                plan.key,
                query={"uploadId": plan.upload_id or ""},
                timeout=10,
            )
        except Exception as exc:  # the upload's own error is the one to raise
            logger.warning(
                "OSS upload %s of %s/%s could not be aborted: %s",
                plan.upload_id,
                plan.bucket,
                plan.key,
                exc,
            )

    # --- downloads --------------------------------------------------------------------------

    def iter_object(
        self,
        bucket: str,
        key: str,
        *,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> Iterator[bytes]:
        """The object's bytes as they arrive; after the last chunk its size and CRC-64 are
        checked (`IntegrityError`, `Crc64MismatchError`), and a connection that broke is
        resumed where it broke."""
        state = DownloadState(
            bucket, key, headers, Progress(progress, None), self.sender.max_retries
        )
        yield from self._chunks(state, query)
        state.result(None)

    def _chunks(
        self, state: DownloadState, query: QueryInput | None
    ) -> Iterator[bytes]:
        while True:
            answer = self.sender.send(
                "GET",
                state.bucket,
                state.key,
                query=query,
                headers=state.headers(),
                stream=True,
            )
            with answer:
                state.answered(answer)
                try:
                    for chunk in answer.iter_bytes():
                        state.received(chunk)
                        yield chunk
                    return
                except httpx.HTTPError as exc:
                    if not state.broken(exc):
                        raise self.sender.transport_error(exc, state.what) from None

    def download(
        self,
        bucket: str,
        key: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> DownloadResult:
        """Write the object to a path (through a temporary file in the same folder, renamed
        over the path only once every byte arrived intact) or to a binary file object.
        """
        state = DownloadState(
            bucket, key, headers, Progress(progress, None), self.sender.max_retries
        )
        if not isinstance(target, (str, os.PathLike)):
            for chunk in self._chunks(state, query):
                target.write(chunk)
            return state.result(None)
        path = os.path.abspath(os.fspath(target))
        handle, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.",
            suffix=".part",
            dir=os.path.dirname(path),
        )
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in self._chunks(state, query):
                    out.write(chunk)
            result = state.result(path)
            os.replace(temporary, path)
        except BaseException:
            try:
                os.remove(temporary)
            except FileNotFoundError:
                pass
            raise
        return result

    # --- presigned URLs ---------------------------------------------------------------------

    def presign(
        self,
        method: str,
        bucket: str,
        key: str,
        *,
        expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PresignedUrl:
        """`Sender.presign`: a V4 URL by default, 15 minutes, at most 7 days."""
        return self.sender.presign(
            method, bucket, key, expires=expires, query=query, headers=headers
        )
